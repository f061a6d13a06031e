// Kills a writing process with SIGKILL a hundred times at random moments; nothing it reported as saved may be lost.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createVault } from './index';
import { syntheticInquiry } from '../../test-support/builders';
import { tempVaultDirs } from '../../test-support/vault-dirs';
import { seededRandom, startWriter, writerCommand } from '../../test-support/kill-loop';

const KILLS = 100;
const WRITER = fileURLToPath(new URL('../../test-support/crash-writer.ts', import.meta.url));

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
/** How to start the writer: a pre-built bundle (fast), or through tsx when esbuild is not at hand. */
let command: string[];

beforeAll(async () => {
  dirs = await tempVaultDirs();
  command = await writerCommand(WRITER, dirs.root);
});

afterAll(async () => {
  await dirs?.cleanup();
});

interface Writer {
  /** Lets the writer open the vault and start writing; kills it `delayMs` after it is ready. */
  runAndKill(delayMs: number): Promise<{ saved: number[]; audited: number[]; midWrite: boolean }>;
}

/** Starts a writer process that waits for its turn, so its start-up overlaps the previous check. */
function startVaultWriter(start: number): Writer {
  const writer = startWriter(command, [dirs.dataDir, dirs.keyPath, String(start)]);
  return {
    async runAndKill(delayMs) {
      // Only whole lines count (a line cut by the kill was not reported); the kill comes once the vault is
      // open: the point is to interrupt writes, not the start-up.
      const lines = await writer.runAndKill(delayMs);
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
  const next = seededRandom(seed);
  const committed: number[] = [];
  let audited = 0;
  let midWriteKills = 0;

  // A fresh range of numbers per writer; one saved but not reported is simply never checked.
  let writer = startVaultWriter(0);
  for (let round = 0; round < KILLS; round++) {
    const result = await writer.runAndKill(Math.floor(next() * 50));
    if (round + 1 < KILLS) writer = startVaultWriter((round + 1) * 1000);
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
