// Kills an importing process with SIGKILL at random moments: every import it reported is there, whole; nothing is
// there twice or in part (the vault's kill test, for the lists).
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createVault } from '../vault';
import { LISTS_AREA, openListStore } from './list-store';
import { tempVaultDirs } from '../../test-support/vault-dirs';
import { seededRandom, startWriter, writerCommand } from '../../test-support/kill-loop';

const KILLS = 40;
const ROWS = 600;
const WRITER = fileURLToPath(new URL('../../test-support/lists-crash-writer.ts', import.meta.url));

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
let command: string[];

beforeAll(async () => {
  dirs = await tempVaultDirs();
  command = await writerCommand(WRITER, dirs.root);
});

afterAll(async () => {
  await dirs?.cleanup();
});

it(`loses no committed list file and doubles none across ${KILLS} SIGKILLs mid-import`, async () => {
  const seed = Date.now();
  const next = seededRandom(seed);
  const committed = new Set<number>();
  let midImportKills = 0;
  const start = (round: number) =>
    startWriter(command, [dirs.dataDir, dirs.keyPath, String(round * 1000), String(ROWS)]);

  let writer = start(0);
  for (let round = 0; round < KILLS; round++) {
    const lines = await writer.runAndKill(Math.floor(next() * 400));
    if (round + 1 < KILLS) writer = start(round + 1);
    for (const line of lines) {
      const imported = /^imported (\d+) (\d+)$/.exec(line);
      if (imported) {
        expect(Number(imported[2])).toBe(ROWS);
        committed.add(Number(imported[1]));
      }
      // The second import of the same file never imports it again.
      expect(line).not.toMatch(/^imported \d+ again/);
    }
    if (lines.at(-1)?.startsWith('importing ')) midImportKills += 1;

    const vault = await createVault({ dataDir: dirs.dataDir, secretBox: dirs.box });
    const store = await openListStore({ area: await vault.area(LISTS_AREA) });
    const context = `seed ${seed}, round ${round}`;
    const files = store.files();
    const names = files.map((file) => file.name);
    expect(new Set(names).size, context).toBe(names.length);
    for (const n of committed) expect(names, context).toContain(`NOVA_STATEMENT_${n}.xml`);
    for (const file of files) expect(file.rows, context).toBe(ROWS);
    // Every file's rows decrypt whole: a rows file cut by the kill was never committed.
    expect((await store.rows('statement')).length, context).toBe(files.length * ROWS);
    await vault.close();
  }
  expect(midImportKills).toBeGreaterThan(KILLS / 3);
  expect(committed.size).toBeGreaterThan(KILLS / 4);
}, 240_000);
