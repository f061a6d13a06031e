// Benchmark: a big CPAS's month (50,000 statement rows) imported into the vault, streamed and sealed, and the
// statements tab opened on it (main's side: the rows decrypted, the first page sorted, the totals kept at import).
//
// npx tsx bench/lists.bench.ts [--rows 50000] [--runs 3]
// Peer: fast-xml-parser reading the same file whole (what a non-streaming import would start with).
// Not a test: nothing is asserted about time.
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { createKeyFileBox, createVault } from '../src/main/vault';
import { openListStore, LISTS_AREA } from '../src/main/lists';
import { queryRows, statementTotals } from '../src/main/lists/list-queries';
import { listQuerySchema } from '../src/shared/contract/lists';
import { bigStatementFile } from '../src/test-support/lists';
import { reportRow, summarize, time } from './stats';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const ROWS = option('rows', 50_000);
const RUNS = option('runs', 3);

/** Peak RSS growth while `run` runs, sampled every 10 ms. */
async function peakRss(run: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  await run();
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return (peak - before) / (1024 * 1024);
}

const root = await mkdtemp(join(tmpdir(), 'lists-bench-'));
try {
  const file = join(root, 'NOVA_STATEMENT_0207777760_202611_001.xml');
  let xml = '';
  for await (const chunk of bigStatementFile({ rows: ROWS, closedMonth: '2026-11' })) xml += chunk;
  await writeFile(file, xml);
  const sizeMb = Buffer.byteLength(xml) / (1024 * 1024);
  xml = '';
  console.log(`${ROWS} statement rows, ${sizeMb.toFixed(1)} MB`);

  const imports: number[] = [];
  const opens: number[] = [];
  const resorts: number[] = [];
  const memory: number[] = [];
  const peers: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const dataDir = join(root, `data-${run}`);
    const box = createKeyFileBox({ path: join(root, `key-${run}`) });
    const vault = await createVault({ dataDir, secretBox: box });
    const store = await openListStore({ area: await vault.area(LISTS_AREA) });
    global.gc?.();
    let imported = 0;
    memory.push(
      await peakRss(async () => {
        imports.push(
          await time(async () => {
            const result = await store.import(
              'NOVA_STATEMENT_0207777760_202611_001.xml',
              createReadStream(file),
              { source: 'import' },
            );
            imported = result.file.rows;
          }),
        );
      }),
    );
    if (imported !== ROWS) throw new Error(`imported ${imported} rows, not ${ROWS}`);
    await vault.close();

    // Opening the tab in a new session: nothing cached, the rows decrypted, the first page and the totals; then
    // a re-sort by amount on the rows now in memory (what a click on a column costs).
    const reopened = await createVault({ dataDir, secretBox: box });
    const cold = await openListStore({ area: await reopened.area(LISTS_AREA) });
    opens.push(
      await time(async () => {
        const rows = await cold.rows('statement');
        const page = queryRows(rows, listQuerySchema.parse({ kind: 'statement' }));
        const totals = statementTotals(await cold.statementSums());
        if (page.rows.length !== 100 || totals.months.length !== 12)
          throw new Error('no first page');
      }),
    );
    resorts.push(
      await time(async () => {
        const rows = await cold.rows('statement');
        queryRows(rows, listQuerySchema.parse({ kind: 'statement', sort: 'amount' }));
      }),
    );
    await reopened.close();

    peers.push(
      await time(async () => {
        new XMLParser().parse(await readFile(file, 'utf8'));
      }),
    );
  }
  const importMs = summarize(imports).median;
  reportRow({
    what: `lists: import a ${ROWS}-row monthly statement (streamed, checked, sealed)`,
    ours: importMs,
    peer: summarize(peers).median,
    peerLabel: 'fast-xml-parser, whole file in memory, no check or storage',
    goal: '<= 5000 ms',
  });
  reportRow({
    what: 'lists: import memory (peak RSS growth)',
    ours: Math.max(...memory),
    goal: `bounded (file is ${sizeMb.toFixed(0)} MB)`,
    unit: 'MB',
  });
  reportRow({
    what: 'lists: open the statements tab on it (main: decrypt, first page, totals)',
    ours: summarize(opens).median,
    goal: '<= 200 ms to first rows',
  });
  reportRow({
    what: 'lists: sort the open statements tab by amount (rows in memory)',
    ours: summarize(resorts).median,
  });
} finally {
  await rm(root, { recursive: true, force: true });
}
