import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatNissPartial, parseNissAsOf } from '../../shared/domain/niss';
import { createVault, VaultDamagedError, VaultLockedError, VaultNotFoundError } from './index';
import { JOURNAL_FILE, SNAPSHOT_FILE } from './inquiry-index';
import { syntheticInquiry, syntheticName, syntheticNiss } from '../../test-support/builders';
import { tempVaultDirs } from '../../test-support/vault-dirs';

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
beforeEach(async () => {
  dirs = await tempVaultDirs();
});
afterEach(async () => {
  await dirs.cleanup();
});

const open = (compactAfter?: number) =>
  createVault({ dataDir: dirs.dataDir, secretBox: dirs.box, compactAfter });
const vaultDir = () => join(dirs.dataDir, 'vault');
const inquiryFiles = async () =>
  (await readdir(join(vaultDir(), 'inquiries'))).filter((name) => name.endsWith('.inq'));

async function flipByte(path: string, at: (size: number) => number): Promise<void> {
  const data = await readFile(path);
  const index = at(data.length);
  data[index] = data[index]! ^ 0x01;
  await writeFile(path, data);
}

describe('synthetic fixtures', () => {
  it('use valid NISS', () => {
    for (const n of [0, 1, 59, 720, 9999]) {
      expect(parseNissAsOf(syntheticNiss(n), new Date('2025-01-01')).ok).toBe(true);
    }
  });
});

describe('vault: save, list, open, remove', () => {
  it('gives back exactly what was saved, and lists it newest first', async () => {
    const vault = await open();
    const older = syntheticInquiry(1, { consultedAt: '2025-03-01T10:00:00.000Z' });
    const newer = syntheticInquiry(2, { consultedAt: '2025-03-02T10:00:00.000Z' });
    const newest = syntheticInquiry(3, { consultedAt: '2025-03-03T10:00:00.000Z' });
    await vault.save(newer, { personName: syntheticName(2) });
    await vault.save(newest);
    await vault.save(older, { personName: `  ${syntheticName(1)} ` });

    const listing = await vault.list();
    expect(listing.inquiries.map((s) => s.id)).toEqual([newest.id, newer.id, older.id]);
    expect(listing.inquiries[2]).toEqual({
      id: older.id,
      finalNiss: older.finalNiss,
      requestedNiss: older.request.niss,
      personName: syntheticName(1),
      period: older.request.period,
      consultedAt: older.consultedAt,
      environment: 'demo',
      dataFound: true,
    });
    expect(listing.inquiries[0]!.personName).toBeNull();
    expect(listing.damaged).toEqual([]);
    expect(await vault.open(older.id)).toEqual(older);
    await vault.close();

    // A fresh start reads the same from disk.
    const again = await open();
    expect((await again.list()).inquiries.map((s) => s.id)).toEqual([
      newest.id,
      newer.id,
      older.id,
    ]);
    expect(await again.open(newer.id)).toEqual(newer);
    await again.close();
  });

  it('replaces an inquiry saved again under the same id', async () => {
    const vault = await open();
    const inquiry = syntheticInquiry(5);
    await vault.save(inquiry);
    await vault.save({ ...inquiry, dataFound: false }, { personName: 'Bruno Zoltanik' });
    const listing = await vault.list();
    expect(listing.total).toBe(1);
    expect(listing.inquiries[0]!.personName).toBe('Bruno Zoltanik');
    expect((await vault.open(inquiry.id)).dataFound).toBe(false);
    expect(await inquiryFiles()).toHaveLength(1);
    await vault.close();
  });

  it('updates a saved inquiry in place, keeping the name it was saved with, across a reopening', async () => {
    const vault = await open();
    const inquiry = syntheticInquiry(7);
    await vault.save(inquiry, { personName: syntheticName(7) });
    const updated = await vault.update(inquiry.id, (saved) => ({
      ...saved,
      items: saved.items.slice(0, 1),
    }));
    expect(updated.items).toHaveLength(1);
    await vault.close();
    const reopened = await open();
    expect(await reopened.open(inquiry.id)).toEqual(updated);
    expect((await reopened.list({ search: syntheticName(7) })).inquiries.map((s) => s.id)).toEqual([
      inquiry.id,
    ]);
    await expect(reopened.update('no-such-id', (saved) => saved)).rejects.toBeInstanceOf(
      VaultNotFoundError,
    );
    // A change may not turn it into another inquiry.
    await expect(
      reopened.update(inquiry.id, (saved) => ({ ...saved, id: 'another' })),
    ).rejects.toThrow('id changed');
    expect(await reopened.open(inquiry.id)).toEqual(updated);
  });

  it('searches by NISS in any format, by partial digits, and by name regardless of case and accents', async () => {
    const vault = await open();
    for (let n = 0; n < 30; n++) {
      await vault.save(syntheticInquiry(n), { personName: syntheticName(n) });
    }
    const target = 17;
    const niss = syntheticNiss(target);
    const ids = async (search: string) => (await vault.list({ search })).inquiries.map((s) => s.id);

    expect(await ids(niss)).toEqual([`inq-${target}`]);
    expect(await ids(formatNissPartial(niss))).toEqual([`inq-${target}`]);
    expect(
      await ids(
        `${niss.slice(0, 2)} ${niss.slice(2, 4)} ${niss.slice(4, 6)} ${niss.slice(6, 9)} ${niss.slice(9)}`,
      ),
    ).toEqual([`inq-${target}`]);
    expect(await ids(niss.slice(3, 9))).toContain(`inq-${target}`);
    // Every match of a fragment really contains it.
    for (const summary of (await vault.list({ search: niss.slice(0, 4) })).inquiries) {
      expect(summary.finalNiss).toContain(niss.slice(0, 4));
    }

    // 'Gaëtan' (n % 8 == 6) among 'Lefébure' (n / 8 == 1): n = 14.
    expect(await ids('gaetan lefebure')).toEqual(['inq-14']);
    expect(await ids('LEFÉB')).toEqual([15, 14, 13, 12, 11, 10, 9, 8].map((n) => `inq-${n}`));
    expect(await ids('olcer')).toHaveLength(8);
    expect(await ids('nobody')).toEqual([]);
    expect((await vault.list({ search: '  ' })).total).toBe(30);
    const limited = await vault.list({ search: 'lefebure', limit: 3 });
    expect(limited.inquiries).toHaveLength(3);
    expect(limited.total).toBe(8);
    await vault.close();
  });

  it('finds an inquiry under its requested NISS when the answer replaced it', async () => {
    const vault = await open();
    const base = syntheticInquiry(40);
    const replaced = {
      ...base,
      request: { ...base.request, niss: syntheticNiss(41) },
      nissReplaced: true,
    };
    await vault.save(replaced);
    expect((await vault.list({ search: syntheticNiss(41) })).total).toBe(1);
    expect((await vault.list({ search: syntheticNiss(40) })).total).toBe(1);
    await vault.close();
  });

  it('removes one inquiry, then all of them, files included', async () => {
    const vault = await open();
    for (let n = 0; n < 4; n++) await vault.save(syntheticInquiry(n));
    expect(await vault.remove('inq-2')).toBe(true);
    expect(await vault.remove('inq-2')).toBe(false);
    await expect(vault.open('inq-2')).rejects.toBeInstanceOf(VaultNotFoundError);
    expect((await vault.list()).inquiries.map((s) => s.id)).toEqual(['inq-3', 'inq-1', 'inq-0']);
    expect(await inquiryFiles()).toHaveLength(3);
    await vault.close();

    const again = await open();
    expect((await again.list()).total).toBe(3);
    expect(await again.removeAll()).toBe(3);
    expect((await again.list()).total).toBe(0);
    expect(await inquiryFiles()).toEqual([]);
    await again.save(syntheticInquiry(9));
    await again.close();
    expect((await (await open()).list()).inquiries.map((s) => s.id)).toEqual(['inq-9']);
  });

  it('opens one inquiry without reading the index', async () => {
    const vault = await open();
    await vault.save(syntheticInquiry(1));
    await vault.close();
    await writeFile(join(vaultDir(), SNAPSHOT_FILE), 'garbage');
    await writeFile(join(vaultDir(), JOURNAL_FILE), 'garbage');
    const again = await open();
    expect((await again.open('inq-1')).id).toBe('inq-1');
    await again.close();
  });

  it('removes leftovers of interrupted writes at start', async () => {
    const vault = await open();
    await vault.save(syntheticInquiry(1));
    await vault.close();
    await writeFile(join(vaultDir(), 'inquiries', '.abc.inq.0123.tmp'), 'half');
    await writeFile(join(vaultDir(), '.index.snapshot.4567.tmp'), 'half');
    const again = await open();
    expect((await again.list()).damaged).toEqual([]);
    expect((await readdir(join(vaultDir(), 'inquiries'))).some((n) => n.endsWith('.tmp'))).toBe(
      false,
    );
    expect((await readdir(vaultDir())).some((n) => n.endsWith('.tmp'))).toBe(false);
    await again.close();
  });

  it('rejects an inquiry without an id or a consultation time', async () => {
    const vault = await open();
    await expect(vault.save({ ...syntheticInquiry(1), id: '' })).rejects.toThrow(/id/);
    await expect(vault.save({ ...syntheticInquiry(1), consultedAt: 'yesterday' })).rejects.toThrow(
      /consultedAt/,
    );
    await vault.close();
  });
});

describe('vault: damaged files', () => {
  it('names a damaged inquiry file, and the others still open', async () => {
    const vault = await open();
    for (let n = 0; n < 5; n++) await vault.save(syntheticInquiry(n));
    await vault.close();

    const names = await inquiryFiles();
    const victim = names[2]!;
    await flipByte(join(vaultDir(), 'inquiries', victim), (size) => size - 40);

    const again = await open();
    const outcomes = await Promise.allSettled([0, 1, 2, 3, 4].map((n) => again.open(`inq-${n}`)));
    const failed = outcomes.filter((o) => o.status === 'rejected');
    expect(failed).toHaveLength(1);
    const error = (failed[0] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(VaultDamagedError);
    expect((error as VaultDamagedError).file).toBe(`inquiries/${victim}`);

    const listing = await again.list();
    // Still listed (the index knows it), and reported by name with its id.
    expect(listing.total).toBe(5);
    const failedIndex = outcomes.findIndex((o) => o.status === 'rejected');
    expect(listing.damaged).toEqual([{ file: `inquiries/${victim}`, id: `inq-${failedIndex}` }]);
    await again.close();
  });

  it('finds damaged files with verify() before anyone opens them', async () => {
    const vault = await open();
    for (let n = 0; n < 3; n++) await vault.save(syntheticInquiry(n));
    const victim = (await inquiryFiles())[0]!;
    await flipByte(join(vaultDir(), 'inquiries', victim), () => 20);
    const damaged = await vault.verify();
    expect(damaged.map((d) => d.file)).toEqual([`inquiries/${victim}`]);
    expect((await vault.list()).damaged).toEqual(damaged);
    // The damaged file can be discarded; nothing else can be deleted this way.
    await expect(vault.removeDamaged('vault-key.json')).rejects.toThrow();
    await vault.removeDamaged(`inquiries/${victim}`);
    const listing = await vault.list();
    expect(listing.damaged).toEqual([]);
    expect(listing.total).toBe(2);
    await vault.close();
  });

  it('detects a file swapped for another inquiry file', async () => {
    const vault = await open();
    await vault.save(syntheticInquiry(1));
    await vault.save(syntheticInquiry(2));
    await vault.close();
    const [a, b] = await inquiryFiles();
    await writeFile(
      join(vaultDir(), 'inquiries', a!),
      await readFile(join(vaultDir(), 'inquiries', b!)),
    );
    const again = await open();
    const results = await Promise.allSettled([again.open('inq-1'), again.open('inq-2')]);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toEqual(
      expect.objectContaining({ file: `inquiries/${a}` }),
    );
    await again.close();
  });

  it('rebuilds a damaged index from the inquiry files, and says so', async () => {
    const vault = await open(3);
    for (let n = 0; n < 7; n++) {
      await vault.save(syntheticInquiry(n), { personName: syntheticName(n) });
    }
    await vault.close();
    await flipByte(join(vaultDir(), SNAPSHOT_FILE), (size) => Math.floor(size / 2));

    const again = await open();
    const listing = await again.list();
    expect(listing.indexRepaired).toBe(true);
    expect(listing.damaged).toEqual([]);
    expect(listing.inquiries.map((s) => s.id)).toEqual(
      [6, 5, 4, 3, 2, 1, 0].map((n) => `inq-${n}`),
    );
    expect(listing.inquiries[0]!.personName).toBe(syntheticName(6));
    await again.close();

    // The rebuilt index was written back: the next start is a normal one.
    const third = await open();
    expect((await third.list()).indexRepaired).toBe(false);
    await third.close();
  });

  it('skips a damaged journal frame and recovers its inquiry from the folder', async () => {
    const vault = await open(1000);
    for (let n = 0; n < 4; n++) await vault.save(syntheticInquiry(n));
    await vault.close();
    const journal = join(vaultDir(), JOURNAL_FILE);
    const lines = (await readFile(journal, 'utf8')).split('\n');
    lines[2] = lines[2]!.slice(0, 30) + (lines[2]![30] === 'A' ? 'B' : 'A') + lines[2]!.slice(31);
    await writeFile(journal, lines.join('\n'));
    const again = await open();
    expect((await again.list()).total).toBe(4);
    await again.close();
  });

  it('reports an unreadable file the index never knew', async () => {
    const vault = await open();
    await vault.save(syntheticInquiry(1));
    await vault.close();
    await writeFile(join(vaultDir(), 'inquiries', `${'ab'.repeat(16)}.inq`), 'not a record');
    const again = await open();
    const listing = await again.list();
    expect(listing.total).toBe(1);
    expect(listing.damaged).toEqual([{ file: `inquiries/${'ab'.repeat(16)}.inq`, id: null }]);
    await again.close();
  });
});

describe('vault: key', () => {
  it('refuses a vault whose key is gone, rather than starting a new one over the data', async () => {
    const vault = await open();
    await vault.save(syntheticInquiry(1));
    await vault.close();
    const { rm } = await import('node:fs/promises');
    await rm(join(vaultDir(), 'vault-key.json'));
    await expect(open()).rejects.toMatchObject({ code: 'VAULT_LOCKED', reason: 'key-missing' });
  });

  it('refuses a vault created by another kind of box', async () => {
    const vault = await open();
    await vault.close();
    const osBox = {
      kind: 'os' as const,
      backend: 'dpapi',
      wrap: (k: Buffer) => k,
      unwrap: (b: Buffer) => b,
    };
    const error = await createVault({ dataDir: dirs.dataDir, secretBox: osBox }).catch((e) => e);
    expect(error).toBeInstanceOf(VaultLockedError);
    expect(error).toMatchObject({ reason: 'box-changed' });
  });

  it('refuses a box that unwraps to the wrong key', async () => {
    const box = {
      kind: 'os' as const,
      backend: 'dpapi',
      wrap: (k: Buffer) => Buffer.from(k),
      unwrap: (b: Buffer) => b,
    };
    await (await createVault({ dataDir: dirs.dataDir, secretBox: box })).close();
    const liar = { ...box, unwrap: () => Buffer.alloc(32, 7) };
    await expect(createVault({ dataDir: dirs.dataDir, secretBox: liar })).rejects.toMatchObject({
      reason: 'key-unreadable',
    });
  });

  it('says which box protects it', async () => {
    const vault = await open();
    expect(vault.protection).toEqual({ kind: 'key-file', backend: 'key-file' });
    await vault.close();
  });
});
