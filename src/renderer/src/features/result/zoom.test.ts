import { describe, expect, it } from 'vitest';
import { READABLE_SPAN_MS, revealWindow, zoomWindow } from './zoom';
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

describe("revealWindow (a finding's link)", () => {
  const current = { start: new Date(2024, 0, 1), end: new Date(2025, 0, 1) };
  const horizon = new Date(2026, 0, 1);
  const target = (from: Date, to: Date, drawnAlone = true) => ({
    start: from,
    end: to,
    drawnAlone,
  });

  it('keeps the window when every period shows in it as itself', () => {
    const both = [
      target(new Date(2023, 5, 1), new Date(2024, 1, 1)),
      target(new Date(2024, 11, 1), new Date(2025, 5, 1)),
    ];
    expect(revealWindow(current, both, horizon)).toBeNull();
    expect(revealWindow(current, [], horizon)).toBeNull();
  });

  it('zooms in on periods shown a few pixels wide in a window many times wider than theirs', () => {
    const century = { start: new Date(1900, 0, 1), end: new Date(2026, 0, 1) };
    const recent = target(new Date(2024, 0, 1), new Date(2126, 0, 1));
    const window = revealWindow(century, [recent], horizon)!;
    expect(window.start > new Date(2023, 0, 1) && window.end < new Date(2027, 0, 1)).toBe(true);
    const fiveYears = { start: new Date(2021, 0, 1), end: new Date(2026, 0, 1) };
    expect(revealWindow(fiveYears, [recent], horizon)).toBeNull();
  });

  it('moves to periods outside the window, all of them with a margin', () => {
    const both = [
      target(new Date(2018, 0, 1), new Date(2019, 0, 1)),
      target(new Date(2024, 2, 1), new Date(2024, 3, 1)),
    ];
    const window = revealWindow(current, both, horizon)!;
    expect(window.start < new Date(2018, 0, 1)).toBe(true);
    expect(window.end > new Date(2024, 3, 1)).toBe(true);
    expect(window.end < new Date(2025, 0, 1)).toBe(true);
  });

  it('zooms in on a period drawn inside a span, to a readable year around it', () => {
    const day = target(new Date(2024, 5, 10), new Date(2024, 5, 11), false);
    const window = revealWindow(current, [day], horizon)!;
    expect(window.end.getTime() - window.start.getTime()).toBe(READABLE_SPAN_MS);
    expect(window.start < day.start && window.end > day.end).toBe(true);
  });

  it('counts an open period by its start, not to the far edge it is drawn to', () => {
    const before = { start: new Date(2000, 0, 1), end: new Date(2001, 0, 1) };
    const recent = target(new Date(2025, 6, 1), new Date(2126, 0, 1));
    const toHorizon = revealWindow(before, [recent], horizon)!;
    expect(toHorizon.start < recent.start && toHorizon.end > horizon).toBe(true);
    expect(toHorizon.end.getTime() - toHorizon.start.getTime()).toBe(READABLE_SPAN_MS);
    const old = target(new Date(2010, 0, 1), new Date(2126, 0, 1));
    const closed = target(new Date(2012, 0, 1), new Date(2013, 0, 1));
    const window = revealWindow(before, [old, closed], horizon)!;
    expect(window.start < old.start && window.end > closed.end).toBe(true);
    expect(window.end < new Date(2014, 0, 1)).toBe(true);
  });
});
