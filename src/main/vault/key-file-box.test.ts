import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyFileBox } from './key-file-box';
import { VaultLockedError } from './errors';
import { tempVaultDirs } from '../../test-support/vault-dirs';

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
beforeEach(async () => {
  dirs = await tempVaultDirs();
});
afterEach(async () => {
  await dirs.cleanup();
});

const dataKey = Buffer.alloc(32, 0x5a);

describe('key-file secret box', () => {
  it('says it is the weaker, key-file kind', () => {
    expect(dirs.box.kind).toBe('key-file');
    expect(dirs.box.backend).toBe('key-file');
  });

  it('round-trips a key, and wraps it differently each time', () => {
    const first = dirs.box.wrap(dataKey);
    const second = dirs.box.wrap(dataKey);
    expect(first.equals(second)).toBe(false);
    expect(dirs.box.unwrap(first)).toEqual(dataKey);
    expect(createKeyFileBox({ path: dirs.keyPath }).unwrap(second)).toEqual(dataKey);
  });

  it.skipIf(process.platform === 'win32')(
    'creates the key file readable by the user only (0600)',
    async () => {
      dirs.box.wrap(dataKey);
      expect((await stat(dirs.keyPath)).mode & 0o777).toBe(0o600);
      expect((await stat(join(dirs.keyPath, '..'))).mode & 0o077).toBe(0);
    },
  );

  it.skipIf(process.platform === 'win32')('refuses a key file others can read', async () => {
    const blob = dirs.box.wrap(dataKey);
    await chmod(dirs.keyPath, 0o644);
    expect(() => dirs.box.unwrap(blob)).toThrow(
      expect.objectContaining({
        reason: 'key-file-exposed',
        details: expect.objectContaining({ mode: '644' }),
      }),
    );
    // On Windows modes mean nothing, so the same file is accepted there.
    expect(createKeyFileBox({ path: dirs.keyPath, platform: 'win32' }).unwrap(blob)).toEqual(
      dataKey,
    );
  });

  it('refuses to unwrap without its key file, or with another one', async () => {
    const blob = dirs.box.wrap(dataKey);
    const elsewhere = createKeyFileBox({ path: join(dirs.root, 'other', 'vault.key') });
    expect(() => elsewhere.unwrap(blob)).toThrow(
      expect.objectContaining({ reason: 'key-missing' }),
    );
    elsewhere.wrap(dataKey);
    expect(() => elsewhere.unwrap(blob)).toThrow(
      expect.objectContaining({ reason: 'key-unreadable' }),
    );
  });

  it('refuses a key file that is not one', async () => {
    await mkdir(join(dirs.keyPath, '..'), { recursive: true });
    await writeFile(dirs.keyPath, 'hello', { mode: 0o600 });
    expect(() => dirs.box.wrap(dataKey)).toThrow(VaultLockedError);
    expect(await readFile(dirs.keyPath, 'utf8')).toBe('hello');
  });
});
