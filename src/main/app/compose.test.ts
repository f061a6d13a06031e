// The assembled main process (browser-host flavour) against the demo simulator: every successful
// inquiry is saved, every BCSS call audited, and without a vault no call is made.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskHandlers } from '../../shared/contract/contract';
import { DeskFailure } from '../../shared/contract/errors';
import { DEMO_PERSONAS } from '../../test-support/simulator';
import { VaultLockedError } from '../vault';
import { composeTestDesk } from '../../test-support/desk';

const niss = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!.niss;
const opened: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((desk) => desk.close()));
});

function desk(secretBox?: () => never) {
  const composed = composeTestDesk({ secretBox });
  opened.push(composed);
  return composed.handlers;
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

  it('exports and prints a saved inquiry by its id, each audited after its BCSS call', async () => {
    const handlers = desk();
    const inquiry = await run(handlers, 'belgian-ris');

    const csv = await handlers.exportInquiry({ id: inquiry.id, format: 'csv' });
    expect(csv).toMatchObject({ kind: 'download', mimeType: 'text/csv; charset=utf-8' });
    const text = Buffer.from((csv as { base64: string }).base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    // No CPAS configured yet: the report says so rather than printing an empty name.
    const pdf = await handlers.exportInquiry({ id: inquiry.id, format: 'pdf' });
    expect(Buffer.from((pdf as { base64: string }).base64, 'base64').toString('latin1')).toMatch(
      /^%PDF-1\.\d/,
    );
    const printing = await handlers.printInquiry({ id: inquiry.id });
    expect(printing).toMatchObject({
      kind: 'open',
      path: expect.stringMatching(/^\/report-print\//),
    });

    const today = new Date().toLocaleDateString('sv-SE');
    const audit = await handlers.exportAudit({ from: today, to: today, language: 'fr' });
    const rows = audit.csv.slice(1).split('\r\n').filter(Boolean).slice(1);
    expect(rows.map((row) => row.split(';')[9])).toEqual([
      'Appel BCSS',
      'Export CSV',
      'Export PDF',
      'Impression',
    ]);
    // Each export names the consultation it came from.
    for (const row of rows) expect(row).toContain(inquiry.calls[0]!.ticketCBSS!);
    expect(rows.slice(1).map((row) => row.split(';')[7])).toEqual([
      'downloaded',
      'downloaded',
      'opened',
    ]);
  }, 60_000);

  it('answers NOT_FOUND for an export of an inquiry the vault does not hold', async () => {
    const handlers = desk();
    await expect(
      handlers.exportInquiry({ id: 'no-such-inquiry', format: 'pdf' }),
    ).rejects.toMatchObject({ error: { code: 'NOT_FOUND', messageKey: 'vault.error.notFound' } });
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
