// The inquiry period: validation of the two dates, the default period and the presets offered.
import {
  addYears,
  differenceInCalendarDays,
  endOfYear,
  format,
  isAfter,
  isMatch,
  isValid,
  parse,
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
  | {
      ok: false;
      /** format: not written as a date (dd/mm/yyyy expected); date: written as one, but no such day. */
      reason: 'empty' | 'format' | 'date' | 'inverted';
      field: 'from' | 'to' | 'both';
    };

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
  if (!isIsoDate(from)) return { ok: false, reason: dateProblem(from), field: 'from' };
  if (!isIsoDate(to)) return { ok: false, reason: dateProblem(to), field: 'to' };
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

/** Day, month and year typed the Belgian way: d/m/yy(yy), also with '.' or '-' between them. */
const TYPED_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/**
 * Two-digit years: 20yy unless that lies more than TWO_DIGIT_YEAR_AHEAD years after today's year, then 19yy.
 * In 2026, '25' is 2025 and '36' is 2036, while '37' is 1937 and '85' is 1985: inquiry periods are recent,
 * and a birth date typed with two digits is read in the last century once 20yy is far in the future.
 */
export const TWO_DIGIT_YEAR_AHEAD = 10;

export function fullYear(twoDigits: number, today: Date): number {
  const candidate = 2000 + twoDigits;
  return candidate > today.getFullYear() + TWO_DIGIT_YEAR_AHEAD ? candidate - 100 : candidate;
}

/**
 * Reads a date typed as d/m/yyyy or d/m/yy (also with '.' or '-'), returning ISO, '' for an empty field,
 * or the text unchanged when it is no date, so checkPeriod reports it as such.
 */
export function displayDateToIso(text: string, today: Date = new Date()): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const match = TYPED_DATE.exec(trimmed);
  if (!match) return trimmed;
  const [, day, month, year] = match as unknown as [string, string, string, string];
  const fourDigits = year.length === 2 ? String(fullYear(Number(year), today)) : year;
  // date-fns checks the calendar (31/02 is refused, 29/02 only in a leap year).
  const date = parse(`${day}/${month}/${fourDigits}`, 'd/M/yyyy', today);
  return isValid(date) ? toIsoDate(date) : trimmed;
}

/** Why a field's text is not a date: written otherwise than dd/mm/yyyy, or no such day in the calendar. */
export function dateProblem(text: string): 'format' | 'date' {
  return TYPED_DATE.test(text.trim()) || /^\d{4}-\d{2}-\d{2}$/.test(text) ? 'date' : 'format';
}

/** A period that starts after today: the BCSS knows nothing of it yet (the investigator is warned first). */
export function isWhollyFuture(period: Period, today: Date): boolean {
  return isIsoDate(period.from) && isAfter(parseISO(period.from), today);
}
