import { describe, expect, it } from 'vitest';
import { zoomWindow } from './zoom';
import { item } from '../../../../test-support/builders';

const PERIOD = { from: '2024-01-01', to: '2024-12-31' };
const TODAY = new Date(2025, 4, 12);

describe('zoomWindow', () => {
  it('shows the requested period with a small margin', () => {
    const { start, end } = zoomWindow('period', PERIOD, [], TODAY);
    expect(start < new Date(2024, 0, 1)).toBe(true);
    expect(start > new Date(2023, 10, 1)).toBe(true);
    expect(end > new Date(2025, 0, 1)).toBe(true);
    expect(end < new Date(2025, 2, 1)).toBe(true);
  });

  it('shows one or five years ending with the requested period', () => {
    const year = zoomWindow('year', PERIOD, [], TODAY);
    expect(year.start < new Date(2024, 0, 1) && year.start > new Date(2023, 10, 1)).toBe(true);
    const five = zoomWindow('fiveYears', PERIOD, [], TODAY);
    expect(five.start < new Date(2020, 0, 1) && five.start > new Date(2019, 8, 1)).toBe(true);
    expect(five.end > new Date(2025, 0, 1) && five.end < new Date(2025, 3, 1)).toBe(true);
  });

  it('shows everything: earliest begin to the latest of closed ends, the period and today', () => {
    const items = [
      item({ begin: '1995', end: '1999-06-30' }),
      item({ begin: '2010-07', end: null }),
    ];
    const { start, end } = zoomWindow('all', PERIOD, items, TODAY);
    expect(start < new Date(1995, 0, 1) && start > new Date(1994, 0, 1)).toBe(true);
    // Open periods do not stretch it to their far edge: today does.
    expect(end > new Date(2025, 4, 13) && end < new Date(2026, 6, 1)).toBe(true);
  });

  it('shows at least a year when there is little', () => {
    const short = { from: '2024-06-01', to: '2024-06-10' };
    const { start, end } = zoomWindow('all', short, [], new Date(2024, 5, 10));
    expect(end.getTime() - start.getTime()).toBeGreaterThan(365 * 24 * 3600 * 1000);
  });
});
