// The certificate store: import, replace, remove; nothing written by a refused import; nothing secret in what
// screens receive.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CBE, ensureDemoPki, type DemoPki } from '../../test-support/simulator';
import { createCertificateStore } from './certificate-store';
import { SECRET_NAMES } from './secret-store';
import { memorySecretStore } from '../../test-support/memory-stores';
import {
  certificatePem,
  identityPkcs12,
  pkcs12,
  selfSignedIdentity,
} from '../../test-support/pkcs12-fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;

let dir: string;
let pki: DemoPki;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-cert-store-'));
  pki = await ensureDemoPki(dir);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setup(options: { organisationCbe?: string | null; now?: () => Date } = {}) {
  const secrets = memorySecretStore();
  let organisationCbe = options.organisationCbe === undefined ? DEMO_CBE : options.organisationCbe;
  const store = createCertificateStore({
    secrets,
    organisationCbe: () => organisationCbe,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    secrets,
    store,
    setOrganisationCbe: (cbe: string | null) => (organisationCbe = cbe),
  };
}

const demoFile = () => ({ pkcs12: pki.client.pfx, passphrase: pki.client.passphrase });

/** Every way a secret could leak into what an API returns: the passphrase, PEM, the file in base64 or hex. */
function expectNoSecrets(value: unknown, pfx: Buffer, passphrase: string) {
  const json = JSON.stringify(value);
  expect(json).not.toContain(passphrase);
  expect(json).not.toMatch(/-----BEGIN/);
  expect(json).not.toMatch(/[A-Za-z0-9+/]{40,}={0,2}/);
  expect(json).not.toMatch(/[0-9a-fA-F]{64,}/);
  const base64 = pfx.toString('base64');
  for (let at = 0; at + 24 <= base64.length; at += 24) {
    expect(json).not.toContain(base64.slice(at, at + 24));
  }
}

describe('certificate store', () => {
  it('imports a certificate and tells what it is: subject, issuer, serial, validity, days left', async () => {
    const { store, secrets } = setup();
    const outcome = await store.import('test', demoFile());
    expect(outcome.ok).toBe(true);
    const status = await store.status('test');
    expect(status).toMatchObject({
      state: 'present',
      certificate: {
        commonName: 'CPAS de Demoville (demo client certificate)',
        issuer: expect.stringContaining('Inquiry Desk Demo BCSS CA'),
        serialNumber: expect.stringMatching(/^[0-9A-F]+$/),
        validity: 'valid',
        daysLeft: expect.any(Number),
        expiryWarning: false,
        cbe: DEMO_CBE,
        cbeMatchesOrganisation: true,
        importedAt: expect.any(String),
      },
    });
    expect([...secrets.entries.keys()]).toEqual([SECRET_NAMES.certificate('test')]);
    const certificate = await store.clientCertificate('test');
    expect(certificate?.pfx.equals(pki.client.pfx)).toBe(true);
    expect(certificate?.passphrase).toBe(pki.client.passphrase);
    // The same buffer each time: the transport caches its check of a certificate by buffer.
    expect(await store.clientCertificate('test')).toBe(certificate);
  });

  it('keeps one certificate per environment', async () => {
    const { store } = setup();
    await store.import('acceptance', demoFile());
    expect((await store.status('acceptance')).state).toBe('present');
    expect((await store.status('production')).state).toBe('none');
    expect(await store.clientCertificate('production')).toBeNull();
  });

  it('changes nothing already stored when an import is refused, whatever the reason', async () => {
    const { store, secrets } = setup();
    await store.import('production', demoFile());
    const before = secrets.snapshot();
    const statusBefore = await store.status('production');
    const fixture = selfSignedIdentity({ cbe: DEMO_CBE });
    const future = selfSignedIdentity({
      cbe: DEMO_CBE,
      notBefore: new Date(Date.now() + 5 * DAY_MS),
      notAfter: new Date(Date.now() + 500 * DAY_MS),
    });
    const bad = [
      { reason: 'empty-file', pkcs12: Buffer.alloc(0), passphrase: 'x' },
      { reason: 'not-pkcs12', pkcs12: Buffer.from('garbage, not DER at all'), passphrase: 'x' },
      { reason: 'not-pkcs12', pkcs12: Buffer.from(certificatePem(fixture)), passphrase: 'x' },
      { reason: 'wrong-passphrase', pkcs12: pki.client.pfx, passphrase: 'nope' },
      { reason: 'no-private-key', pkcs12: pkcs12(null, [fixture.cert], 'p'), passphrase: 'p' },
      { reason: 'no-certificate', pkcs12: pkcs12(fixture.key, null, 'p'), passphrase: 'p' },
      { reason: 'expired', pkcs12: pki.expiredClient.pfx, passphrase: pki.passphrase },
      { reason: 'not-yet-valid', pkcs12: identityPkcs12(future, 'p'), passphrase: 'p' },
      { reason: 'cbe-mismatch', pkcs12: pki.otherCbeClient.pfx, passphrase: pki.passphrase },
    ];
    for (const file of bad) {
      const outcome = await store.import('production', file);
      expect(outcome.ok ? 'ok' : outcome.reason).toBe(file.reason);
      expect(secrets.snapshot()).toEqual(before);
      expect(await store.status('production')).toEqual(statusBefore);
      expect((await store.clientCertificate('production'))?.pfx.equals(pki.client.pfx)).toBe(true);
    }
  });

  it('describes a refused certificate it could read (when it expired), without its secrets', async () => {
    const { store } = setup();
    const outcome = await store.import('test', {
      pkcs12: pki.expiredClient.pfx,
      passphrase: pki.passphrase,
    });
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'expired',
      certificate: { validity: 'expired', daysLeft: 0, expiryWarning: true },
    });
    expectNoSecrets(outcome, pki.expiredClient.pfx, pki.passphrase);
  });

  it('keeps the stored certificate when writing the replacement fails', async () => {
    const { store, secrets } = setup();
    await store.import('test', demoFile());
    const before = secrets.snapshot();
    secrets.failNextPut();
    const replacement = selfSignedIdentity({ cbe: DEMO_CBE });
    await expect(
      store.import('test', { pkcs12: identityPkcs12(replacement, 'p'), passphrase: 'p' }),
    ).rejects.toThrow('disk full');
    expect(secrets.snapshot()).toEqual(before);
    expect((await store.clientCertificate('test'))?.pfx.equals(pki.client.pfx)).toBe(true);
  });

  it('replaces and removes', async () => {
    const { store } = setup();
    await store.import('test', demoFile());
    const first = await store.status('test');
    const replacement = selfSignedIdentity({ cbe: DEMO_CBE, commonName: 'replacement (test)' });
    const outcome = await store.import('test', {
      pkcs12: identityPkcs12(replacement, 'new passphrase'),
      passphrase: 'new passphrase',
    });
    expect(outcome).toMatchObject({ ok: true, certificate: { commonName: 'replacement (test)' } });
    const second = await store.status('test');
    expect(second.state === 'present' && second.certificate.serialNumber).not.toBe(
      first.state === 'present' && first.certificate.serialNumber,
    );
    expect((await store.clientCertificate('test'))?.passphrase).toBe('new passphrase');

    await store.remove('test');
    expect(await store.status('test')).toEqual({ state: 'none' });
    expect(await store.clientCertificate('test')).toBeNull();
  });

  it('reads the stored certificate back after a restart (a new store on the same secrets)', async () => {
    const { secrets, store } = setup();
    await store.import('test', demoFile());
    const again = createCertificateStore({ secrets, organisationCbe: () => DEMO_CBE });
    expect(await again.status('test')).toEqual(await store.status('test'));
    expect((await again.clientCertificate('test'))?.pfx.equals(pki.client.pfx)).toBe(true);
  });

  it('says when a stored entry no longer opens', async () => {
    const { secrets } = setup();
    await secrets.put(SECRET_NAMES.certificate('test'), Buffer.from('{"format":1,"pfx":"AAAA"}'));
    const store = createCertificateStore({ secrets, organisationCbe: () => null });
    expect(await store.status('test')).toEqual({ state: 'unreadable' });
    expect(await store.clientCertificate('test')).toBeNull();
  });

  it('warns from 30 days before expiry, and notices an organisation CBE changed since the import', async () => {
    const check = createCertificateStore({
      secrets: memorySecretStore(),
      organisationCbe: () => null,
    });
    await check.import('test', demoFile());
    const status = await check.status('test');
    if (status.state !== 'present') throw new Error('not imported');
    const validTo = new Date(status.certificate.validTo);

    let now = new Date(validTo.getTime() - 31 * DAY_MS);
    const { store, setOrganisationCbe } = setup({ now: () => now });
    await store.import('test', demoFile());
    expect(await store.status('test')).toMatchObject({
      certificate: { daysLeft: 31, expiryWarning: false },
    });
    now = new Date(validTo.getTime() - 10 * DAY_MS);
    expect(await store.status('test')).toMatchObject({
      certificate: { daysLeft: 10, expiryWarning: true, cbeMatchesOrganisation: true },
    });
    setOrganisationCbe('0209999951');
    expect(await store.status('test')).toMatchObject({
      certificate: { cbeMatchesOrganisation: false },
    });
  });

  it('returns nothing secret to a screen: no passphrase, no PEM, no PKCS#12 bytes, no base64 blob', async () => {
    const { store } = setup();
    const answers = [
      await store.import('test', demoFile()),
      await store.status('test'),
      await store.import('test', { pkcs12: pki.client.pfx, passphrase: 'wrong' }),
      await store.import('acceptance', {
        pkcs12: pki.otherCbeClient.pfx,
        passphrase: pki.passphrase,
      }),
    ];
    // As an API would send them: through JSON (the browser host) or structured clone (Electron IPC).
    expectNoSecrets(answers, pki.client.pfx, pki.client.passphrase);
    expectNoSecrets(structuredClone(answers), pki.otherCbeClient.pfx, pki.passphrase);
  });
});
