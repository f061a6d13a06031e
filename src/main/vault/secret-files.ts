// Small secrets sealed like the rest of the vault (a certificate and its passphrase, HTTP passwords):
// one file each under secrets/, named by HMAC so the name says nothing, replaced atomically.
import { join } from 'node:path';
import { opaqueName, seal, UnreadableRecord, unseal, type VaultKeys } from './record-crypto';
import { VaultDamagedError } from './errors';
import { ensureDir, readFileOrNull, removeFile, writeFileAtomic, type VaultFs } from './vault-fs';

export const SECRETS_DIR = 'secrets';

export interface SecretFiles {
  put(name: string, data: Buffer): Promise<void>;
  get(name: string): Promise<Buffer | null>;
  remove(name: string): Promise<void>;
}

export function createSecretFiles(fs: VaultFs, vaultDir: string, keys: VaultKeys): SecretFiles {
  const dir = join(vaultDir, SECRETS_DIR);
  const fileOf = (name: string) => `${opaqueName(keys.names, `secret:${name}`)}.sec`;
  // The name is bound to the record: a secret copied over another one's file does not decrypt.
  const context = (name: string) => `secret:${name}`;

  return {
    async put(name, data) {
      await ensureDir(fs, dir);
      await writeFileAtomic(fs, dir, fileOf(name), seal(keys.records, data, context(name)));
    },
    async get(name) {
      const file = fileOf(name);
      const sealed = await readFileOrNull(fs, join(dir, file));
      if (sealed === null) return null;
      try {
        return unseal(keys.records, sealed, context(name));
      } catch (error) {
        if (error instanceof UnreadableRecord)
          throw new VaultDamagedError(`${SECRETS_DIR}/${file}`);
        throw error;
      }
    },
    async remove(name) {
      await removeFile(fs, dir, fileOf(name));
    },
  };
}
