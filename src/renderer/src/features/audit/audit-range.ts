// The audit export's date range: the current month by default, and the previous one a click away.
import { endOfMonth, startOfMonth, subMonths } from 'date-fns';
import { toIsoDate, type Period } from '../../../../shared/domain/period';

/** From the first to the last day of `today`'s month (ISO dates). */
export function currentMonth(today: Date): Period {
  return { from: toIsoDate(startOfMonth(today)), to: toIsoDate(endOfMonth(today)) };
}

export function previousMonth(today: Date): Period {
  return currentMonth(subMonths(startOfMonth(today), 1));
}
