import * as fsp from 'node:fs/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createVault, VaultFullError } from './index';
import { syntheticInquiry } from '../../test-support/builders';
import { tempVaultDirs } from '../../test-support/vault-dirs';
import type { VaultFs } from './vault-fs';

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
beforeEach(async () => {
  dirs = await tempVaultDirs();
});
afterEach(async () => {
  await dirs.cleanup();
});

/** node:fs/promises, except that writes fail with ENOSPC once `full` is set (after `allow` more writes). */
function fillableFs() {
  const state = { full: false, allow: 0 };
  const enospc = () =>
    Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  const fs: VaultFs = {
    ...fsp,
    open: (async (...args: Parameters<typeof fsp.open>) => {
      const handle = await fsp.open(...args);
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = (async (...rest: Parameters<typeof handle.writeFile>) => {
        if (state.full && state.allow-- <= 0) {
          // A full disk often takes part of the data before failing.
          await writeFile(String(rest[0]).slice(0, 10));
          throw enospc();
        }
        return writeFile(...rest);
      }) as typeof handle.writeFile;
      return handle;
    }) as typeof fsp.open,
  };
  return { fs, state };
}

it('reports a full disk as a typed error, and loses nothing saved before', async () => {
  const { fs, state } = fillableFs();
  const vault = await createVault({
    dataDir: dirs.dataDir,
    secretBox: dirs.box,
    fs,
    compactAfter: 3,
  });
  for (let n = 0; n < 5; n++) await vault.save(syntheticInquiry(n));
  await vault.audit.append({
    investigator: 'Test',
    service: 'SocialInquiry',
    niss: syntheticInquiry(0).finalNiss,
    legalContext: 'PCSA:SOCIAL_INQUIRY',
    environment: 'demo',
    outcome: 'OK',
    ticketCBSS: null,
    at: '2025-01-01T10:00:00.000Z',
  });

  state.full = true;
  // The inquiry file itself cannot be written.
  await expect(vault.save(syntheticInquiry(5))).rejects.toBeInstanceOf(VaultFullError);
  // The inquiry file is written, its index entry cannot be: the save is withdrawn.
  state.allow = 1;
  await expect(vault.save(syntheticInquiry(6))).rejects.toBeInstanceOf(VaultFullError);
  // Re-saving an existing inquiry, and the audit log, fail the same way.
  await expect(vault.save(syntheticInquiry(1))).rejects.toBeInstanceOf(VaultFullError);
  await expect(
    vault.audit.append({
      investigator: 'Test',
      service: 'SocialInquiry',
      niss: '',
      legalContext: '',
      environment: 'demo',
      outcome: 'OK',
      ticketCBSS: null,
      at: '2025-01-01T11:00:00.000Z',
    }),
  ).rejects.toBeInstanceOf(VaultFullError);
  await expect(vault.setRetentionDays(60)).rejects.toBeInstanceOf(VaultFullError);

  // Meanwhile everything saved before is still there, in this session...
  const listing = await vault.list();
  expect(listing.inquiries.map((s) => s.id)).toEqual([4, 3, 2, 1, 0].map((n) => `inq-${n}`));
  for (let n = 0; n < 5; n++) expect(await vault.open(`inq-${n}`)).toEqual(syntheticInquiry(n));
  expect(vault.retention().days).toBe(30);
  await vault.close();

  // ...and after a restart, with no trace of the failed writes.
  const again = await createVault({ dataDir: dirs.dataDir, secretBox: dirs.box });
  const after = await again.list();
  expect(after.inquiries.map((s) => s.id)).toEqual([4, 3, 2, 1, 0].map((n) => `inq-${n}`));
  expect(after.damaged).toEqual([]);
  for (let n = 0; n < 5; n++) expect(await again.open(`inq-${n}`)).toEqual(syntheticInquiry(n));
  const audit = await again.audit.entries({ from: '2025-01-01', to: '2025-01-01' });
  expect(audit).toEqual({ entries: [expect.objectContaining({ outcome: 'OK' })], damaged: [] });
  expect(again.retention().days).toBe(30);
  await again.close();
});

it('keeps saving when the index cannot be compacted, and loses nothing', async () => {
  const fs: VaultFs = {
    ...fsp,
    rename: async (from, to) => {
      if (String(to).endsWith('index.snapshot'))
        throw Object.assign(new Error('EIO'), { code: 'EIO' });
      return fsp.rename(from, to);
    },
  };
  const vault = await createVault({
    dataDir: dirs.dataDir,
    secretBox: dirs.box,
    fs,
    compactAfter: 1,
  });
  for (let n = 0; n < 4; n++) await vault.save(syntheticInquiry(n));
  expect((await vault.list()).total).toBe(4);
  await vault.close();
  const again = await createVault({ dataDir: dirs.dataDir, secretBox: dirs.box });
  expect((await again.list()).inquiries.map((s) => s.id)).toEqual([
    'inq-3',
    'inq-2',
    'inq-1',
    'inq-0',
  ]);
  await again.close();
});
