// "Import files" in both hosts goes through one import: the Electron host's dialog (files or a folder, read from
// disk) and the files the browser host's page sends are the same files to the store, imported once, audited.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeTestDesk, deskFailureOf } from '../../test-support/desk';
import { demoListFiles } from '../../test-support/lists';

const FILES = demoListFiles(new Date('2026-12-07T09:00:00'));
let folder: string;
let chosen: string[] | null = null;
const electron = composeTestDesk({ pickListFiles: async () => chosen });
const browser = composeTestDesk();

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'lists-dialog-'));
  for (const file of FILES) await writeFile(join(folder, file.name), file.content);
  await writeFile(join(folder, 'notes.txt'), 'not a list');
});
afterAll(async () => {
  await Promise.all([electron.close(), browser.close()]);
  await rm(folder, { recursive: true, force: true });
});

describe('import files through the host dialog', () => {
  it('two files, then their folder: each list file imported once, the .txt left aside, every import audited', async () => {
    const [first, second] = FILES;
    chosen = [join(folder, first!.name), join(folder, second!.name)];
    const picked = await electron.handlers.chooseAndImportListFiles({ what: 'files' });
    expect(picked?.imported.map((f) => f.name)).toEqual([first!.name, second!.name]);

    chosen = [folder];
    const all = await electron.handlers.chooseAndImportListFiles({ what: 'folder' });
    expect(all?.imported).toHaveLength(FILES.length - 2);
    expect(all?.already.sort()).toEqual([first!.name, second!.name].sort());
    expect(all?.refused).toEqual([]);

    // The page's upload of the same file is the same import: already there.
    const sent = await electron.handlers.importListFiles({
      files: [{ name: first!.name, contentBase64: Buffer.from(first!.content).toString('base64') }],
    });
    expect(sent.already).toEqual([first!.name]);

    const audit = await electron.handlers.exportAudit({
      from: '2000-01-01',
      to: '2100-01-01',
      language: 'fr',
    });
    expect(audit.csv.match(new RegExp(first!.name, 'g'))).toHaveLength(3);
  }, 60_000);

  it('a cancelled dialog imports nothing; a path gone since is its own message', async () => {
    chosen = null;
    expect(await electron.handlers.chooseAndImportListFiles({ what: 'files' })).toBeNull();
    chosen = [join(folder, 'gone.xml')];
    expect(
      await deskFailureOf(() => electron.handlers.chooseAndImportListFiles({ what: 'files' })),
    ).toMatchObject({ code: 'NOT_FOUND', messageKey: 'lists.errors.pathMissing' });
  });

  it('the browser host has no dialog: it says so (its page sends the files)', async () => {
    expect(
      await deskFailureOf(() => browser.handlers.chooseAndImportListFiles({ what: 'folder' })),
    ).toMatchObject({ messageKey: 'lists.errors.noFileDialog' });
  });
});
