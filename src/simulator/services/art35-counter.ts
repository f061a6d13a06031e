// The art. 35 counter of a person (our model of it): the first exemption of the current cycle and the days
// exempted in that cycle, the same for Social Inquiry's section 6 and ListOfAttestation's ExonerationArt35.
import { addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { ART35_MAX_DAYS } from '../../shared/domain/inquiry';
import type { Art35Record, IsoDate } from '../personas';

/** 36 months of exemption, counted in days (three years, one of them a leap year). */
export { ART35_MAX_DAYS };
/** A cycle may spread its exemptions over 72 months (six years). */
const CYCLE_MONTHS = 72;

export interface Art35Counter {
  /** The first day of the first exemption of the current cycle. */
  firstExemptionDate: IsoDate;
  /** Days exempted in the current cycle, at most ART35_MAX_DAYS. */
  exemptedDays: number;
}

/**
 * The counter from all of a person's art. 35 exemptions (whatever period an inquiry asks for): the current
 * cycle starts at the first exemption, and a new one with an exemption that begins 72 months or more after
 * the current cycle's first date; its days are the sum of its exemptions' days, capped at 1096.
 * Null when the person never had an exemption.
 */
export function art35Counter(records: readonly Art35Record[]): Art35Counter | null {
  const sorted = [...records].sort((a, b) => (a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : 0));
  let cycle: { first: IsoDate; renewal: IsoDate; days: number } | null = null;
  for (const record of sorted) {
    if (!cycle || record.begin >= cycle.renewal) {
      const renewal = format(addMonths(parseISO(record.begin), CYCLE_MONTHS), 'yyyy-MM-dd');
      cycle = { first: record.begin, renewal, days: 0 };
    }
    cycle.days += differenceInCalendarDays(parseISO(record.end), parseISO(record.begin)) + 1;
  }
  if (!cycle) return null;
  return { firstExemptionDate: cycle.first, exemptedDays: Math.min(cycle.days, ART35_MAX_DAYS) };
}
