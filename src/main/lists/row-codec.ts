// How a batch of list rows is kept in a sealed frame: each row as a tuple of its values, the field names written once
// here instead of once per row. A 50,000-row month is then a third of the bytes to decrypt and parse, which is most
// of what opening the statements tab costs.
import type { ListRow } from '../../shared/domain/nova-lists';

type Kind = ListRow['kind'];

/** Each kind's fields in tuple order; a tuple starts with the kind. Append new fields at the end only. */
const FIELDS = {
  status: ['niss', 'date', 'legalBasis', 'dossier', 'previousStatus', 'newStatus'],
  blocking: [
    'niss',
    'action',
    'date',
    'legalBasis',
    'formReference',
    'dossier',
    'reason',
    'otherCpasCbe',
    'otherCpasName',
  ],
  statement: [
    'niss',
    'legalBasis',
    'dossier',
    'formReference',
    'month',
    'closedMonth',
    'dueCents',
    'recoveredCents',
  ],
  rejection: ['niss', 'legalBasis', 'formReference', 'dossier', 'codes', 'closedMonth'],
  frequency: ['closedMonth', 'code', 'count'],
} as const satisfies Record<Kind, readonly string[]>;

/** The sealed value of one batch; a batch written before tuples is a plain array of row objects. */
export interface EncodedBatch {
  tuples: unknown[][];
}

export function encodeBatch(rows: readonly ListRow[]): EncodedBatch {
  return {
    tuples: rows.map((row) => {
      const values = row as unknown as Record<string, unknown>;
      return [row.kind, ...FIELDS[row.kind].map((field) => values[field] ?? null)];
    }),
  };
}

export function decodeBatch(value: unknown): ListRow[] {
  if (Array.isArray(value)) return value as ListRow[];
  const tuples = (value as Partial<EncodedBatch> | null)?.tuples;
  if (!Array.isArray(tuples)) throw new TypeError('not a batch of list rows');
  return tuples.map((tuple) => {
    const kind = tuple[0] as Kind;
    const fields: readonly string[] | undefined = FIELDS[kind];
    if (!fields) throw new TypeError(`unknown list row kind ${String(kind)}`);
    const row: Record<string, unknown> = { kind };
    for (let index = 0; index < fields.length; index++) row[fields[index]!] = tuple[index + 1];
    return row as unknown as ListRow;
  });
}
