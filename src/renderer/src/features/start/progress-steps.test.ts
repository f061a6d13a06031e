import { describe, expect, it } from 'vitest';
import { SHOWN_STEPS, stepState } from './progress-steps';

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
