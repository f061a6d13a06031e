// How the Lists screen writes amounts and months: Belgian euro amounts through Intl, months in the UI language.
import type { Language } from '../domain/preferences';

/**
 * Euro cents as a Belgian amount: `1.234,56 €` (the format of the SPP IS's own statements), whatever the UI language:
 * Intl's de-BE pattern is that one; fr-BE would group with a narrow space, nl-BE put the sign first.
 */
const EUROS = new Intl.NumberFormat('de-BE', { style: 'currency', currency: 'EUR' });

export function formatEuros(cents: number): string {
  return EUROS.format(cents / 100);
}

/** 'YYYY-MM' as 'novembre 2026' / 'november 2026' / 'November 2026'. */
export function formatMonth(month: string, language: Language): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(`${language}-BE`, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** A file's size in megabytes with one decimal, in the UI language ('12,8'). */
export function formatMegabytes(bytes: number, language: Language): string {
  return new Intl.NumberFormat(`${language}-BE`, { maximumFractionDigits: 1 }).format(
    bytes / (1024 * 1024),
  );
}

/** 'YYYY-MM' as '11/2026', for chart axes where space is short. */
export function formatShortMonth(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}
