import * as fsp from 'node:fs/promises';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempVaultDirs } from '../../test-support/vault-dirs';
import { appendFrame, ensureDir, readFrames, writeFileAtomic, type VaultFs } from './vault-fs';

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
let dir: string;
beforeEach(async () => {
  dirs = await tempVaultDirs();
  dir = join(dirs.root, 'files');
  await ensureDir(fsp, dir);
});
afterEach(async () => {
  await dirs.cleanup();
});

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('atomic replace', () => {
  it('replaces the file, user-only, leaving no temporary file', async () => {
    await writeFileAtomic(fsp, dir, 'a.bin', Buffer.from('one'));
    await writeFileAtomic(fsp, dir, 'a.bin', Buffer.from('two'));
    expect(await readFile(join(dir, 'a.bin'), 'utf8')).toBe('two');
    expect(await readdir(dir)).toEqual(['a.bin']);
    if (process.platform !== 'win32') {
      expect((await stat(join(dir, 'a.bin'))).mode & 0o777).toBe(0o600);
      expect((await stat(dir)).mode & 0o777).toBe(0o700);
    }
  });

  it('rides out a rename refused for a moment (Windows antivirus), and gives up on a lasting refusal', async () => {
    let refusals = 2;
    const flaky: VaultFs = {
      ...fsp,
      rename: async (from, to) => {
        if (refusals-- > 0) throw errno('EPERM');
        return fsp.rename(from, to);
      },
    };
    await writeFileAtomic(flaky, dir, 'a.bin', Buffer.from('one'));
    expect(await readFile(join(dir, 'a.bin'), 'utf8')).toBe('one');

    refusals = 100;
    await expect(writeFileAtomic(flaky, dir, 'a.bin', Buffer.from('two'))).rejects.toMatchObject({
      code: 'EPERM',
    });
    expect(await readFile(join(dir, 'a.bin'), 'utf8')).toBe('one');
    expect(await readdir(dir)).toEqual(['a.bin']);
  });
});

describe('framed appends', () => {
  it('keeps a frame torn by a crash on its own line, so the next frame is intact', async () => {
    const path = join(dir, 'log');
    await appendFrame(fsp, path, 'first');
    // What a kill in the middle of a write leaves: part of a frame, no newline after it.
    await writeFile(path, (await readFile(path, 'utf8')) + '\nsecond-but-tor', { flag: 'w' });
    await appendFrame(fsp, path, 'third');
    expect(await readFrames(fsp, path)).toEqual([
      { line: 2, frame: 'first' },
      { line: 3, frame: 'second-but-tor' },
      { line: 4, frame: 'third' },
    ]);
  });

  it('reads a missing file as empty', async () => {
    expect(await readFrames(fsp, join(dir, 'none'))).toEqual([]);
  });
});
