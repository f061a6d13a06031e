// The timeline's axis labels in the UI language (date-fns locales, not moment's, which the peer build leaves to us).
import { format, type Locale } from 'date-fns';
import { de, fr, nlBE } from 'date-fns/locale';
import type { Language } from '../../../../shared/domain/preferences';

const LOCALES: Record<Language, Locale> = { fr, nl: nlBE, de };

/** vis-timeline hands over a moment object; tests and other callers may pass a Date. */
export type AxisDate = Date | { toDate(): Date };

function toDate(date: AxisDate): Date {
  return date instanceof Date ? date : date.toDate();
}

const MINOR: Record<string, string> = {
  millisecond: 'HH:mm:ss.SSS',
  second: 'HH:mm:ss',
  minute: 'HH:mm',
  hour: 'HH:mm',
  weekday: 'EEE d',
  day: 'd',
  week: 'd',
  month: 'MMM',
  year: 'yyyy',
};

const MAJOR: Record<string, string> = {
  millisecond: 'd MMMM yyyy HH:mm:ss',
  second: 'd MMMM yyyy HH:mm',
  minute: 'EEEE d MMMM yyyy',
  hour: 'EEEE d MMMM yyyy',
  weekday: 'MMMM yyyy',
  day: 'MMMM yyyy',
  week: 'MMMM yyyy',
  month: 'yyyy',
  year: '',
};

export function minorAxisLabel(date: AxisDate, scale: string, language: Language): string {
  const pattern = MINOR[scale];
  return pattern ? format(toDate(date), pattern, { locale: LOCALES[language] }) : '';
}

export function majorAxisLabel(date: AxisDate, scale: string, language: Language): string {
  const pattern = MAJOR[scale];
  return pattern ? format(toDate(date), pattern, { locale: LOCALES[language] }) : '';
}
