// What the Lists screen asks of the imported rows: a filtered, sorted page of one list, the statements' totals per
// month and legal basis, the rejections' code frequencies, and one person's events.
import { compactNiss } from '../../shared/domain/niss';
import type {
  BlockingRow,
  ErrorFrequencyRow,
  ListKind,
  ListRow,
  StatusChangeRow,
} from '../../shared/domain/nova-lists';
import type {
  ListEvent,
  ListPage,
  MonthTotals,
  RejectionTotals,
  StatementTotals,
} from '../../shared/contract/lists';
import type { listQuerySchema } from '../../shared/contract/lists';
import type { z } from 'zod';

export type ParsedListQuery = z.output<typeof listQuerySchema>;

type TableRow = Exclude<ListRow, ErrorFrequencyRow>;

/** The value a row sorts and filters on for each column. */
function dateOf(row: TableRow): string {
  return row.kind === 'statement'
    ? row.month
    : row.kind === 'rejection'
      ? row.closedMonth
      : row.date;
}
function codeOf(row: TableRow): string {
  switch (row.kind) {
    case 'status':
      return row.newStatus;
    case 'blocking':
      return `${row.action} ${row.reason}`;
    case 'rejection':
      return row.codes.join(' ');
    case 'statement':
      return '';
  }
}
const amountOf = (row: TableRow) =>
  row.kind === 'statement' ? row.dueCents - row.recoveredCents : 0;

export function queryRows(all: readonly ListRow[], query: ParsedListQuery): ListPage {
  const text = query.text?.trim().toLowerCase() ?? '';
  const nissText = compactNiss(text);
  const matches = (row: ListRow): row is TableRow => {
    if (row.kind === 'frequency') return false;
    if (query.legalBasis && row.legalBasis !== query.legalBasis) return false;
    const date = dateOf(row);
    if (query.from && date < query.from) return false;
    if (query.to && date.slice(0, query.to.length) > query.to) return false;
    if (!text) return true;
    if (nissText && /^\d+$/.test(nissText) && row.niss.includes(nissText)) return true;
    const references = [
      row.dossier ?? '',
      'formReference' in row ? (row.formReference ?? '') : '',
      codeOf(row),
    ];
    return references.some((value) => value.toLowerCase().includes(text));
  };
  const key = (row: TableRow): string | number => {
    switch (query.sort) {
      case 'niss':
        return row.niss;
      case 'legalBasis':
        return row.legalBasis;
      case 'dossier':
        return row.dossier ?? '';
      case 'code':
        return codeOf(row);
      case 'amount':
        return amountOf(row);
      default:
        return dateOf(row);
    }
  };
  const direction = query.descending ? -1 : 1;
  // Ties keep the import order, so a page never shuffles between two requests.
  const before = (aKey: string | number, aIndex: number, b: Keyed) =>
    aKey < b.key ? -direction : aKey > b.key ? direction : aIndex - b.index;

  // One pass, keeping only the rows up to the page's end in order (a binary-search insert): the tab asks for its
  // first page of a 50,000-row month, and sorting all of it would cost more than reading it.
  const wanted = query.offset + query.limit;
  const best: Keyed[] = [];
  let total = 0;
  for (let index = 0; index < all.length; index++) {
    const row = all[index]!;
    if (!matches(row)) continue;
    total += 1;
    const rowKey = key(row);
    if (best.length === wanted && before(rowKey, index, best[wanted - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(rowKey, index, best[middle]!) > 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, { row, key: rowKey, index });
    if (best.length > wanted) best.pop();
  }
  return { rows: best.slice(query.offset).map((entry) => entry.row), total };
}

interface Keyed {
  row: TableRow;
  key: string | number;
  index: number;
}

function addMonths(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** One month and legal basis of a statement file, summed: what the totals and the chart need, kept at import. */
export interface StatementSum {
  month: string;
  legalBasis: string;
  dueCents: number;
  recoveredCents: number;
}

/** Adds statement rows into per month and legal basis sums (at most 12 months x 3 bases per file: bounded). */
export function addToSums(sums: Map<string, StatementSum>, rows: readonly ListRow[]): void {
  for (const row of rows) {
    if (row.kind !== 'statement') continue;
    const key = `${row.month}|${row.legalBasis}`;
    const sum = sums.get(key) ?? {
      month: row.month,
      legalBasis: row.legalBasis,
      dueCents: 0,
      recoveredCents: 0,
    };
    sum.dueCents += row.dueCents;
    sum.recoveredCents += row.recoveredCents;
    sums.set(key, sum);
  }
}

/** The statements' totals from each file's sums: the twelve months up to the latest closed month, and per basis. */
export function statementTotals(
  files: readonly { closedMonth: string; sums: readonly StatementSum[] }[],
): StatementTotals {
  if (files.length === 0) return { months: [], byBasis: [] };
  let latest = '';
  const perMonth = new Map<string, MonthTotals>();
  const perBasis = new Map<string, StatementSum>();
  for (const file of files) {
    if (file.closedMonth > latest) latest = file.closedMonth;
    for (const sum of file.sums) {
      const month = perMonth.get(sum.month) ?? {
        month: sum.month,
        dueCents: 0,
        recoveredCents: 0,
      };
      month.dueCents += sum.dueCents;
      month.recoveredCents += sum.recoveredCents;
      perMonth.set(sum.month, month);
      const basisKey = `${sum.month}|${sum.legalBasis}`;
      const basis = perBasis.get(basisKey) ?? { ...sum, dueCents: 0, recoveredCents: 0 };
      basis.dueCents += sum.dueCents;
      basis.recoveredCents += sum.recoveredCents;
      perBasis.set(basisKey, basis);
    }
  }
  const months: MonthTotals[] = [];
  for (let back = 11; back >= 0; back--) {
    const month = addMonths(latest, -back);
    months.push(perMonth.get(month) ?? { month, dueCents: 0, recoveredCents: 0 });
  }
  const byBasis = [...perBasis.values()].sort((a, b) =>
    a.month === b.month ? a.legalBasis.localeCompare(b.legalBasis) : a.month < b.month ? 1 : -1,
  );
  return { months, byBasis };
}

export function rejectionTotals(rows: readonly ListRow[], month?: string): RejectionTotals {
  const frequencies = rows.filter((row): row is ErrorFrequencyRow => row.kind === 'frequency');
  const months = [
    ...new Set(
      frequencies
        .map((row) => row.closedMonth)
        .concat(
          rows
            .filter((row) => row.kind === 'rejection')
            .map((row) => (row as { closedMonth: string }).closedMonth),
        ),
    ),
  ]
    .sort()
    .reverse();
  const chosen = month ?? months[0];
  const counts = new Map<string, number>();
  for (const row of frequencies) {
    if (row.closedMonth === chosen) counts.set(row.code, (counts.get(row.code) ?? 0) + row.count);
  }
  return {
    months,
    frequencies: [...counts]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}

export function toEvent(row: BlockingRow | StatusChangeRow): ListEvent {
  return row.kind === 'blocking'
    ? {
        niss: row.niss,
        kind: 'blocking',
        date: row.date,
        action: row.action,
        reason: row.reason,
        otherCpasName: row.otherCpasName ?? row.otherCpasCbe,
        previousStatus: null,
        newStatus: null,
        formReference: row.formReference,
      }
    : {
        niss: row.niss,
        kind: 'status',
        date: row.date,
        action: null,
        reason: null,
        otherCpasName: null,
        previousStatus: row.previousStatus,
        newStatus: row.newStatus,
        formReference: null,
      };
}

/** The events of the daily lists, oldest first. */
export function eventsOf(rows: readonly ListRow[]): ListEvent[] {
  return rows
    .filter(
      (row): row is BlockingRow | StatusChangeRow =>
        row.kind === 'blocking' || row.kind === 'status',
    )
    .map(toEvent)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export const DAILY_KINDS: readonly ListKind[] = ['blocking', 'status'];
