// Test-only: PKCS#12 files the demo PKI does not provide (not yet valid, without key, without certificate, key
// of another certificate, legacy RC2, no CBE), and the server certificates a hostile BCSS shows (expired, for
// another host, self-signed, from a CA of its own), generated at test time; nothing here is ever committed.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';

const DAY_MS = 24 * 60 * 60 * 1000;

function rsaKey(): forge.pki.rsa.PrivateKey {
  // Node's native generator: forge's pure-JS one takes seconds per key.
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
}

export interface FixtureOptions {
  notBefore?: Date;
  notAfter?: Date;
  /** Put in the subject's serialNumber attribute, as the demo PKI does; null for none. */
  cbe?: string | null;
  commonName?: string;
  /** A CA's certificate (basicConstraints cA, keyCertSign), to sign others with issuedIdentity. */
  ca?: boolean;
  /** A server's certificate for these DNS names (subjectAltName, serverAuth). */
  dnsNames?: string[];
  /** The key to certify, when one is at hand: generating one costs a few hundred ms. */
  key?: forge.pki.rsa.PrivateKey;
}

export interface Identity {
  key: forge.pki.rsa.PrivateKey;
  cert: forge.pki.Certificate;
}

export function selfSignedIdentity(options: FixtureOptions = {}): Identity {
  const key = options.key ?? rsaKey();
  return { key, cert: certificate(key, options, null) };
}

/** A certificate `issuer` (a CA identity, `ca: true`) signed. */
export function issuedIdentity(issuer: Identity, options: FixtureOptions = {}): Identity {
  const key = options.key ?? rsaKey();
  return { key, cert: certificate(key, options, issuer) };
}

function certificate(
  key: forge.pki.rsa.PrivateKey,
  options: FixtureOptions,
  issuer: Identity | null,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '01' + randomBytes(8).toString('hex');
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - DAY_MS);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * DAY_MS);
  const subject: forge.pki.CertificateField[] = [
    { shortName: 'C', value: 'BE' },
    { shortName: 'O', value: 'CPAS de Fixture (test)' },
    ...(options.cbe ? [{ name: 'serialNumber', value: options.cbe }] : []),
    { shortName: 'CN', value: options.commonName ?? 'fixture client certificate' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(issuer ? issuer.cert.subject.attributes : subject);
  const extensions: object[] = [];
  if (options.ca) {
    // OpenSSL takes a certificate as an issuer only when it says it is a CA.
    extensions.push(
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    );
  }
  if (options.dnsNames) {
    extensions.push(
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: options.dnsNames.map((value) => ({ type: 2, value })) },
    );
  }
  if (extensions.length > 0) cert.setExtensions(extensions);
  cert.sign(issuer?.key ?? key, forge.md.sha256.create());
  return cert;
}

/** The key as PEM, for a server's TLS options. */
export function privateKeyPem(identity: Identity): string {
  return forge.pki.privateKeyToPem(identity.key);
}

/** A PKCS#12 as forge writes it (AES-256, which OpenSSL 3 reads); key and chain as given. */
export function pkcs12(
  key: forge.pki.rsa.PrivateKey | null,
  certs: forge.pki.Certificate[] | null,
  passphrase: string,
): Buffer {
  // forge's types demand a certificate; its code takes null (a file with a key only), which is the point here.
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, certs as forge.pki.Certificate[], passphrase, {
    algorithm: 'aes256',
    generateLocalKeyId: true,
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

export function identityPkcs12(identity: Identity, passphrase: string): Buffer {
  return pkcs12(identity.key, [identity.cert], passphrase);
}

export function certificatePem(identity: Identity): string {
  return forge.pki.certificateToPem(identity.cert);
}

/**
 * A PKCS#12 with legacy RC2-40 encryption, as older Windows exports write it, which OpenSSL 3 refuses by
 * default. Written by the `openssl` command (forge cannot write RC2); null where it or its legacy provider is missing.
 */
export function legacyRc2Pkcs12(identity: Identity, passphrase: string): Buffer | null {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-legacy-p12-'));
  try {
    writeFileSync(join(dir, 'key.pem'), forge.pki.privateKeyToPem(identity.key), { mode: 0o600 });
    writeFileSync(join(dir, 'cert.pem'), forge.pki.certificateToPem(identity.cert));
    execFileSync(
      'openssl',
      [
        'pkcs12',
        '-export',
        '-legacy',
        '-inkey',
        'key.pem',
        '-in',
        'cert.pem',
        '-out',
        'legacy.p12',
        '-passout',
        'env:P12_PASS',
      ],
      { cwd: dir, env: { ...process.env, P12_PASS: passphrase }, stdio: 'ignore' },
    );
    return readFileSync(join(dir, 'legacy.p12'));
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
