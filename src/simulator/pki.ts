// The simulator's demo PKI: a throw-away CA, a localhost server certificate and PKCS#12 client identities, generated on first use.
//
// Everything here is demo material created at run time in a caller-chosen directory (never committed).
// Subject convention for the organisation's CBE number: the client certificate's subject carries it in
// the X.520 `serialNumber` attribute (OID 2.5.4.5) as the bare 10 digits, e.g. `serialNumber=0207777760`,
// the way Belgian eID certificates carry the holder's national number; `cbeFromCertificateSubject`
// reads it back.
import { generateKeyPair, createPrivateKey, randomBytes, X509Certificate } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createSecureContext } from 'node:tls';
import { cbeFromCertificateSubject } from '../shared/domain/certificate-subject';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import forge from 'node-forge';

/** The demo CPAS's enterprise number, carried by the demo client certificate. */
export const DEMO_CBE = '0207777760';
/** Another (valid) enterprise number, for the "credentials do not match the customer" case (MSG00014). */
export const OTHER_CBE = '0209999951';
export const DEMO_CA_NAME = 'Inquiry Desk Demo BCSS CA';

/** Bump when the layout or the content of the generated files changes: older directories are regenerated. */
const PKI_FORMAT = 1;
/** A certificate that expires within this margin counts as expired, so a running demo never crosses the line. */
const VALIDITY_MARGIN_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const FILES = {
  manifest: 'pki.json',
  caCert: 'ca.cert.pem',
  serverKey: 'server.key.pem',
  serverCert: 'server.cert.pem',
  passphrase: 'client-passphrase.txt',
  client: 'client.p12',
  expiredClient: 'client-expired.p12',
  foreignClient: 'client-foreign-ca.p12',
  otherCbeClient: 'client-other-cbe.p12',
} as const;

export interface DemoClientIdentity {
  /** PKCS#12 file: key, certificate and its CA chain, encrypted (AES-256) with the passphrase. */
  p12Path: string;
  pfx: Buffer;
  passphrase: string;
  certPem: string;
  /** The CBE number the certificate's subject carries, or null. */
  cbe: string | null;
}

export interface DemoPki {
  dir: string;
  /** True when this call generated the files, false when it reused valid ones. */
  generated: boolean;
  caCertPath: string;
  caCertPem: string;
  serverKeyPath: string;
  serverKeyPem: string;
  serverCertPath: string;
  serverCertPem: string;
  /** File holding the passphrase of every PKCS#12 file of this directory (random, per generation). */
  passphrasePath: string;
  passphrase: string;
  /** The demo CPAS (CBE 0207777760): what the app imports. */
  client: DemoClientIdentity;
  /** Issued by the demo CA, expired: the server must refuse it during the handshake. */
  expiredClient: DemoClientIdentity;
  /** Issued by another CA with the demo CBE in its subject: the server must refuse it. */
  foreignClient: DemoClientIdentity;
  /** Issued by the demo CA for CBE 0209999951: accepted by TLS, refused by the services (MSG00014). */
  otherCbeClient: DemoClientIdentity;
}

const inFlight = new Map<string, Promise<DemoPki>>();
/** A lock older than this is left over by a killed process. */
const STALE_LOCK_MS = 120_000;

/**
 * Returns the demo PKI of `dir`, generating it when missing, unreadable, inconsistent or about to expire.
 * Safe to call concurrently, from one process or several (a lock directory serialises generation).
 */
export function ensureDemoPki(dir: string): Promise<DemoPki> {
  const absolute = resolve(dir);
  const pending = inFlight.get(absolute);
  if (pending) return pending;
  const run = (async () => {
    try {
      return await loadDemoPki(absolute);
    } catch {
      return withLock(absolute, async () => {
        try {
          // Another process may have generated it while this one waited for the lock.
          return await loadDemoPki(absolute);
        } catch {
          return generateDemoPki(absolute);
        }
      });
    }
  })().finally(() => inFlight.delete(absolute));
  inFlight.set(absolute, run);
  return run;
}

async function withLock<T>(dir: string, task: () => Promise<T>): Promise<T> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const lock = join(dir, '.lock');
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (since > STALE_LOCK_MS) await rm(lock, { recursive: true, force: true });
      else await delay(100);
    }
  }
  try {
    return await task();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Loads and checks an existing demo PKI; throws (with the reason) when it cannot be used as is. */
export async function loadDemoPki(dir: string, now: Date = new Date()): Promise<DemoPki> {
  const path = (name: string): string => join(dir, name);
  const manifest = JSON.parse(await readFile(path(FILES.manifest), 'utf8')) as { format?: unknown };
  if (manifest.format !== PKI_FORMAT) throw new Error('unknown PKI format');

  const [caCertPem, serverKeyPem, serverCertPem, passphraseFile] = await Promise.all(
    [FILES.caCert, FILES.serverKey, FILES.serverCert, FILES.passphrase].map((f) =>
      readFile(path(f), 'utf8'),
    ),
  );
  const passphrase = (passphraseFile ?? '').trim();
  if (!passphrase) throw new Error('empty passphrase');

  const ca = new X509Certificate(caCertPem ?? '');
  if (!ca.ca || !ca.verify(ca.publicKey)) throw new Error('CA certificate is not a self-signed CA');
  assertValid(ca, now, 'CA');

  const server = new X509Certificate(serverCertPem ?? '');
  assertIssuedBy(server, ca, 'server');
  assertValid(server, now, 'server');
  if (!server.checkHost('localhost') || !server.checkIP('127.0.0.1')) {
    throw new Error('server certificate does not name localhost and 127.0.0.1');
  }
  if (!server.checkPrivateKey(createPrivateKey(serverKeyPem ?? ''))) {
    throw new Error('server key does not match its certificate');
  }

  const load = async (file: string): Promise<DemoClientIdentity & { cert: X509Certificate }> => {
    const p12Path = path(file);
    const pfx = await readFile(p12Path);
    // OpenSSL must be able to use it as is: this is the check that catches legacy (RC2) encryption.
    createSecureContext({ pfx, passphrase });
    const { certPem } = readPkcs12(pfx, passphrase);
    const cert = new X509Certificate(certPem);
    return {
      p12Path,
      pfx,
      passphrase,
      certPem,
      cbe: cbeFromCertificateSubject(cert.subject),
      cert,
    };
  };
  const [client, expiredClient, foreignClient, otherCbeClient] = await Promise.all([
    load(FILES.client),
    load(FILES.expiredClient),
    load(FILES.foreignClient),
    load(FILES.otherCbeClient),
  ]);
  if (!client || !expiredClient || !foreignClient || !otherCbeClient) throw new Error('missing');

  assertIssuedBy(client.cert, ca, 'client');
  assertValid(client.cert, now, 'client');
  if (client.cbe !== DEMO_CBE) throw new Error('client certificate does not carry the demo CBE');
  assertIssuedBy(otherCbeClient.cert, ca, 'other-CBE client');
  assertValid(otherCbeClient.cert, now, 'other-CBE client');
  if (otherCbeClient.cbe !== OTHER_CBE)
    throw new Error('other-CBE certificate carries another CBE');
  assertIssuedBy(expiredClient.cert, ca, 'expired client');
  if (Date.parse(expiredClient.cert.validTo) >= now.getTime()) {
    throw new Error('the expired client certificate is not expired');
  }
  if (foreignClient.cert.checkIssued(ca)) throw new Error('foreign client certificate is ours');
  assertValid(foreignClient.cert, now, 'foreign client');

  const strip = ({ cert: _cert, ...identity }: DemoClientIdentity & { cert: X509Certificate }) =>
    identity;
  return {
    dir,
    generated: false,
    caCertPath: path(FILES.caCert),
    caCertPem: caCertPem ?? '',
    serverKeyPath: path(FILES.serverKey),
    serverKeyPem: serverKeyPem ?? '',
    serverCertPath: path(FILES.serverCert),
    serverCertPem: serverCertPem ?? '',
    passphrasePath: path(FILES.passphrase),
    passphrase,
    client: strip(client),
    expiredClient: strip(expiredClient),
    foreignClient: strip(foreignClient),
    otherCbeClient: strip(otherCbeClient),
  };
}

function assertValid(cert: X509Certificate, now: Date, label: string): void {
  const from = Date.parse(cert.validFrom);
  const to = Date.parse(cert.validTo);
  if (!(from <= now.getTime() && to > now.getTime() + VALIDITY_MARGIN_MS)) {
    throw new Error(`${label} certificate is not valid now`);
  }
}

function assertIssuedBy(cert: X509Certificate, ca: X509Certificate, label: string): void {
  if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) {
    throw new Error(`${label} certificate is not issued by the demo CA`);
  }
}

function readPkcs12(pfx: Buffer, passphrase: string): { certPem: string } {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(pfx.toString('binary')));
  const p12 = forge.pkcs12.pkcs12FromAsn1(asn1, true, passphrase);
  const keyBag = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[
    forge.pki.oids.pkcs8ShroudedKeyBag!
  ]?.[0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new Error('PKCS#12 without a key');
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  // The leaf is the certificate of the bag's key; the others are its chain.
  const leaf = certBags
    .map((bag) => bag.cert)
    .find((cert) => (cert?.publicKey as forge.pki.rsa.PublicKey | undefined)?.n.equals(key.n));
  if (!leaf) throw new Error('PKCS#12 without the certificate of its key');
  return { certPem: forge.pki.certificateToPem(leaf) };
}

// --- generation ---------------------------------------------------------------------------------

const generateKeyPairAsync = promisify(generateKeyPair);

interface KeyPair {
  pem: string;
  privateKey: forge.pki.rsa.PrivateKey;
  publicKey: forge.pki.rsa.PublicKey;
}

async function newKeyPair(): Promise<KeyPair> {
  // Node's native generator: forge's pure-JS one takes seconds per 2048-bit key.
  const { privateKey: pem } = await generateKeyPairAsync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const privateKey = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
  return { pem, privateKey, publicKey: forge.pki.setRsaPublicKey(privateKey.n, privateKey.e) };
}

function serialNumber(): string {
  const bytes = randomBytes(16);
  // Positive and without a leading zero byte: OpenSSL refuses a non-minimal INTEGER encoding.
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return bytes.toString('hex');
}

type Attributes = forge.pki.CertificateField[];

interface IssueOptions {
  subject: Attributes;
  publicKey: forge.pki.rsa.PublicKey;
  notBefore: Date;
  notAfter: Date;
  extensions: object[];
  /** Absent: self-signed. */
  issuer?: { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey };
  selfKey?: forge.pki.rsa.PrivateKey;
}

function issue(options: IssueOptions): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = options.publicKey;
  cert.serialNumber = serialNumber();
  cert.validity.notBefore = options.notBefore;
  cert.validity.notAfter = options.notAfter;
  cert.setSubject(options.subject);
  cert.setIssuer(options.issuer ? options.issuer.cert.subject.attributes : options.subject);
  const authorityKeyId = options.issuer
    ? options.issuer.cert.generateSubjectKeyIdentifier().getBytes()
    : cert.generateSubjectKeyIdentifier().getBytes();
  cert.setExtensions([
    ...options.extensions,
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: authorityKeyId },
  ]);
  const signingKey = options.issuer?.key ?? options.selfKey;
  if (!signingKey) throw new Error('no signing key');
  cert.sign(signingKey, forge.md.sha256.create());
  return cert;
}

function caCertificate(name: string, keys: KeyPair, now: number): forge.pki.Certificate {
  const subject = [
    { shortName: 'C', value: 'BE' },
    { shortName: 'O', value: 'Inquiry Desk (demo)' },
    { shortName: 'CN', value: name },
  ];
  return issue({
    subject,
    publicKey: keys.publicKey,
    selfKey: keys.privateKey,
    // Starts before the expired client certificate, so that one is "expired", not "not yet valid".
    notBefore: new Date(now - 800 * DAY_MS),
    notAfter: new Date(now + 10 * 365 * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
}

function clientSubject(cbe: string, organisation: string): Attributes {
  return [
    { shortName: 'C', value: 'BE' },
    { shortName: 'O', value: organisation },
    { name: 'serialNumber', value: cbe },
    { shortName: 'CN', value: `${organisation} (demo client certificate)` },
  ];
}

const CLIENT_EXTENSIONS = [
  { name: 'basicConstraints', cA: false },
  { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
  { name: 'extKeyUsage', clientAuth: true },
];

function toPkcs12(
  keys: KeyPair,
  chain: forge.pki.Certificate[],
  passphrase: string,
  friendlyName: string,
): Buffer {
  // AES-256 (PBES2), not forge's legacy options: OpenSSL 3 (Node >= 17) refuses RC2-encrypted PKCS#12.
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, chain, passphrase, {
    algorithm: 'aes256',
    friendlyName,
    generateLocalKeyId: true,
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

async function writeAtomic(path: string, data: string | Buffer, secret: boolean): Promise<void> {
  const mode = secret ? 0o600 : 0o644;
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, data, { mode });
  // The mode of writeFile applies only to a new file and is filtered by the umask.
  await chmod(temp, mode);
  await rename(temp, path);
}

async function generateDemoPki(dir: string): Promise<DemoPki> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const now = Date.now();
  const [caKeys, foreignCaKeys, serverKeys, clientKeys, expiredKeys, foreignKeys, otherKeys] =
    await Promise.all(Array.from({ length: 7 }, () => newKeyPair()));
  if (!caKeys || !foreignCaKeys || !serverKeys || !clientKeys) throw new Error('keygen');
  if (!expiredKeys || !foreignKeys || !otherKeys) throw new Error('keygen');

  const ca = caCertificate(DEMO_CA_NAME, caKeys, now);
  const foreignCa = caCertificate(
    'Some Other CA (not trusted by the simulator)',
    foreignCaKeys,
    now,
  );
  const byCa = { cert: ca, key: caKeys.privateKey };

  const server = issue({
    subject: [
      { shortName: 'C', value: 'BE' },
      { shortName: 'O', value: 'Inquiry Desk (demo)' },
      { shortName: 'CN', value: 'localhost' },
    ],
    publicKey: serverKeys.publicKey,
    issuer: byCa,
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 397 * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });

  const clientValidity = {
    notBefore: new Date(now - DAY_MS),
    notAfter: new Date(now + 730 * DAY_MS),
  };
  const client = issue({
    subject: clientSubject(DEMO_CBE, 'CPAS de Demoville'),
    publicKey: clientKeys.publicKey,
    issuer: byCa,
    ...clientValidity,
    extensions: CLIENT_EXTENSIONS,
  });
  const expired = issue({
    subject: clientSubject(DEMO_CBE, 'CPAS de Demoville'),
    publicKey: expiredKeys.publicKey,
    issuer: byCa,
    notBefore: new Date(now - 760 * DAY_MS),
    notAfter: new Date(now - 30 * DAY_MS),
    extensions: CLIENT_EXTENSIONS,
  });
  const foreign = issue({
    subject: clientSubject(DEMO_CBE, 'CPAS de Demoville'),
    publicKey: foreignKeys.publicKey,
    issuer: { cert: foreignCa, key: foreignCaKeys.privateKey },
    ...clientValidity,
    extensions: CLIENT_EXTENSIONS,
  });
  const other = issue({
    subject: clientSubject(OTHER_CBE, 'OCMW Anderstad'),
    publicKey: otherKeys.publicKey,
    issuer: byCa,
    ...clientValidity,
    extensions: CLIENT_EXTENSIONS,
  });

  // Random per generation rather than a fixed string in the repository: even demo secrets stay out of git.
  const passphrase = randomBytes(12).toString('base64url');
  const p12s = {
    [FILES.client]: toPkcs12(clientKeys, [client, ca], passphrase, 'CPAS de Demoville (demo)'),
    [FILES.expiredClient]: toPkcs12(expiredKeys, [expired, ca], passphrase, 'expired (demo)'),
    [FILES.foreignClient]: toPkcs12(
      foreignKeys,
      [foreign, foreignCa],
      passphrase,
      'foreign (demo)',
    ),
    [FILES.otherCbeClient]: toPkcs12(otherKeys, [other, ca], passphrase, 'OCMW Anderstad (demo)'),
  };
  const caCertPem = forge.pki.certificateToPem(ca);
  const serverCertPem = forge.pki.certificateToPem(server);

  // The manifest is removed first and written last: a directory without it is incomplete and regenerated.
  await rm(join(dir, FILES.manifest), { force: true });
  await Promise.all([
    writeAtomic(join(dir, FILES.caCert), caCertPem, false),
    writeAtomic(join(dir, FILES.serverCert), serverCertPem, false),
    writeAtomic(join(dir, FILES.serverKey), serverKeys.pem, true),
    writeAtomic(join(dir, FILES.passphrase), passphrase + '\n', true),
    ...Object.entries(p12s).map(([name, pfx]) => writeAtomic(join(dir, name), pfx, true)),
  ]);
  await writeAtomic(
    join(dir, FILES.manifest),
    JSON.stringify(
      {
        format: PKI_FORMAT,
        createdAt: new Date(now).toISOString(),
        note: 'Demo PKI of the Inquiry Desk BCSS simulator. Demo material only; regenerated when invalid.',
      },
      null,
      2,
    ) + '\n',
    false,
  );
  const pki = await loadDemoPki(dir);
  return { ...pki, generated: true };
}
