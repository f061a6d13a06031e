import { describe, expect, it } from 'vitest';
import { currentMonth, previousMonth } from './audit-range';

describe('the audit export range', () => {
  it('is the current month by default, first to last day', () => {
    expect(currentMonth(new Date(2025, 1, 14))).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(currentMonth(new Date(2024, 1, 29))).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(currentMonth(new Date(2025, 11, 31, 23, 59))).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
  });

  it('offers the previous month, across a year', () => {
    expect(previousMonth(new Date(2025, 0, 31))).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(previousMonth(new Date(2025, 2, 31))).toEqual({ from: '2025-02-01', to: '2025-02-28' });
  });
});
