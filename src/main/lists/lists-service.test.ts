// The lists service end to end against the simulator's list server: fetch over FTPS and SFTP, the host key pinned on
// first use, the same import for files and folders, every fetch and import audited, badges, events and totals.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeskFailure } from '../../shared/contract/errors';
import { createVault, createVaultAccess, type AuditEntryInput, type Vault } from '../vault';
import { createListsService, type ListsService } from './lists-service';
import { listQuerySchema } from '../../shared/contract/lists';
import { tempVaultDirs } from '../../test-support/vault-dirs';
import { memoryKeyValueStore, memorySecretStore } from '../../test-support/memory-stores';
import { testPki, type DemoPki } from '../../test-support/simulator';
import { inquiry } from '../../test-support/builders';
import {
  demoListFiles,
  demoPersona,
  startListServers,
  type ListServers,
} from '../../test-support/lists';

const TODAY = new Date('2026-12-07T09:00:00');
const FILES = demoListFiles(TODAY);
let servers: ListServers;
let pki: DemoPki;
let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
let vault: Vault;
let audited: Omit<AuditEntryInput, 'investigator'>[];
let clock: Date;
let lists: ListsService;
let preferences: ReturnType<typeof memoryKeyValueStore>;

beforeAll(async () => {
  pki = await testPki();
  servers = await startListServers({ pki, files: () => FILES });
});
afterAll(async () => {
  await servers?.close();
});

beforeEach(async () => {
  dirs = await tempVaultDirs();
  vault = await createVault({ dataDir: dirs.dataDir, secretBox: dirs.box });
  audited = [];
  clock = new Date('2026-12-07T10:00:00Z');
  preferences = memoryKeyValueStore();
  lists = createListsService({
    withVault: createVaultAccess(Promise.resolve(vault)),
    preferences,
    secrets: memorySecretStore(),
    environment: () => 'demo',
    demoListServer: async () => ({ ...servers, caPem: pki.caCertPem }),
    audit: async (entry) => void audited.push(entry),
    now: () => clock,
    timeoutMs: 5000,
  });
});
afterEach(async () => {
  servers.setFaults([]);
  await vault.close();
  await dirs.cleanup();
});

const query = (input: Parameters<typeof listQuerySchema.parse>[0]) =>
  lists.query(listQuerySchema.parse(input));

async function deskError(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (error instanceof DeskFailure) return error.error;
    throw error;
  }
  throw new Error('no failure');
}

describe('fetching from the demo list server', () => {
  it('FTPS: imports every file once; the next fetch imports nothing twice; both are audited', async () => {
    await lists.useDemoServer('ftps');
    const first = await lists.fetch();
    expect(first.imported.map((f) => f.name).sort()).toEqual(FILES.map((f) => f.name).sort());
    expect(first.refused).toEqual([]);
    const second = await lists.fetch();
    expect(second.imported).toEqual([]);
    expect(second.already).toHaveLength(FILES.length);
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({
      action: 'lists-fetch',
      service: 'Nova+',
      environment: 'demo',
      niss: '',
    });
    const blocking = first.imported.find((f) => f.name.includes('BLOCKING_0207777760_20261207'))!;
    expect(audited[0]!.outcome).toContain(`${blocking.name}: ${blocking.rows}`);
    const status = await lists.status();
    expect(status.lastFetchAt).toBe(clock.toISOString());
    expect(status.files).toHaveLength(FILES.length);
    // The password is in the secret store, never in what the renderer receives.
    expect(status.server).toMatchObject({ protocol: 'ftps', passwordSet: true, demo: true });
    expect(JSON.stringify(status)).not.toContain(servers.password);
  });

  it('SFTP: the unknown host key is refused with its fingerprint; once confirmed, the fetch goes through', async () => {
    await lists.useDemoServer('sftp');
    const refused = await deskError(() => lists.fetch());
    expect(refused).toMatchObject({
      code: 'LISTS_SERVER',
      messageKey: 'lists.errors.server.host-key-unconfirmed',
      details: { failure: 'host-key-unconfirmed', fingerprint: servers.sftp.hostKeyFingerprint },
    });
    await lists.confirmHostKey(servers.sftp.hostKeyFingerprint);
    expect((await lists.status()).server?.hostKeyFingerprint).toBe(servers.sftp.hostKeyFingerprint);
    expect((await lists.fetch()).imported).toHaveLength(FILES.length);
    expect(audited.map((entry) => entry.outcome)).toEqual([
      expect.stringContaining('failed: host-key-unconfirmed'),
      expect.stringContaining('NOVA_'),
    ]);
  });

  it('each bad server state is its own message', async () => {
    const base = {
      protocol: 'ftps' as const,
      host: servers.ftps.host,
      port: servers.ftps.port,
      directory: servers.directory,
      user: servers.user,
      caPem: pki.caCertPem,
    };
    await lists.saveServer({ ...base, password: 'wrong' });
    expect((await deskError(() => lists.fetch())).messageKey).toBe(
      'lists.errors.server.credentials',
    );
    await lists.saveServer({ ...base, password: servers.password, directory: '/nova/none' });
    expect(await deskError(() => lists.fetch())).toMatchObject({
      messageKey: 'lists.errors.server.directory-missing',
      details: { directory: '/nova/none' },
    });
    await lists.saveServer({ ...base, port: 1 });
    expect((await deskError(() => lists.fetch())).messageKey).toBe(
      'lists.errors.server.unreachable',
    );
    await lists.saveServer({ ...base });
    servers.setFaults([{ kind: 'vanish', match: 'REJECTION' }]);
    expect(await deskError(() => lists.fetch())).toMatchObject({
      messageKey: 'lists.errors.server.file-vanished',
      details: { file: expect.stringContaining('REJECTION') },
    });
    servers.setFaults([{ kind: 'disconnect', match: 'STATUS' }]);
    expect((await deskError(() => lists.fetch())).messageKey).toBe(
      'lists.errors.server.transfer-interrupted',
    );
    // What came in before the failure stays imported, whole; nothing is half there.
    servers.setFaults([]);
    const rest = await lists.fetch();
    expect(rest.imported.length + rest.already.length).toBe(FILES.length);
  });

  it('a truncated, malformed or schema-invalid file is refused whole with its name, line and reason; the others import', async () => {
    await lists.useDemoServer('ftps');
    servers.setFaults([
      { kind: 'truncate', match: 'STATEMENT_0207777760_202611' },
      { kind: 'malformed', match: 'STATUS_0207777760_20261207' },
      { kind: 'invalid-row', match: 'BLOCKING_0207777760_20261207' },
    ]);
    const outcome = await lists.fetch();
    expect(outcome.refused.map((r) => [r.file.slice(5, 24), r.reason]).sort()).toEqual([
      ['BLOCKING_0207777760', 'invalid-value'],
      ['STATEMENT_020777776', 'truncated'],
      ['STATUS_0207777760_2', 'malformed'],
    ]);
    for (const refusal of outcome.refused) expect(refusal.line).toBeGreaterThan(0);
    expect(outcome.imported).toHaveLength(FILES.length - 3);
    // Served whole again, they import at the next fetch.
    servers.setFaults([]);
    expect((await lists.fetch()).imported).toHaveLength(3);
  });

  it('fetches at start only when the last fetch is more than a day old', async () => {
    expect(await lists.autoFetch()).toBe('not-configured');
    await lists.useDemoServer('ftps');
    expect(await lists.autoFetch()).toBe('fetched');
    clock = new Date(clock.getTime() + 23 * 3600_000);
    expect(await lists.autoFetch()).toBe('not-due');
    clock = new Date(clock.getTime() + 2 * 3600_000);
    expect(await lists.autoFetch()).toBe('fetched');
    expect(audited).toHaveLength(2);
  });
});

describe('importing files and folders (the same import)', () => {
  it('a folder: each list file once, audited; the same files fetched later are already there', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'lists-folder-'));
    for (const file of FILES) await writeFile(join(folder, file.name), file.content);
    await writeFile(join(folder, 'readme.txt'), 'not a list');
    const outcome = await lists.importFolder(folder);
    expect(outcome.imported).toHaveLength(FILES.length);
    expect(audited[0]).toMatchObject({ action: 'lists-import' });
    expect((await lists.importFolder(folder)).already).toHaveLength(FILES.length);
    await lists.useDemoServer('ftps');
    expect((await lists.fetch()).imported).toEqual([]);
    expect(await deskError(() => lists.importFolder(join(folder, 'none')))).toMatchObject({
      messageKey: 'lists.errors.folderMissing',
    });
  });

  it('files sent by the renderer', async () => {
    const file = FILES[0]!;
    const outcome = await lists.importFiles([
      {
        name: `C:\\Users\\x\\${file.name}`,
        contentBase64: Buffer.from(file.content).toString('base64'),
      },
    ]);
    expect(outcome.imported.map((f) => f.name)).toEqual([file.name]);
  });
});

describe('what the screens ask', () => {
  beforeEach(async () => {
    await lists.useDemoServer('ftps');
    await lists.fetch();
  });

  it('a followed person (a saved inquiry) blocked today has a badge naming the other CPAS', async () => {
    const blocked = demoPersona('overlap-blocked');
    await vault.save(inquiry([], { id: 'saved-claes', niss: blocked.niss }), {
      personName: 'Claes Jonathan',
    });
    const followUps = await lists.followUps();
    expect(followUps).toEqual([
      {
        niss: blocked.niss,
        personName: 'Claes Jonathan',
        savedInquiryId: 'saved-claes',
        inRepertory: false,
        event: expect.objectContaining({
          kind: 'blocking',
          action: 'BLOCK',
          date: '2026-12-07',
          reason: 'OVERLAP',
          otherCpasName: 'CPAS de Bruxelles',
        }),
      },
    ]);
    expect(
      await lists.events({ niss: blocked.niss, from: '2026-01-01', to: '2026-12-31' }),
    ).toHaveLength(1);
    expect(
      await lists.events({ niss: blocked.niss, from: '2026-01-01', to: '2026-12-06' }),
    ).toEqual([]);
  });

  it('statement totals: twelve months, due and recovered, and per legal basis', async () => {
    const totals = await lists.statementTotals();
    expect(totals.months.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    const page = await query({ kind: 'statement', limit: 500, from: '2026-11', to: '2026-11' });
    const due = page.rows.reduce(
      (sum, row) => sum + (row.kind === 'statement' ? row.dueCents : 0),
      0,
    );
    expect(totals.months.at(-1)?.dueCents).toBe(due);
    expect(due).toBeGreaterThan(0);
    expect(totals.months.at(-1)?.recoveredCents).toBeGreaterThan(0);
    const november = totals.byBasis.filter((b) => b.month === '2026-11');
    expect(november.reduce((sum, b) => sum + b.dueCents, 0)).toBe(due);
  });

  it('rejections: the month and its code frequencies, most frequent first', async () => {
    const totals = await lists.rejectionTotals();
    expect(totals.months).toEqual(['2026-11']);
    const page = await query({ kind: 'rejection', limit: 500 });
    const counted = new Map<string, number>();
    for (const row of page.rows)
      if (row.kind === 'rejection')
        for (const code of row.codes) counted.set(code, (counted.get(code) ?? 0) + 1);
    expect(totals.frequencies).toEqual(
      [...counted]
        .map(([code, count]) => ({ code, count }))
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    );
    expect(totals.frequencies[0]?.count).toBeGreaterThan(1);
    expect(totals.frequencies.map((f) => f.code)).toContain('E999');
  });

  it('a page sorted and filtered', async () => {
    const all = await query({ kind: 'blocking', sort: 'date', descending: false });
    expect(all.rows.map((r) => (r.kind === 'blocking' ? r.date : ''))).toEqual(
      [...all.rows.map((r) => (r.kind === 'blocking' ? r.date : ''))].sort(),
    );
    const blocked = demoPersona('overlap-blocked');
    const found = await query({
      kind: 'blocking',
      text: blocked.niss.slice(0, 6) + '.' + blocked.niss.slice(6),
    });
    expect(found.rows.every((r) => r.kind === 'blocking' && r.niss === blocked.niss)).toBe(true);
    expect(found.total).toBe(1);
    expect(
      (await query({ kind: 'status', legalBasis: 'ORGANIC' })).rows.every(
        (r) => r.kind === 'status' && r.legalBasis === 'ORGANIC',
      ),
    ).toBe(true);
  });
});
