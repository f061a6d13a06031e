// The assembled main process (browser-host flavour) against the demo simulator: every successful
// inquiry is saved, every BCSS call audited, and without a vault no call is made.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskHandlers } from '../shared/api/contract';
import { DeskFailure } from '../shared/api/errors';
import { DEMO_PERSONAS } from '../simulator/personas';
import { composeDesk } from './compose';
import { createConfStore } from './settings/conf-store';
import { createKeyFileBox, VaultLockedError } from './vault';

const PKI_DIR = join(tmpdir(), `inquiry-desk-inquiry-test-pki-${process.getuid?.() ?? 0}`);
const niss = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!.niss;
const opened: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((desk) => desk.close()));
});

function desk(secretBox?: () => never) {
  const dataDir = mkdtempSync(join(tmpdir(), 'inquiry-desk-compose-'));
  const composed = composeDesk({
    host: 'browser',
    dataDir,
    preferencesStore: createConfStore(dataDir),
    secretBox: secretBox ?? (() => createKeyFileBox({ path: join(dataDir, 'keys', 'vault.key') })),
    env: { INQUIRY_DESK_DEMO_PKI_DIR: PKI_DIR },
  });
  opened.push(composed);
  return composed.handlers as Required<DeskHandlers>;
}

const run = async (handlers: DeskHandlers, key: string, personName?: string) =>
  handlers.runInquiry({
    requestId: randomUUID(),
    niss: niss(key),
    period: { from: '2000-01-01', to: '2026-12-31' },
    personName,
  });

describe('composed desk', () => {
  it('saves every successful inquiry and audits every call, failures included', async () => {
    const handlers = desk();
    const inquiry = await run(handlers, 'belgian-ris', 'LEJEUNE Martine');
    await expect(run(handlers, 'not-integrated')).rejects.toBeInstanceOf(DeskFailure);

    const listing = await handlers.listSavedInquiries({ search: 'lejeune' });
    expect(listing.inquiries.map((i) => i.id)).toEqual([inquiry.id]);
    expect(listing.protection.kind).toBe('key-file');
    expect(await handlers.openSavedInquiry({ id: inquiry.id })).toEqual(inquiry);

    const today = new Date().toLocaleDateString('sv-SE');
    const audit = await handlers.exportAudit({ from: today, to: today, language: 'fr' });
    expect(audit.rows).toBe(2);
    expect(audit.csv.startsWith('\uFEFF')).toBe(true);
    expect(audit.csv).toContain('MSG00012');
    expect(audit.csv).toContain(inquiry.calls[0]!.ticketCBSS!);
  }, 60_000);

  it('refuses to run an inquiry when the vault cannot open, and says why', async () => {
    const handlers = desk(() => {
      throw new VaultLockedError('insecure-backend');
    });
    const error = await run(handlers, 'belgian-ris').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeskFailure);
    expect((error as DeskFailure).error).toMatchObject({
      code: 'VAULT_LOCKED',
      details: { reason: 'insecure-backend' },
    });
    await expect(handlers.listSavedInquiries({})).rejects.toMatchObject({
      error: { code: 'VAULT_LOCKED' },
    });
  }, 60_000);
});
