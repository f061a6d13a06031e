// The Lists screen's queries on rows in memory: a first page picked without sorting everything is the page a full
// sort gives, ties in import order; the statements' sums kept per file add up to what the rows say.
import { describe, expect, it } from 'vitest';
import type { ListRow, StatementRow } from '../../shared/domain/nova-lists';
import { listQuerySchema, listSortFields, type ListQuery } from '../../shared/contract/lists';
import { addToSums, queryRows, statementTotals, type StatementSum } from './list-queries';

/** A small seeded generator: the same rows every run, with many equal keys (ties) on purpose. */
function statements(count: number, seed = 7): StatementRow[] {
  let state = seed;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: count }, (_, i) => ({
    kind: 'statement',
    niss: String(85000000000 + Math.floor(next() * 900)).padStart(11, '0'),
    legalBasis: (['RIS', 'LOI65', 'ORGANIC'] as const)[Math.floor(next() * 3)]!,
    dossier: next() < 0.1 ? null : `DOS-${String(Math.floor(next() * 500)).padStart(4, '0')}`,
    formReference: null,
    month: `2026-${String(1 + Math.floor(next() * 11)).padStart(2, '0')}`,
    closedMonth: '2026-11',
    dueCents: Math.floor(next() * 50) * 1000,
    recoveredCents: next() < 0.2 ? 500 : 0,
    // An index the test can read back, to check the tie order.
    ...{ seq: i },
  }));
}

/** The page as a plain full sort gives it: what the quick first page must equal. */
function fullySorted(rows: StatementRow[], query: ListQuery): ListRow[] {
  const parsed = listQuerySchema.parse(query);
  const key = (row: StatementRow): string | number =>
    parsed.sort === 'niss'
      ? row.niss
      : parsed.sort === 'legalBasis'
        ? row.legalBasis
        : parsed.sort === 'dossier'
          ? (row.dossier ?? '')
          : parsed.sort === 'amount'
            ? row.dueCents - row.recoveredCents
            : parsed.sort === 'code'
              ? ''
              : row.month;
  const direction = parsed.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const ka = key(a.row);
      const kb = key(b.row);
      return ka < kb ? -direction : ka > kb ? direction : a.index - b.index;
    })
    .slice(parsed.offset, parsed.offset + parsed.limit)
    .map((entry) => entry.row);
}

describe('a page of a big list', () => {
  const rows = statements(3000);

  it('is the page a full sort gives, for every column, both directions and deeper pages', () => {
    for (const sort of listSortFields)
      for (const descending of [true, false])
        for (const [offset, limit] of [
          [0, 100],
          [100, 100],
          [400, 100],
          [0, 1],
        ] as const) {
          const query: ListQuery = { kind: 'statement', sort, descending, offset, limit };
          const page = queryRows(rows, listQuerySchema.parse(query));
          expect(page.total).toBe(rows.length);
          expect(page.rows, JSON.stringify(query)).toEqual(fullySorted(rows, query));
        }
  });

  it('filtered first, then paged', () => {
    const query: ListQuery = { kind: 'statement', legalBasis: 'LOI65', sort: 'amount' };
    const page = queryRows(rows, listQuerySchema.parse(query));
    const loi65 = rows.filter((row) => row.legalBasis === 'LOI65');
    expect(page.total).toBe(loi65.length);
    expect(page.rows).toEqual(fullySorted(loi65, query));
  });
});

describe("the statements' sums", () => {
  it('kept per file, they give the totals the rows give', () => {
    const rows = statements(500);
    const sums = new Map<string, StatementSum>();
    // Added batch by batch, as the import does.
    for (let at = 0; at < rows.length; at += 64) addToSums(sums, rows.slice(at, at + 64));
    const totals = statementTotals([{ closedMonth: '2026-11', sums: [...sums.values()] }]);
    expect(totals.months.map((m) => m.month)).toEqual([
      '2025-12',
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ]);
    for (const month of totals.months) {
      const of = rows.filter((row) => row.month === month.month);
      expect(month.dueCents).toBe(of.reduce((sum, row) => sum + row.dueCents, 0));
      expect(month.recoveredCents).toBe(of.reduce((sum, row) => sum + row.recoveredCents, 0));
    }
    const basis = totals.byBasis.find((b) => b.month === '2026-03' && b.legalBasis === 'RIS');
    expect(basis?.dueCents).toBe(
      rows
        .filter((row) => row.month === '2026-03' && row.legalBasis === 'RIS')
        .reduce((sum, row) => sum + row.dueCents, 0),
    );
  });

  it('two files of the same months add up; no file, no totals', () => {
    const sum = { month: '2026-10', legalBasis: 'RIS', dueCents: 100, recoveredCents: 5 };
    const totals = statementTotals([
      { closedMonth: '2026-10', sums: [sum] },
      { closedMonth: '2026-11', sums: [sum] },
    ]);
    expect(totals.months.at(-1)?.month).toBe('2026-11');
    expect(totals.months.at(-2)).toEqual({ month: '2026-10', dueCents: 200, recoveredCents: 10 });
    expect(statementTotals([])).toEqual({ months: [], byBasis: [] });
  });
});
