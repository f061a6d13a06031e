import { describe, expect, it } from 'vitest';
import { budgetLeft, SHOWN_STEPS, stepState } from './progress-steps';

describe('progress steps', () => {
  it('lists the steps a user waits through', () => {
    expect(SHOWN_STEPS).toEqual(['validating', 'socialInquiry', 'attestations', 'normalising']);
  });

  it('marks earlier steps done, the current one current, later ones to do', () => {
    expect(SHOWN_STEPS.map((s) => stepState(s, 'attestations'))).toEqual([
      'done',
      'done',
      'current',
      'todo',
    ]);
    expect(SHOWN_STEPS.map((s) => stepState(s, null))).toEqual(['todo', 'todo', 'todo', 'todo']);
  });
});

describe('the call’s time budget, counting down', () => {
  it('shows whole seconds left, rounded up, of the whole budget, and the share left for the bar', () => {
    expect(budgetLeft({ deadline: '', remainingMs: 44_100, totalMs: 45_000 })).toEqual({
      seconds: 45,
      total: 45,
      share: 0.98,
    });
    expect(budgetLeft({ deadline: '', remainingMs: 12_000, totalMs: 45_000 })?.seconds).toBe(12);
    expect(budgetLeft({ deadline: '', remainingMs: 1, totalMs: 45_000 })?.seconds).toBe(1);
  });

  it('never below zero nor above the budget; nothing without a running call', () => {
    expect(budgetLeft({ deadline: '', remainingMs: -300, totalMs: 45_000 })).toMatchObject({
      seconds: 0,
      share: 0,
    });
    expect(budgetLeft({ deadline: '', remainingMs: 90_000, totalMs: 45_000 })?.share).toBe(1);
    expect(budgetLeft(undefined)).toBeNull();
  });
});
