// The lists' store: one transaction per file, idempotent by name and content hash, sealed rows, its own retention.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFrame, createVault, VaultFullError, type Vault } from '../vault';
import { LISTS_AREA, openListStore, DEFAULT_LIST_RETENTION_DAYS } from './list-store';
import { ListFileRefused } from './list-refusal';
import { addToSums, statementTotals, type StatementSum } from './list-queries';
import { tempVaultDirs } from '../../test-support/vault-dirs';
import { bigStatementFile, chunked, demoListFiles } from '../../test-support/lists';

const FILES = demoListFiles(new Date('2026-12-07T09:00:00'));
const BLOCKING = FILES.find((f) => f.name.includes('BLOCKING_0207777760_20261207'))!;
const STATEMENT = FILES.find((f) => f.name.includes('STATEMENT_0207777760_202611'))!;

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
let vault: Vault;
let clock: Date;

beforeEach(async () => {
  dirs = await tempVaultDirs();
  clock = new Date('2026-12-07T10:00:00Z');
  vault = await createVault({ dataDir: dirs.dataDir, secretBox: dirs.box });
});
afterEach(async () => {
  await vault.close();
  await dirs.cleanup();
});

const open = async (extra: Partial<Parameters<typeof openListStore>[0]> = {}) =>
  openListStore({ area: await vault.area(LISTS_AREA), now: () => clock, batchSize: 2, ...extra });

describe('importing', () => {
  it('stores the rows, and gives them back after a restart', async () => {
    const store = await open();
    const result = await store.import(BLOCKING.name, chunked(BLOCKING.content), {
      source: 'fetch',
    });
    expect(result.status).toBe('imported');
    expect(result.file).toMatchObject({ name: BLOCKING.name, kind: 'blocking', source: 'fetch' });
    const rows = await store.rows('blocking');
    expect(rows).toHaveLength(result.file.rows);
    const reopened = await open();
    expect(await reopened.rows('blocking')).toEqual(rows);
    expect(reopened.files()).toEqual([result.file]);
  });

  it('the same file twice imports nothing twice; a changed file of the same name replaces it', async () => {
    const store = await open();
    const first = await store.import(STATEMENT.name, chunked(STATEMENT.content), {
      source: 'fetch',
    });
    const again = await store.import(STATEMENT.name, chunked(STATEMENT.content, 1000), {
      source: 'import',
    });
    expect(again).toEqual({ status: 'already', file: first.file });
    expect(await store.rows('statement')).toHaveLength(first.file.rows);
    // Same content under another name is another file (SPP IS numbers its files).
    const corrected = STATEMENT.content.replace(
      /<amountDue>(\d+)\.(\d\d)<\/amountDue>/,
      '<amountDue>1.00</amountDue>',
    );
    const replaced = await store.import(STATEMENT.name, chunked(corrected), { source: 'fetch' });
    expect(replaced.status).toBe('imported');
    expect(replaced.file.replaces).toBe(first.file.id);
    expect(store.files()).toHaveLength(1);
    expect((await open()).files().map((f) => f.id)).toEqual([replaced.file.id]);
  });

  it('a refused file leaves nothing behind, not even a temporary file', async () => {
    const store = await open();
    const cut = STATEMENT.content.slice(0, STATEMENT.content.length - 200);
    await expect(store.import('cut.xml', chunked(cut), { source: 'fetch' })).rejects.toBeInstanceOf(
      ListFileRefused,
    );
    expect(store.files()).toEqual([]);
    expect(await readdir(join(dirs.dataDir, 'vault', LISTS_AREA, 'rows'))).toEqual([]);
  });

  it('a download that fails midway leaves nothing', async () => {
    const store = await open();
    async function* failing() {
      yield Buffer.from(STATEMENT.content.slice(0, 500));
      throw new Error('connection reset');
    }
    await expect(store.import(STATEMENT.name, failing(), { source: 'fetch' })).rejects.toThrow(
      'connection reset',
    );
    expect((await open()).files()).toEqual([]);
  });

  it('a full disk is VaultFullError, and nothing is stored', async () => {
    const { nodeFs } = await import('../vault');
    const area = await vault.area(LISTS_AREA);
    let writes = 0;
    const full = {
      ...nodeFs,
      async open(...args: Parameters<typeof nodeFs.open>) {
        const handle = await nodeFs.open(...args);
        const write = handle.write.bind(handle);
        return Object.assign(handle, {
          write: async (...w: unknown[]) => {
            if (++writes > 2)
              throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
            return (write as (...a: unknown[]) => unknown)(...w);
          },
        });
      },
    } as typeof nodeFs;
    const store = await openListStore({ area: { ...area, fs: full }, batchSize: 2 });
    await expect(
      store.import(STATEMENT.name, chunked(STATEMENT.content), { source: 'fetch' }),
    ).rejects.toBeInstanceOf(VaultFullError);
    expect((await open()).files()).toEqual([]);
    expect(await readdir(join(dirs.dataDir, 'vault', LISTS_AREA, 'rows'))).toEqual([]);
  });

  it('keeps no NISS, amount or file name in clear on disk', async () => {
    const store = await open();
    await store.import(BLOCKING.name, chunked(BLOCKING.content), { source: 'fetch' });
    const niss = /<ssin>(\d{11})</.exec(BLOCKING.content)![1]!;
    const dir = join(dirs.dataDir, 'vault', LISTS_AREA);
    for (const sub of ['', 'rows']) {
      for (const name of await readdir(join(dir, sub))) {
        if (name === 'rows') continue;
        expect(name).not.toContain(niss);
        const data = await readFile(join(dir, sub, name), 'latin1');
        expect(data).not.toContain(niss);
        expect(data).not.toContain('NOVA_BLOCKING');
        expect(data).not.toContain('Bruxelles');
      }
    }
  });
});

it('a file of more rows than a call can take as arguments (130,000) reads back whole', async () => {
  const store = await open({ batchSize: 2000 });
  const result = await store.import(
    'NOVA_STATEMENT_0207777760_202611_001.xml',
    bigStatementFile({ rows: 130_000, closedMonth: '2026-11' }),
    { source: 'import' },
  );
  expect(result.file.rows).toBe(130_000);
  expect(await (await open()).rows('statement')).toHaveLength(130_000);
}, 120_000);

describe("the statements' sums", () => {
  it('are added up at import and equal the sums of the stored rows', async () => {
    const store = await open();
    const { file } = await store.import(STATEMENT.name, chunked(STATEMENT.content), {
      source: 'fetch',
    });
    const fromRows = new Map<string, StatementSum>();
    addToSums(fromRows, await store.rows('statement'));
    expect(file.sums).toEqual([...fromRows.values()]);
    expect(await (await open()).statementSums()).toEqual([
      { closedMonth: '2026-11', sums: [...fromRows.values()] },
    ]);
  });

  it('a store written before tuples and kept sums (rows as objects, no sums) still reads, its sums from its rows', async () => {
    const store = await open();
    const { file } = await store.import(STATEMENT.name, chunked(STATEMENT.content), {
      source: 'fetch',
    });
    const rows = await store.rows('statement');
    const expected = statementTotals(await store.statementSums());
    // The same file as the earlier format wrote it, in an area of its own.
    const area = await vault.area('lists-earlier-format');
    const earlier = await openListStore({ area });
    const batches = [rows.slice(0, 3), rows.slice(3)];
    await writeFile(
      join(area.dir, 'rows', file.rowsFile),
      batches.map((batch, i) => `\n${area.sealFrame(batch, `${file.rowsFile}:${i}`)}`).join(''),
    );
    const withoutSums = { ...file };
    delete withoutSums.sums;
    await appendFrame(
      area.fs,
      join(area.dir, 'imports.log'),
      area.sealFrame({ type: 'import', file: { ...withoutSums, batches: 2 } }, 'imports.log'),
    );
    await earlier.reload();
    expect(await earlier.rows('statement')).toEqual(rows);
    expect(statementTotals(await earlier.statementSums())).toEqual(expected);
  });
});

describe('retention, separate from the saved inquiries', () => {
  it('keeps files for the default period, then purges them; the period is stored sealed', async () => {
    const store = await open();
    await store.import(BLOCKING.name, chunked(BLOCKING.content), { source: 'fetch' });
    expect(store.retentionDays()).toBe(DEFAULT_LIST_RETENTION_DAYS);
    clock = new Date('2027-01-10T10:00:00Z');
    expect(await store.purge()).toBe(0);
    await store.setRetentionDays(30);
    expect((await open()).retentionDays()).toBe(30);
    expect(vault.retention().days).toBe(30); // the inquiries' own default, untouched by the lists'
    await vault.setRetentionDays(90);
    expect((await open()).retentionDays()).toBe(30);
    expect(await store.purge()).toBe(1);
    expect(await store.rows('blocking')).toEqual([]);
    expect((await open()).files()).toEqual([]);
    expect(await readdir(join(dirs.dataDir, 'vault', LISTS_AREA, 'rows'))).toEqual([]);
    await expect(store.setRetentionDays(0)).rejects.toThrow(RangeError);
  });
});
