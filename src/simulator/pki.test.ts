// Tests for the demo PKI: what gets generated, that OpenSSL 3 loads it, reuse, regeneration, and the CBE subject convention.
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CA_NAME, DEMO_CBE, ensureDemoPki, loadDemoPki, OTHER_CBE, type DemoPki } from './pki';
import { cbeFromCertificateSubject } from '../shared/domain/certificate-subject';

let root: string;
let pki: DemoPki;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'inquiry-desk-pki-test-'));
  pki = await ensureDemoPki(join(root, 'pki'));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const cert = (pem: string): X509Certificate => new X509Certificate(pem);

describe('ensureDemoPki', () => {
  it('generates a CA and a server certificate for localhost and 127.0.0.1, issued by it', () => {
    expect(pki.generated).toBe(true);
    const ca = cert(pki.caCertPem);
    const server = cert(pki.serverCertPem);
    expect(ca.ca).toBe(true);
    expect(ca.subject).toContain(`CN=${DEMO_CA_NAME}`);
    expect(server.checkIssued(ca)).toBe(true);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it('writes PKCS#12 files that OpenSSL 3 loads with the passphrase, and only with it', async () => {
    for (const identity of [pki.client, pki.expiredClient, pki.foreignClient, pki.otherCbeClient]) {
      const pfx = await readFile(identity.p12Path);
      expect(() => createSecureContext({ pfx, passphrase: identity.passphrase })).not.toThrow();
      expect(() => createSecureContext({ pfx, passphrase: 'not the passphrase' })).toThrow();
    }
    expect((await readFile(pki.passphrasePath, 'utf8')).trim()).toBe(pki.passphrase);
  });

  it('issues the demo client certificate to CBE 0207777760 and the other one to 0209999951', () => {
    const ca = cert(pki.caCertPem);
    expect(pki.client.cbe).toBe(DEMO_CBE);
    expect(cbeFromCertificateSubject(cert(pki.client.certPem).subject)).toBe(DEMO_CBE);
    expect(cert(pki.client.certPem).checkIssued(ca)).toBe(true);
    expect(pki.otherCbeClient.cbe).toBe(OTHER_CBE);
    expect(cert(pki.otherCbeClient.certPem).checkIssued(ca)).toBe(true);
  });

  it('also provides an expired client certificate and one from a foreign CA', () => {
    const ca = cert(pki.caCertPem);
    const expired = cert(pki.expiredClient.certPem);
    expect(expired.checkIssued(ca)).toBe(true);
    expect(Date.parse(expired.validTo)).toBeLessThan(Date.now());
    const foreign = cert(pki.foreignClient.certPem);
    expect(foreign.checkIssued(ca)).toBe(false);
    expect(Date.parse(foreign.validTo)).toBeGreaterThan(Date.now());
    // Same subject as the demo client: only the issuer tells them apart.
    expect(pki.foreignClient.cbe).toBe(DEMO_CBE);
  });

  it.skipIf(process.platform === 'win32')('restricts key material to its owner', async () => {
    const secret = [
      pki.serverKeyPath,
      pki.passphrasePath,
      pki.client.p12Path,
      pki.expiredClient.p12Path,
      pki.foreignClient.p12Path,
      pki.otherCbeClient.p12Path,
    ];
    for (const path of secret) expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(pki.dir)).mode & 0o077).toBe(0);
  });

  it('reuses a valid directory as is', async () => {
    const again = await ensureDemoPki(pki.dir);
    expect(again.generated).toBe(false);
    expect(again.caCertPem).toBe(pki.caCertPem);
    expect(again.passphrase).toBe(pki.passphrase);
    expect(again.client.pfx.equals(pki.client.pfx)).toBe(true);
  });

  it('refuses to reuse certificates that are expired or about to expire', async () => {
    await expect(loadDemoPki(pki.dir, new Date(Date.now() + 3 * 365 * 86_400_000))).rejects.toThrow(
      /not valid/,
    );
  });

  it('regenerates a corrupt directory, once even when asked twice at the same time', async () => {
    const dir = join(root, 'corrupt');
    await ensureDemoPki(dir);
    await writeFile(join(dir, 'client.p12'), 'not a PKCS#12 file');
    const [first, second] = await Promise.all([ensureDemoPki(dir), ensureDemoPki(dir)]);
    expect(first.generated).toBe(true);
    expect(second.caCertPem).toBe(first.caCertPem);
    expect(() =>
      createSecureContext({ pfx: first.client.pfx, passphrase: first.passphrase }),
    ).not.toThrow();
    expect((await ensureDemoPki(dir)).generated).toBe(false);
  }, 60_000);
});

describe('cbeFromCertificateSubject', () => {
  it("reads the serialNumber attribute of Node's subject object", () => {
    expect(cbeFromCertificateSubject({ C: 'BE', O: 'CPAS', serialNumber: '0207777760' })).toBe(
      DEMO_CBE,
    );
    expect(cbeFromCertificateSubject({ serialNumber: ['0209999951', '0209999951'] })).toBe(
      OTHER_CBE,
    );
  });

  it('reads the string form of X509Certificate.subject', () => {
    expect(cbeFromCertificateSubject('C=BE\nO=CPAS\nserialNumber=0207777760\nCN=x')).toBe(DEMO_CBE);
  });

  it('returns null without exactly one valid CBE number', () => {
    expect(cbeFromCertificateSubject({ C: 'BE', CN: '0207777760' })).toBeNull();
    expect(cbeFromCertificateSubject({ serialNumber: '0207777761' })).toBeNull();
    expect(cbeFromCertificateSubject({ serialNumber: '207777760' })).toBeNull();
    expect(cbeFromCertificateSubject({ serialNumber: '0207.777.760' })).toBeNull();
    expect(cbeFromCertificateSubject({ serialNumber: ['0207777760', '0209999951'] })).toBeNull();
    expect(cbeFromCertificateSubject('C=BE\nCN=x')).toBeNull();
    expect(cbeFromCertificateSubject(undefined)).toBeNull();
  });
});
