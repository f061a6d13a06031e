// The vault tests' temporary folders: a data directory and a key-file box kept outside it, as the browser host has.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeyFileBox } from '../main/vault/key-file-box';

export async function tempVaultDirs(): Promise<{
  root: string;
  dataDir: string;
  keyPath: string;
  box: ReturnType<typeof createKeyFileBox>;
  cleanup: () => Promise<void>;
}> {
  const root = await mkdtemp(join(tmpdir(), 'vault-test-'));
  const dataDir = join(root, 'data');
  const keyPath = join(root, 'config', 'vault.key');
  return {
    root,
    dataDir,
    keyPath,
    box: createKeyFileBox({ path: keyPath }),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
