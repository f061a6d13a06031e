// What the finding rules share: day arithmetic, overlaps, names.
import { dateBounds, type InquiryItem, type LocalizedText } from '../domain/inquiry';
import { isoToDisplayDate } from '../domain/period';
import type { AidBasis, AidSpan } from '../domain/aid-periods';

export const FAR = '9999-12-31';

export function spanOfItem(item: Pick<InquiryItem, 'begin' | 'end'>): AidSpan {
  return { begin: dateBounds(item.begin).first, end: item.end ? dateBounds(item.end).last : null };
}

/** The days two spans share, or null. */
export function overlap(a: AidSpan, b: AidSpan): { from: string; to: string } | null {
  const from = a.begin > b.begin ? a.begin : b.begin;
  const endA = a.end ?? FAR;
  const endB = b.end ?? FAR;
  const to = endA < endB ? endA : endB;
  return from <= to ? { from, to } : null;
}

/** A day as the sentence says it; the far future of an open period as the day the inquiry was made. */
export function shown(day: string, today: string): string {
  return isoToDisplayDate(day === FAR ? today : day);
}

export const digits = (cbe: string) => cbe.replace(/\D/g, '');

export const BASIS_NAMES: Record<AidBasis, LocalizedText> = {
  RIS: { fr: 'RIS', nl: 'leefloon', de: 'EE' },
  LOI65: { fr: 'loi 65', nl: 'wet 65', de: 'Gesetz 65' },
  ORGANIC: { fr: 'loi organique', nl: 'organieke wet', de: 'Grundlagengesetz' },
};

export function detailText(item: InquiryItem, key: InquiryItem['details'][number]['key']): string {
  const detail = item.details.find((d) => d.key === key);
  if (detail?.kind === 'text') return detail.text;
  return '';
}

/** Months added to an ISO day (clamped to the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
