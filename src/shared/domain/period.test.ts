import { describe, expect, it } from 'vitest';
import {
  checkPeriod,
  defaultPeriod,
  dateProblem,
  displayDateToIso,
  fullYear,
  isWhollyFuture,
  TWO_DIGIT_YEAR_AHEAD,
  isoToDisplayDate,
  PERIOD_PRESETS,
  presetPeriod,
} from './period';

const today = new Date(2026, 10, 23); // 23 November 2026, local time

describe('checkPeriod', () => {
  it('accepts a period and counts its days, both ends included', () => {
    expect(checkPeriod('2026-01-01', '2026-01-31')).toEqual({
      ok: true,
      period: { from: '2026-01-01', to: '2026-01-31' },
      days: 31,
    });
    expect(checkPeriod('2026-03-05', '2026-03-05')).toMatchObject({ ok: true, days: 1 });
  });

  it('says which end is missing', () => {
    expect(checkPeriod('', '')).toEqual({ ok: false, reason: 'empty', field: 'both' });
    expect(checkPeriod('', '2026-01-01')).toEqual({ ok: false, reason: 'empty', field: 'from' });
    expect(checkPeriod('2026-01-01', '')).toEqual({ ok: false, reason: 'empty', field: 'to' });
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(checkPeriod('2025-02-29', '2025-03-01')).toMatchObject({
      ok: false,
      reason: 'date',
      field: 'from',
    });
    expect(checkPeriod('2025-01-01', '2025-13-01')).toMatchObject({
      ok: false,
      reason: 'date',
      field: 'to',
    });
    expect(checkPeriod('2024-02-29', '2024-03-01')).toMatchObject({ ok: true });
  });

  it('rejects an inverted period', () => {
    expect(checkPeriod('2026-02-01', '2026-01-31')).toEqual({
      ok: false,
      reason: 'inverted',
      field: 'both',
    });
  });
});

describe('default period and presets', () => {
  it('defaults to the last 12 months ending today', () => {
    expect(defaultPeriod(today, 12)).toEqual({ from: '2025-11-23', to: '2026-11-23' });
  });

  it('gives valid periods for every preset', () => {
    for (const preset of PERIOD_PRESETS) {
      const { from, to } = presetPeriod(preset, today);
      expect(checkPeriod(from, to).ok, preset).toBe(true);
    }
    expect(presetPeriod('previousYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('currentYear', today)).toEqual({ from: '2026-01-01', to: '2026-11-23' });
    expect(presetPeriod('last3Months', today)).toEqual({ from: '2026-08-23', to: '2026-11-23' });
  });
});

describe('display dates (dd/mm/yyyy)', () => {
  it('round-trips ISO dates', () => {
    expect(isoToDisplayDate('2026-03-05')).toBe('05/03/2026');
    expect(displayDateToIso('05/03/2026')).toBe('2026-03-05');
    expect(displayDateToIso('5.3.2026')).toBe('2026-03-05');
    expect(displayDateToIso(' 5-3-2026 ')).toBe('2026-03-05');
  });

  it('keeps what is no date as typed, so the period check reports it', () => {
    expect(displayDateToIso('31/02/2026')).toBe('31/02/2026');
    expect(checkPeriod(displayDateToIso('31/02/2026'), '2026-03-01')).toMatchObject({
      ok: false,
      reason: 'date',
    });
    expect(displayDateToIso('')).toBe('');
    expect(displayDateToIso('03/2026')).toBe('03/2026');
  });

  it('accepts single-digit days and months and two-digit years', () => {
    const today = new Date(2026, 11, 7);
    expect(displayDateToIso('1/3/25', today)).toBe('2025-03-01');
    expect(displayDateToIso('01.03.2025', today)).toBe('2025-03-01');
    expect(displayDateToIso('29/2/24', today)).toBe('2024-02-29');
    expect(displayDateToIso('29/2/25', today)).toBe('29/2/25');
  });

  it('reads a two-digit year as 20yy up to ten years ahead, else 19yy', () => {
    const today = new Date(2026, 11, 7);
    expect(TWO_DIGIT_YEAR_AHEAD).toBe(10);
    expect(fullYear(0, today)).toBe(2000);
    expect(fullYear(36, today)).toBe(2036);
    expect(fullYear(37, today)).toBe(1937);
    expect(fullYear(85, today)).toBe(1985);
    expect(displayDateToIso('15/6/85', today)).toBe('1985-06-15');
    // The pivot slides with the calendar.
    expect(fullYear(37, new Date(2027, 0, 1))).toBe(2037);
  });

  it('tells a text written otherwise than dd/mm/yyyy from a day that does not exist', () => {
    expect(dateProblem('31/02/2026')).toBe('date');
    expect(dateProblem('2025-13-01')).toBe('date');
    expect(dateProblem('1 mars 2025')).toBe('format');
    expect(dateProblem('03/2026')).toBe('format');
    expect(dateProblem('1/3/202')).toBe('format');
    expect(checkPeriod('1 mars 2025', '2026-03-01')).toEqual({
      ok: false,
      reason: 'format',
      field: 'from',
    });
    expect(checkPeriod('2026-01-01', '31/02/2026')).toEqual({
      ok: false,
      reason: 'date',
      field: 'to',
    });
  });
});

describe('isWhollyFuture', () => {
  const today = new Date(2026, 11, 7, 10, 30);
  it('is true only when the period starts after today', () => {
    expect(isWhollyFuture({ from: '2026-12-08', to: '2027-01-31' }, today)).toBe(true);
    expect(isWhollyFuture({ from: '2026-12-07', to: '2027-01-31' }, today)).toBe(false);
    expect(isWhollyFuture({ from: '2026-01-01', to: '2026-12-31' }, today)).toBe(false);
    expect(isWhollyFuture({ from: 'nonsense', to: '2026-12-31' }, today)).toBe(false);
  });
});
