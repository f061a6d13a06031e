import { describe, expect, it } from 'vitest';
import {
  checkPeriod,
  defaultPeriod,
  displayDateToIso,
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
});
