// Kills a writing process with SIGKILL a hundred times at random moments; nothing it reported as saved may be lost.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createVault } from './index';
import { syntheticInquiry } from '../../test-support/builders';
import { tempVaultDirs } from '../../test-support/vault-dirs';

const KILLS = 100;
const WRITER = fileURLToPath(new URL('../../test-support/crash-writer.ts', import.meta.url));

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
/** How to start the writer: a pre-built bundle (fast), or through tsx when esbuild is not at hand. */
let writerCommand: string[];

beforeAll(async () => {
  dirs = await tempVaultDirs();
  writerCommand = ['--import', 'tsx', WRITER];
  try {
    // tsx's own esbuild: bundling once saves ~0.3 s of TypeScript loading per child, i.e. half a minute.
    const esbuildName = 'esbuild';
    const esbuild = (await import(esbuildName)) as {
      build(options: Record<string, unknown>): Promise<unknown>;
    };
    const outfile = join(dirs.root, 'crash-writer.mjs');
    await esbuild.build({
      entryPoints: [WRITER],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
    writerCommand = [outfile];
  } catch {
    // Slower, same behaviour.
  }
});

afterAll(async () => {
  await dirs?.cleanup();
});

/** Small, seeded PRNG: a failing run can be replayed from the seed in the failure message. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Writer {
  /** Lets the writer open the vault and start writing; kills it `delayMs` after it is ready. */
  runAndKill(delayMs: number): Promise<{ saved: number[]; audited: number[]; midWrite: boolean }>;
}

/** Starts a writer process that waits for its turn, so its start-up overlaps the previous check. */
function startWriter(start: number): Writer {
  const child = spawn(
    process.execPath,
    [...writerCommand, dirs.dataDir, dirs.keyPath, String(start)],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = once(child, 'exit');
  return {
    async runAndKill(delayMs) {
      child.stdin.write('go\n');
      // Kill only once the vault is open: the point is to interrupt writes, not the start-up.
      while (!out.includes('ready\n')) {
        if (child.exitCode !== null) throw new Error(`writer exited early: ${err}`);
        await sleep(1);
      }
      await sleep(delayMs);
      child.kill('SIGKILL');
      await exited;
      // Only whole lines count: a line cut by the kill was not reported.
      const lines = out.split('\n').slice(0, -1);
      const numbers = (prefix: string) =>
        lines
          .filter((line) => line.startsWith(prefix))
          .map((line) => Number(line.slice(prefix.length)));
      // The last thing the writer said was that it started a save or an append: the kill cut a write.
      const last = lines.at(-1) ?? '';
      const midWrite = last.startsWith('saving ') || last.startsWith('auditing ');
      return { saved: numbers('saved '), audited: numbers('audited '), midWrite };
    },
  };
}

it(`loses no committed inquiry or audit entry across ${KILLS} SIGKILLs mid-write`, async () => {
  const seed = Date.now();
  const next = random(seed);
  const committed: number[] = [];
  let audited = 0;
  let midWriteKills = 0;

  // A fresh range of numbers per writer; one saved but not reported is simply never checked.
  let writer = startWriter(0);
  for (let round = 0; round < KILLS; round++) {
    const result = await writer.runAndKill(Math.floor(next() * 50));
    if (round + 1 < KILLS) writer = startWriter((round + 1) * 1000);
    committed.push(...result.saved);
    audited += result.audited.length;
    if (result.midWrite) midWriteKills += 1;

    const vault = await createVault({ dataDir: dirs.dataDir, secretBox: dirs.box });
    const listing = await vault.list();
    const context = `seed ${seed}, round ${round}`;
    expect(listing.damaged, context).toEqual([]);
    const listed = new Set(listing.inquiries.map((summary) => summary.id));
    expect(
      committed.filter((n) => !listed.has(`inq-${n}`)),
      context,
    ).toEqual([]);
    const opened = await Promise.all(committed.map((n) => vault.open(`inq-${n}`)));
    // Compared as JSON (same key order by construction): a deep equal per inquiry per round is slow.
    const differing = committed.filter(
      (n, i) => JSON.stringify(opened[i]) !== JSON.stringify(syntheticInquiry(n)),
    );
    expect(differing, context).toEqual([]);
    const log = await vault.audit.entries({ from: '2024-12-01', to: '2025-12-31' });
    expect(log.entries.length, context).toBeGreaterThanOrEqual(audited);
    // A frame torn by the kill may be reported; none that was complete.
    expect(log.damaged.length, context).toBeLessThanOrEqual(round + 1);
    await vault.close();
  }
  // The kills did land in the middle of writes, not between them or before the first one.
  expect(midWriteKills).toBeGreaterThan(KILLS / 2);
  expect(committed.length).toBeGreaterThan(KILLS / 5);
}, 120_000);
