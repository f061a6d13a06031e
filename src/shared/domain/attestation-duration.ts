// ListOfAttestation's Duration{Days,Weeks,Months}: a length, not a period. An attestation's period begins on
// its DecisionDate (EntryDate without one) and lasts its Duration (our reading, documented in
// resources/schemas/listofattestations/ManageAttests.xsd); the simulator encodes a span so that this reading
// gives it back exactly.
import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';

export interface AttestationDuration {
  months: number;
  weeks: number;
  days: number;
}

/** All zero: no end (the attestation still runs). */
export const OPEN_DURATION: AttestationDuration = { months: 0, weeks: 0, days: 0 };

const ISO = 'yyyy-MM-dd';

function day(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not a complete date: ${iso}`);
  return parseISO(iso);
}

export function isOpenDuration(duration: AttestationDuration): boolean {
  return duration.months === 0 && duration.weeks === 0 && duration.days === 0;
}

/**
 * The last day of an attestation that begins on `begin` and lasts `duration`: begin + Months (calendar months,
 * clamped to the month's end as date-fns does) + Weeks × 7 + Days − 1 day. Null for an open duration.
 */
export function attestationEnd(begin: string, duration: AttestationDuration): string | null {
  if (isOpenDuration(duration)) return null;
  const afterMonths = addMonths(day(begin), duration.months);
  return format(addDays(afterMonths, duration.weeks * 7 + duration.days - 1), ISO);
}

/**
 * The Duration of the span [begin, end] (both included; no end: open): the most whole months m with
 * begin + m months ≤ end + 1 day, then the remaining days as weeks and days. `attestationEnd` reverses it
 * exactly, month ends and leap years included.
 */
export function attestationDuration(begin: string, end: string | undefined): AttestationDuration {
  if (end === undefined) return OPEN_DURATION;
  const first = day(begin);
  const dayAfter = addDays(day(end), 1);
  if (dayAfter <= first) throw new Error(`a span that ends before it begins: ${begin} ${end}`);
  let months = Math.max(
    0,
    (dayAfter.getFullYear() - first.getFullYear()) * 12 + dayAfter.getMonth() - first.getMonth(),
  );
  while (months > 0 && addMonths(first, months) > dayAfter) months -= 1;
  while (addMonths(first, months + 1) <= dayAfter) months += 1;
  const rest = differenceInCalendarDays(dayAfter, addMonths(first, months));
  return { months, weeks: Math.floor(rest / 7), days: rest % 7 };
}
