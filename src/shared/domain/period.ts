// The inquiry period: validation of the two dates, the default period and the presets offered.
import {
  addYears,
  differenceInCalendarDays,
  endOfYear,
  format,
  isMatch,
  parseISO,
  startOfYear,
  subMonths,
  subYears,
} from 'date-fns';

/** ISO dates (yyyy-MM-dd), both ends included. */
export interface Period {
  from: string;
  to: string;
}

export type PeriodCheck =
  | { ok: true; period: Period; days: number }
  | { ok: false; reason: 'empty' | 'date' | 'inverted'; field: 'from' | 'to' | 'both' };

const ISO = 'yyyy-MM-dd';

export function toIsoDate(date: Date): string {
  return format(date, ISO);
}

function isIsoDate(text: string): boolean {
  // isMatch rejects impossible dates such as 2025-02-30 that Date would roll over.
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isMatch(text, ISO);
}

export function checkPeriod(from: string, to: string): PeriodCheck {
  if (!from && !to) return { ok: false, reason: 'empty', field: 'both' };
  if (!from) return { ok: false, reason: 'empty', field: 'from' };
  if (!to) return { ok: false, reason: 'empty', field: 'to' };
  if (!isIsoDate(from)) return { ok: false, reason: 'date', field: 'from' };
  if (!isIsoDate(to)) return { ok: false, reason: 'date', field: 'to' };
  const days = differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
  if (days < 1) return { ok: false, reason: 'inverted', field: 'both' };
  return { ok: true, period: { from, to }, days };
}

/** The last `months` months, ending today. */
export function defaultPeriod(today: Date, months: number): Period {
  return { from: toIsoDate(subMonths(today, months)), to: toIsoDate(today) };
}

export const PERIOD_PRESETS = [
  'last3Months',
  'last12Months',
  'currentYear',
  'previousYear',
  'last5Years',
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export function presetPeriod(preset: PeriodPreset, today: Date): Period {
  switch (preset) {
    case 'last3Months':
      return defaultPeriod(today, 3);
    case 'last12Months':
      return defaultPeriod(today, 12);
    case 'currentYear':
      return { from: toIsoDate(startOfYear(today)), to: toIsoDate(today) };
    case 'previousYear': {
      const lastYear = subYears(today, 1);
      return { from: toIsoDate(startOfYear(lastYear)), to: toIsoDate(endOfYear(lastYear)) };
    }
    case 'last5Years':
      return { from: toIsoDate(addYears(today, -5)), to: toIsoDate(today) };
  }
}

/** Belgian display format, whatever the OS locale: dd/mm/yyyy. */
export function isoToDisplayDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/**
 * Reads a date typed as d/m/yyyy (also with '.' or '-'), returning ISO, '' for an empty field, or
 * the text unchanged when it is no date, so checkPeriod reports it as such.
 */
export function displayDateToIso(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return trimmed;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : trimmed;
}
