// Benchmark: list, search and open among 10,000 saved inquiries, the vault against conf (electron-store's engine).
//
// npx tsx bench/vault.bench.ts [--count 10000] [--runs 5]
// Cold = a fresh process: open the store, then the first operation (a child process per measurement).
// Warm = the same operation again in a process that has already done it. Medians of --runs runs.
// Not a test: nothing is asserted about time. Files come from the OS page cache in both cases.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Conf from 'conf';
import type { Inquiry } from '../src/shared/domain/inquiry';
import { createKeyFileBox, createVault, type InquirySummary } from '../src/main/vault';
import { compileSearch, searchKeys } from '../src/main/vault/search';
import { syntheticInquiry, syntheticName } from '../src/test-support/builders';
import type { VaultFs } from '../src/main/vault/vault-fs';
import { reportRow } from './stats';

type Store = 'vault' | 'conf';
type Operation = 'list' | 'searchNiss' | 'searchName' | 'open';
const OPERATIONS: Operation[] = ['list', 'searchNiss', 'searchName', 'open'];
const SEARCH_NISS = '7005'; // a fragment of digits, as typed
const SEARCH_NAME = 'gaetan lefeb'; // 'Gaëtan Lefébure', typed without accents and in part

interface StoredRecord {
  personName: string | null;
  inquiry: Inquiry;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};

function paths(root: string) {
  return {
    vaultData: join(root, 'vault-data'),
    keyPath: join(root, 'config', 'vault.key'),
    confDir: join(root, 'conf'),
  };
}

async function openStore(store: Store, root: string) {
  const p = paths(root);
  if (store === 'vault') {
    const vault = await createVault({
      dataDir: p.vaultData,
      secretBox: createKeyFileBox({ path: p.keyPath }),
    });
    return {
      run: async (op: Operation, id: string): Promise<number> => {
        if (op === 'open') return (await vault.open(id)).items.length;
        const search = op === 'searchNiss' ? SEARCH_NISS : op === 'searchName' ? SEARCH_NAME : '';
        return (await vault.list({ search })).total;
      },
      close: () => vault.close(),
    };
  }
  const conf = new Conf<Record<string, StoredRecord>>({
    projectName: 'inquiry-desk-bench',
    cwd: p.confDir,
    configName: 'inquiries',
  });
  return {
    run: async (op: Operation, id: string): Promise<number> => {
      if (op === 'open') return (conf.get(id) as StoredRecord).inquiry.items.length;
      // What a conf-backed list would do: read every value, summarise, filter, sort newest first.
      const search = op === 'searchNiss' ? SEARCH_NISS : op === 'searchName' ? SEARCH_NAME : '';
      const matches = compileSearch(search);
      const summaries: InquirySummary[] = Object.values(conf.store).map((record) =>
        summary(record),
      );
      const found = matches ? summaries.filter((s) => matches(searchKeys(s))) : summaries;
      found.sort((a, b) => Date.parse(b.consultedAt) - Date.parse(a.consultedAt));
      return found.length;
    },
    close: async () => undefined,
  };
}

function summary(record: StoredRecord): InquirySummary {
  const { inquiry } = record;
  return {
    id: inquiry.id,
    finalNiss: inquiry.finalNiss,
    requestedNiss: inquiry.request.niss,
    personName: record.personName,
    period: inquiry.request.period,
    consultedAt: inquiry.consultedAt,
    environment: inquiry.environment,
    dataFound: inquiry.dataFound,
  };
}

/** Child process: open the store, time open + the first operation, print the result as JSON. */
async function child(store: Store, op: Operation, root: string, id: string): Promise<void> {
  const started = performance.now();
  const opened = await openStore(store, root);
  const result = await opened.run(op, id);
  const ms = performance.now() - started;
  await opened.close();
  process.stdout.write(JSON.stringify({ ms, result }) + '\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function coldRun(
  store: Store,
  op: Operation,
  root: string,
  id: string,
): { ms: number; result: number } {
  const self = fileURLToPath(import.meta.url);
  const out = spawnSync(
    process.execPath,
    ['--import', 'tsx', self, '--child', store, op, root, id],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (out.status !== 0) throw new Error(`child failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as { ms: number; result: number };
}

/** No fsync while filling: 10,000 fsynced saves take minutes and measure nothing read-related. */
const noSyncFs: VaultFs = {
  ...fsp,
  open: (async (...a: Parameters<typeof fsp.open>) => {
    const handle = await fsp.open(...a);
    handle.sync = async () => undefined;
    return handle;
  }) as typeof fsp.open,
};

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

async function main(): Promise<void> {
  const count = option('count', 10_000);
  const runs = option('runs', 5);
  const root = await mkdtemp(join(tmpdir(), 'vault-bench-'));
  const p = paths(root);
  try {
    console.log(`Filling both stores with ${count} synthetic inquiries...`);
    const fillStarted = performance.now();
    const records: Record<string, StoredRecord> = {};
    const filler = await createVault({
      dataDir: p.vaultData,
      secretBox: createKeyFileBox({ path: p.keyPath }),
      fs: noSyncFs,
    });
    for (let n = 0; n < count; n++) {
      const inquiry = syntheticInquiry(n, { id: `inq-${String(n).padStart(5, '0')}` });
      const personName = syntheticName(n);
      await filler.save(inquiry, { personName });
      records[inquiry.id] = { personName, inquiry };
    }
    await filler.close();
    const conf = new Conf<Record<string, StoredRecord>>({
      projectName: 'inquiry-desk-bench',
      cwd: p.confDir,
      configName: 'inquiries',
    });
    conf.store = records;
    console.log(`filled in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s`);
    const vaultBytes = await dirSize(join(p.vaultData, 'vault'));
    const confBytes = (await stat(conf.path)).size;
    const periods = Object.values(records).reduce((sum, r) => sum + r.inquiry.items.length, 0);

    // The same inquiries to open in both stores, spread over the range.
    const ids = Array.from(
      { length: runs },
      (_, i) => `inq-${String(Math.floor(((i + 0.5) * count) / runs)).padStart(5, '0')}`,
    );

    const rows: {
      op: Operation;
      cold: Record<Store, number>;
      warm: Record<Store, number>;
      result: string;
    }[] = [];
    for (const op of OPERATIONS) {
      const cold = {} as Record<Store, number>;
      const warm = {} as Record<Store, number>;
      const results: Record<Store, number> = { vault: -1, conf: -1 };
      for (const store of ['vault', 'conf'] as const) {
        const coldTimes: number[] = [];
        for (let r = 0; r < runs; r++) {
          const run = coldRun(store, op, root, ids[r]!);
          coldTimes.push(run.ms);
          results[store] = run.result;
        }
        cold[store] = median(coldTimes);
        const opened = await openStore(store, root);
        await opened.run(op, ids[0]!);
        const warmTimes: number[] = [];
        const warmRuns = store === 'vault' ? Math.max(runs, 20) : runs;
        for (let r = 0; r < warmRuns; r++) {
          const id = ids[r % ids.length]!;
          const started = performance.now();
          await opened.run(op, id);
          warmTimes.push(performance.now() - started);
        }
        warm[store] = median(warmTimes);
        await opened.close();
      }
      if (results.vault !== results.conf) {
        throw new Error(`${op}: the stores disagree (${results.vault} vs ${results.conf})`);
      }
      rows.push({
        op,
        cold,
        warm,
        result: op === 'open' ? `${results.vault} periods` : `${results.vault} found`,
      });
      console.log(`${op}: done`);
    }

    // Saving one more inquiry at 10,000: fsynced vault save vs conf.set (which rewrites its whole file).
    const saveTimes: Record<Store, number[]> = { vault: [], conf: [] };
    const vault = await createVault({
      dataDir: p.vaultData,
      secretBox: createKeyFileBox({ path: p.keyPath }),
    });
    await vault.list();
    for (let r = 0; r < runs; r++) {
      const inquiry = syntheticInquiry(count + r, { id: `extra-${r}` });
      let started = performance.now();
      await vault.save(inquiry, { personName: syntheticName(r) });
      saveTimes.vault.push(performance.now() - started);
      started = performance.now();
      conf.set(inquiry.id, { personName: syntheticName(r), inquiry });
      saveTimes.conf.push(performance.now() - started);
    }
    await vault.close();

    const labels: Record<Operation, string> = {
      list: 'list all (sorted, newest first)',
      searchNiss: `search NISS fragment '${SEARCH_NISS}'`,
      searchName: `search name '${SEARCH_NAME}'`,
      open: 'open one inquiry',
    };
    const ratio = (a: number, b: number) => `${(b / a).toFixed(b / a >= 10 ? 0 : 1)}×`;
    const lines = [
      `${count} inquiries, ${(periods / count).toFixed(1)} periods each on average; vault ${(vaultBytes / 1e6).toFixed(1)} MB on disk, conf ${(confBytes / 1e6).toFixed(1)} MB`,
      `machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; medians of ${runs} runs (warm vault: ${Math.max(runs, 20)})`,
      '',
      '| operation | result | vault cold (ms) | conf cold (ms) | conf / vault | vault warm (ms) | conf warm (ms) | conf / vault |',
      '|---|---|---:|---:|---:|---:|---:|---:|',
      ...rows.map(
        (row) =>
          `| ${labels[row.op]} | ${row.result} | ${fmt(row.cold.vault)} | ${fmt(row.cold.conf)} | ${ratio(row.cold.vault, row.cold.conf)} | ${fmt(row.warm.vault)} | ${fmt(row.warm.conf)} | ${ratio(row.warm.vault, row.warm.conf)} |`,
      ),
      `| save one more (fsynced vault; conf.set) | | | | | ${fmt(median(saveTimes.vault))} | ${fmt(median(saveTimes.conf))} | ${ratio(median(saveTimes.vault), median(saveTimes.conf))} |`,
    ];
    console.log('\n' + lines.join('\n'));
    const peerLabel = 'conf (electron-store) holding the same JSON';
    for (const row of rows) {
      for (const state of ['cold', 'warm'] as const) {
        reportRow({
          what: `vault (${count} inquiries): ${labels[row.op]}, ${state}`,
          ours: row[state].vault,
          peer: row[state].conf,
          peerLabel,
        });
      }
    }
    reportRow({
      what: `vault (${count} inquiries): save one more (fsynced; conf.set)`,
      ours: median(saveTimes.vault),
      peer: median(saveTimes.conf),
      peerLabel,
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (args[0] === '--child') {
  await child(args[1] as Store, args[2] as Operation, args[3]!, args[4]!);
} else {
  await main();
}
