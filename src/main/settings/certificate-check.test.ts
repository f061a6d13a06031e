// The checks of a PKCS#12 file before import: one typed reason per way a file can be unusable.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CBE, ensureDemoPki, OTHER_CBE, type DemoPki } from '../../test-support/simulator';
import {
  checkPkcs12,
  daysLeft,
  expiryWarning,
  summariseCertificate,
  type CertificateCheck,
} from './certificate-check';
import {
  certificatePem,
  identityPkcs12,
  legacyRc2Pkcs12,
  pkcs12,
  selfSignedIdentity,
  type Identity,
} from '../../test-support/pkcs12-fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;
const PASSPHRASE = 'fixture-passphrase';

let dir: string;
let pki: DemoPki;
let identity: Identity;
let other: Identity;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-cert-check-'));
  pki = await ensureDemoPki(dir);
  identity = selfSignedIdentity({ cbe: DEMO_CBE });
  other = selfSignedIdentity();
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function reason(check: CertificateCheck) {
  return check.ok ? 'ok' : check.reason;
}

describe('PKCS#12 check', () => {
  it('accepts the demo client certificate and reads its CBE from the subject', () => {
    const check = checkPkcs12(pki.client.pfx, pki.client.passphrase, { organisationCbe: DEMO_CBE });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.details.cbe).toBe(DEMO_CBE);
    expect(check.details.subject).toContain('CPAS de Demoville');
    expect(check.details.issuer).toContain('Inquiry Desk Demo BCSS CA');
  });

  it('tells an empty file, a file that is no PKCS#12 and a wrong passphrase apart', () => {
    expect(reason(checkPkcs12(Buffer.alloc(0), 'x'))).toBe('empty-file');
    expect(reason(checkPkcs12(Buffer.from('%PDF-1.7 not a certificate at all'), 'x'))).toBe(
      'not-pkcs12',
    );
    // A certificate alone, as PEM: a common mix-up with the .p12.
    expect(reason(checkPkcs12(Buffer.from(certificatePem(identity)), PASSPHRASE))).toBe(
      'not-pkcs12',
    );
    expect(reason(checkPkcs12(pki.client.pfx, 'not the passphrase'))).toBe('wrong-passphrase');
  });

  it('tells a file without its private key, without a certificate, or with a foreign key', () => {
    expect(reason(checkPkcs12(pkcs12(null, [identity.cert], PASSPHRASE), PASSPHRASE))).toBe(
      'no-private-key',
    );
    expect(reason(checkPkcs12(pkcs12(identity.key, null, PASSPHRASE), PASSPHRASE))).toBe(
      'no-certificate',
    );
    expect(reason(checkPkcs12(pkcs12(other.key, [identity.cert], PASSPHRASE), PASSPHRASE))).toBe(
      'key-mismatch',
    );
    // Without its key, a wrong passphrase is still a wrong passphrase.
    expect(reason(checkPkcs12(pkcs12(null, [identity.cert], PASSPHRASE), 'wrong'))).toBe(
      'wrong-passphrase',
    );
  });

  it('refuses an expired or not yet valid certificate, and says when it ends or starts', () => {
    const expired = checkPkcs12(pki.expiredClient.pfx, pki.expiredClient.passphrase);
    expect(reason(expired)).toBe('expired');
    expect(expired.ok ? null : expired.details?.validTo.getTime()).toBeLessThan(Date.now());

    const future = selfSignedIdentity({
      notBefore: new Date(Date.now() + 10 * DAY_MS),
      notAfter: new Date(Date.now() + 400 * DAY_MS),
    });
    const early = checkPkcs12(identityPkcs12(future, PASSPHRASE), PASSPHRASE);
    expect(reason(early)).toBe('not-yet-valid');
    expect(early.ok ? null : early.details?.validFrom.getTime()).toBeGreaterThan(Date.now());
  });

  it("refuses a certificate of another CBE than the organisation's, and skips the check without one", () => {
    const mismatch = checkPkcs12(pki.otherCbeClient.pfx, pki.otherCbeClient.passphrase, {
      organisationCbe: DEMO_CBE,
    });
    expect(reason(mismatch)).toBe('cbe-mismatch');
    expect(mismatch.ok ? null : mismatch.details?.cbe).toBe(OTHER_CBE);
    // The organisation not configured yet, or a certificate that names no CBE: nothing to compare.
    expect(reason(checkPkcs12(pki.otherCbeClient.pfx, pki.otherCbeClient.passphrase))).toBe('ok');
    expect(
      reason(
        checkPkcs12(identityPkcs12(other, PASSPHRASE), PASSPHRASE, { organisationCbe: DEMO_CBE }),
      ),
    ).toBe('ok');
  });

  it.skipIf(legacyRc2Pkcs12(selfSignedIdentity(), 'x') === null)(
    'says a legacy RC2 export is a format the TLS stack cannot open, not a wrong passphrase',
    () => {
      const legacy = legacyRc2Pkcs12(identity, PASSPHRASE)!;
      expect(reason(checkPkcs12(legacy, PASSPHRASE))).toBe('unsupported-format');
      expect(reason(checkPkcs12(legacy, 'wrong'))).toBe('wrong-passphrase');
    },
  );

  it('counts the days left and warns from 30 days before expiry on', () => {
    const validTo = new Date('2027-03-31T12:00:00Z');
    const at = (days: number) => new Date(validTo.getTime() - days * DAY_MS);
    expect(daysLeft(validTo, at(31))).toBe(31);
    expect(daysLeft(validTo, at(30.5))).toBe(30);
    expect(daysLeft(validTo, at(-2))).toBe(0);
    expect(expiryWarning(validTo, at(31))).toBe(false);
    expect(expiryWarning(validTo, at(30))).toBe(true);
    expect(expiryWarning(validTo, at(1))).toBe(true);
    expect(expiryWarning(validTo, at(-1))).toBe(true);
  });

  it('summarises a certificate as public facts on one line each', () => {
    const check = checkPkcs12(pki.client.pfx, pki.client.passphrase);
    if (!check.ok) throw new Error('demo certificate refused');
    const now = new Date(check.details.validTo.getTime() - 12 * DAY_MS);
    const summary = summariseCertificate(check.details, { organisationCbe: OTHER_CBE, now });
    expect(summary).toMatchObject({
      commonName: 'CPAS de Demoville (demo client certificate)',
      subject: expect.stringMatching(/^C=BE, O=CPAS de Demoville, serialNumber=0207777760, CN=/),
      daysLeft: 12,
      expiryWarning: true,
      validity: 'valid',
      cbe: DEMO_CBE,
      cbeMatchesOrganisation: false,
    });
  });
});
