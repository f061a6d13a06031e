// How a saved inquiry is written in the list: NISS formatted, dates the Belgian way, newest first.
import { format, isValid, parseISO } from 'date-fns';
import type { DamagedFile, SavedInquirySummary } from '../../../../shared/contract/vault';
import { isoToDisplayDate } from '../../../../shared/domain/period';
import { formatNiss } from '../../../../shared/presentation/format';

export interface SummaryNiss {
  /** The NISS the answer is about, as YY.MM.DD-NNN.CC. */
  final: string;
  /** The NISS that was asked, when the BCSS replaced it by another; null otherwise. */
  requested: string | null;
}

export function summaryNiss(
  summary: Pick<SavedInquirySummary, 'finalNiss' | 'requestedNiss'>,
): SummaryNiss {
  const final = formatNiss(summary.finalNiss);
  const requested = formatNiss(summary.requestedNiss);
  return { final, requested: summary.requestedNiss && requested !== final ? requested : null };
}

/** '01/01/2024 – 31/12/2024' */
export function periodText(period: { from: string; to: string }): string {
  return `${isoToDisplayDate(period.from) || period.from} – ${isoToDisplayDate(period.to) || period.to}`;
}

/** An ISO instant as local date and time, '12/05/2025' and '14:32'; the text as is when it is none. */
export function timestampParts(
  iso: string | null | undefined,
): { date: string; time: string } | null {
  if (!iso) return null;
  const date = parseISO(iso);
  if (!isValid(date)) return null;
  return { date: format(date, 'dd/MM/yyyy'), time: format(date, 'HH:mm') };
}

/** Newest consultation first (main already sorts so; this keeps the promise whatever arrives). */
export function newestFirst<T extends Pick<SavedInquirySummary, 'consultedAt'>>(
  list: readonly T[],
): T[] {
  return [...list].sort((a, b) => Date.parse(b.consultedAt) - Date.parse(a.consultedAt));
}

/** Who an inquiry is about, for a button's accessible name or a confirmation: the name, else the NISS. */
export function summaryWho(summary: Pick<SavedInquirySummary, 'personName' | 'finalNiss'>): string {
  const niss = formatNiss(summary.finalNiss);
  return summary.personName ? `${summary.personName} (${niss})` : niss;
}

/** The ids of saved inquiries whose file is known to be damaged (opening them would fail). */
export function damagedIds(damaged: readonly DamagedFile[]): ReadonlySet<string> {
  return new Set(damaged.flatMap((file) => (file.id === null ? [] : [file.id])));
}

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;

/** The retention typed in the field, as whole days within 1..3650, or null when it is not one. */
export function parseRetentionDays(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days >= MIN_RETENTION_DAYS && days <= MAX_RETENTION_DAYS ? days : null;
}
