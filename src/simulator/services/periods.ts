// Period arithmetic on possibly incomplete dates: which timeline entries overlap the period an inquiry asks for.
import type { IncompleteDate, IsoDate } from '../personas';

/** The period of a request, both ends inclusive, as complete dates. */
export interface QueryPeriod {
  begin: IsoDate;
  end: IsoDate;
}

const END_OF_TIME = '9999-12-31';

/** An end written 9999-... (or no end at all) means "still running". */
export function isOpenEnd(end: IncompleteDate | undefined): boolean {
  return end === undefined || end.startsWith('9999');
}

/** The earliest day an incomplete date may mean: 2016-03-00 → 2016-03-01, 1994-00-00 → 1994-01-01. */
export function earliestDay(date: IncompleteDate): IsoDate {
  const [year, month, day] = parts(date);
  return `${year}-${month === '00' ? '01' : month}-${day === '00' ? '01' : day}`;
}

/** The latest day an incomplete date may mean: 2016-03-00 → 2016-03-31, 1994-00-00 → 1994-12-31. */
export function latestDay(date: IncompleteDate): IsoDate {
  const [year, month, day] = parts(date);
  if (month === '00') return `${year}-12-31`;
  if (day !== '00') return `${year}-${month}-${day}`;
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(last).padStart(2, '0')}`;
}

/**
 * Whether a period overlaps the query, reading incomplete dates generously (an entry that may overlap
 * is shown: hiding a period the investigator needs is worse than showing one too many).
 */
export function overlaps(
  period: { begin: IncompleteDate; end?: IncompleteDate },
  query: QueryPeriod,
): boolean {
  const begin = earliestDay(period.begin);
  const end = isOpenEnd(period.end) ? END_OF_TIME : latestDay(period.end as IncompleteDate);
  return begin <= query.end && end >= query.begin;
}

function parts(date: IncompleteDate): [string, string, string] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  return [match[1] as string, match[2] as string, match[3] as string];
}
