// The record of the CPAS's repertory as the app's own ManageAccess answers gave it: each answer replaces the lines it
// speaks for, per environment, sealed in the vault; and through the assembled desk, a person registered there who
// appears in a blocking list gets a badge without any saved inquiry, and loses it once the registration is removed.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccessResult, RegistrationLine } from '../../shared/contract/person-services';
import { createVault, createVaultAccess, type Vault } from '../vault';
import { createRepertoryRecord, type RepertoryRecord } from './repertory-record';
import { tempVaultDirs } from '../../test-support/vault-dirs';
import { composeTestDesk } from '../../test-support/desk';
import { demoListFiles, demoPersona } from '../../test-support/lists';

const NISS = '90020815734';
const line = (purpose: number, from: string, to: string | null, register = 'SECONDARY') =>
  ({
    purpose,
    purposeLabels: { fr: '', nl: '', de: '' },
    from,
    to,
    register,
    orgUnit: '0207777760',
  }) as RegistrationLine;
const answer = (lines: RegistrationLine[], ssin = NISS): AccessResult => ({
  ticketCBSS: null,
  ssin,
  replacedBy: null,
  lines,
});

describe('the repertory record', () => {
  let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
  let vault: Vault;
  let record: RepertoryRecord;
  beforeEach(async () => {
    dirs = await tempVaultDirs();
    vault = await createVault({ dataDir: dirs.dataDir, secretBox: dirs.box });
    record = createRepertoryRecord(createVaultAccess(Promise.resolve(vault)));
  });
  afterEach(async () => {
    await vault.close();
    await dirs.cleanup();
  });

  it('a registration puts the person in, the removal of its code takes them out, the other codes stay', async () => {
    await record.learn('demo', { purpose: 1 }, answer([line(1, '2026-01-01', null)]));
    await record.learn('demo', { purpose: 2 }, answer([line(2, '2026-01-01', '2026-12-31')]));
    expect(await record.current('demo', '2026-12-07')).toEqual(new Set([NISS]));
    await record.learn('demo', { purpose: 1 }, answer([]));
    expect(await record.current('demo', '2026-12-07')).toEqual(new Set([NISS]));
    // Its only line left has ended by then.
    expect(await record.current('demo', '2027-01-01')).toEqual(new Set());
    await record.learn('demo', { purpose: 2 }, answer([]));
    expect(await record.current('demo', '2026-12-07')).toEqual(new Set());
  });

  it('a list of all registers replaces what was known; a list of one register only that one', async () => {
    await record.learn(
      'demo',
      { register: 'ALL' },
      answer([line(1, '2026-01-01', null, 'PRIMARY')]),
    );
    await record.learn('demo', { register: 'SECONDARY' }, answer([]));
    expect(await record.current('demo', '2026-12-07')).toEqual(new Set([NISS]));
    await record.learn('demo', { register: 'ALL' }, answer([]));
    expect(await record.current('demo', '2026-12-07')).toEqual(new Set());
  });

  it('is per environment, survives a restart, and keeps no NISS in clear', async () => {
    await record.learn('demo', { purpose: 1 }, answer([line(1, '2026-01-01', null)]));
    expect(await record.current('acceptance', '2026-12-07')).toEqual(new Set());
    await vault.close();
    vault = await createVault({ dataDir: dirs.dataDir, secretBox: dirs.box });
    const reopened = createRepertoryRecord(createVaultAccess(Promise.resolve(vault)));
    expect(await reopened.current('demo', '2026-12-07')).toEqual(new Set([NISS]));
    const area = join(dirs.dataDir, 'vault', 'repertory');
    for (const name of await readdir(area))
      expect(await readFile(join(area, name), 'latin1')).not.toContain(NISS);
  });

  it('a person whose registrations have all ended is dropped from the record at its next change', async () => {
    let today = new Date('2026-12-07T10:00:00');
    const dated = createRepertoryRecord(createVaultAccess(Promise.resolve(vault)), () => today);
    await dated.learn('demo', { purpose: 1 }, answer([line(1, '2026-01-01', '2026-12-31')]));
    today = new Date('2027-02-01T10:00:00');
    await dated.learn('demo', { purpose: 1 }, answer([line(1, '2026-01-01', null)], '85073100145'));
    const area = await vault.area('repertory');
    const kept = area.unsealJson(await readFile(join(area.dir, 'record.bin')), 'record.bin');
    expect(Object.keys((kept as { demo: object }).demo)).toEqual(['85073100145']);
  });

  it('two answers at once both count', async () => {
    await Promise.all([
      record.learn('demo', { purpose: 1 }, answer([line(1, '2026-01-01', null)])),
      record.learn('demo', { purpose: 1 }, answer([line(1, '2026-01-01', null)], '85073100145')),
    ]);
    expect(await record.current('demo', '2026-12-07')).toEqual(new Set([NISS, '85073100145']));
  });
});

describe('through the desk (demo environment)', () => {
  const composed = composeTestDesk();
  const desk = composed.handlers;
  afterAll(() => composed.close());

  it('a person registered in the repertory and blocked in a list has a badge, none once removed', async () => {
    const blocked = demoPersona('overlap-blocked');
    const files = demoListFiles(new Date()).filter((file) => file.kind === 'blocking');
    await desk.importListFiles({
      files: files.map((file) => ({
        name: file.name,
        contentBase64: Buffer.from(file.content).toString('base64'),
      })),
    });
    // No saved inquiry of the person: nothing to follow yet.
    expect((await desk.getListFollowUps(undefined)).map((f) => f.niss)).not.toContain(blocked.niss);

    await desk.registerPerson({
      niss: blocked.niss,
      purpose: 1,
      period: { from: '2026-01-01', to: null },
    });
    expect(await desk.getListFollowUps(undefined)).toContainEqual(
      expect.objectContaining({
        niss: blocked.niss,
        savedInquiryId: null,
        inRepertory: true,
        event: expect.objectContaining({ kind: 'blocking', action: 'BLOCK' }),
      }),
    );

    const left = await desk.unregisterPerson({ niss: blocked.niss, purpose: 1 });
    expect(left.lines.filter((l) => l.purpose === 1)).toEqual([]);
    const listed = await desk.listRegistrations({ niss: blocked.niss, register: 'ALL' });
    expect(listed.lines).toEqual([]);
    expect((await desk.getListFollowUps(undefined)).map((f) => f.niss)).not.toContain(blocked.niss);
  }, 60_000);
});
