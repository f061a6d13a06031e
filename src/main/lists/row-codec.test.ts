// A batch of rows as tuples: every kind comes back as it went in, and a batch written before tuples still reads.
import { describe, expect, it } from 'vitest';
import { readListFile } from './list-parser';
import { decodeBatch, encodeBatch } from './row-codec';
import { chunked, demoListFiles } from '../../test-support/lists';
import type { ListRow } from '../../shared/domain/nova-lists';

const FILES = demoListFiles(new Date('2026-12-07T09:00:00'));

describe('a batch of list rows', () => {
  it('comes back equal for every list kind (frequencies, nulls and code lists included)', async () => {
    const kinds = new Set<string>();
    for (const file of FILES) {
      const rows: ListRow[] = [];
      await readListFile(chunked(file.content), {
        fileName: file.name,
        onRows: async (batch) => void rows.push(...batch),
      });
      for (const row of rows) kinds.add(row.kind);
      // Through JSON, as the sealed frame carries it.
      expect(decodeBatch(JSON.parse(JSON.stringify(encodeBatch(rows)))), file.name).toEqual(rows);
    }
    expect([...kinds].sort()).toEqual(['blocking', 'frequency', 'rejection', 'statement', 'status']);
  });

  it('is smaller than the rows as objects', () => {
    const statement = FILES.find((f) => f.kind === 'statement')!;
    const rows: ListRow[] = [];
    return readListFile(chunked(statement.content), {
      fileName: statement.name,
      onRows: async (batch) => void rows.push(...batch),
    }).then(() => {
      expect(JSON.stringify(encodeBatch(rows)).length).toBeLessThan(
        JSON.stringify(rows).length * 0.6,
      );
    });
  });

  it('written before tuples (an array of row objects), it still reads; anything else is refused', () => {
    const legacy = [{ kind: 'frequency', closedMonth: '2026-11', code: 'E101', count: 3 }];
    expect(decodeBatch(legacy)).toEqual(legacy);
    expect(() => decodeBatch({ rows: [] })).toThrow(TypeError);
    expect(() => decodeBatch({ tuples: [['nonsense', 1]] })).toThrow(/unknown list row kind/);
  });
});
