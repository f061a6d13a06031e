// The settings' secrets in the vault: sealed, named by HMAC, replaced whole, bound to their name.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VaultDamagedError } from './errors';
import { SECRETS_DIR } from './secret-files';
import { tempVaultDirs } from '../../test-support/vault-dirs';
import { createVault, VAULT_DIR_NAME } from './vault';

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
beforeEach(async () => {
  dirs = await tempVaultDirs();
});
afterEach(() => dirs.cleanup());

const open = () => createVault({ dataDir: dirs.dataDir, secretBox: dirs.box });
const secretsDir = () => join(dirs.dataDir, VAULT_DIR_NAME, SECRETS_DIR);
const PASSPHRASE = Buffer.from('correct horse battery staple');

describe('vault secrets', () => {
  it('keeps a secret across a reopen, and replaces or removes it whole', async () => {
    const vault = await open();
    expect(await vault.secrets.get('certificate.test')).toBeNull();
    await vault.secrets.put('certificate.test', PASSPHRASE);
    await vault.close();

    const again = await open();
    expect(await again.secrets.get('certificate.test')).toEqual(PASSPHRASE);
    await again.secrets.put('certificate.test', Buffer.from('another'));
    expect(await again.secrets.get('certificate.test')).toEqual(Buffer.from('another'));
    await again.secrets.remove('certificate.test');
    expect(await again.secrets.get('certificate.test')).toBeNull();
    await again.close();
  });

  it('shows neither the name nor the secret on disk', async () => {
    const vault = await open();
    await vault.secrets.put('basic-password.production', PASSPHRASE);
    await vault.close();
    const files = await readdir(secretsDir());
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{32}\.sec$/);
    const raw = await readFile(join(secretsDir(), files[0]!));
    expect(raw.includes(PASSPHRASE)).toBe(false);
    expect(raw.toString('latin1')).not.toContain('basic-password');
  });

  it('refuses a secret copied over another one’s file', async () => {
    const vault = await open();
    await vault.secrets.put('certificate.test', Buffer.from('test one'));
    await vault.secrets.put('certificate.production', Buffer.from('production one'));
    const [first, second] = (await readdir(secretsDir())).sort();
    await writeFile(join(secretsDir(), second!), await readFile(join(secretsDir(), first!)));
    const results = await Promise.allSettled([
      vault.secrets.get('certificate.test'),
      vault.secrets.get('certificate.production'),
    ]);
    expect(
      results
        .filter((r) => r.status === 'rejected')
        .map((r) => (r as PromiseRejectedResult).reason),
    ).toEqual([expect.any(VaultDamagedError)]);
    await vault.close();
  });
});
