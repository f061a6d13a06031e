// Reads a PEM bundle of CA certificates an environment trusts besides the system's: every block must be a
// certificate, and a private key pasted by mistake is refused rather than kept in the settings file.
import { X509Certificate } from 'node:crypto';
import { MAX_CA_BUNDLE_BYTES, type CaSummary } from '../../shared/contract/settings';

const MAX_CERTIFICATES = 100;

export type CaBundleProblem = 'ca-bundle-invalid' | 'ca-bundle-private-key' | 'ca-bundle-too-large';

export type CaBundle =
  | { ok: true; certificates: string[]; summaries: CaSummary[] }
  | {
      ok: false;
      problem: CaBundleProblem;
      /** 0-based block, when one is at fault. */ index?: number;
    };

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

export function parseCaBundle(pem: string, now: Date = new Date()): CaBundle {
  if (Buffer.byteLength(pem) > MAX_CA_BUNDLE_BYTES)
    return { ok: false, problem: 'ca-bundle-too-large' };
  if (/PRIVATE KEY-----/.test(pem)) return { ok: false, problem: 'ca-bundle-private-key' };
  const blocks = [...pem.matchAll(BLOCK)];
  // Text between blocks (OpenSSL's "subject=" lines, comments) is tolerated; a BEGIN without its END is not.
  const begins = pem.match(/-----BEGIN /g)?.length ?? 0;
  if (blocks.length === 0 || begins !== blocks.length)
    return { ok: false, problem: 'ca-bundle-invalid' };
  if (blocks.length > MAX_CERTIFICATES) return { ok: false, problem: 'ca-bundle-too-large' };
  const certificates: string[] = [];
  const summaries: CaSummary[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block[1] !== 'CERTIFICATE') return { ok: false, problem: 'ca-bundle-invalid', index };
    let certificate: X509Certificate;
    try {
      certificate = new X509Certificate(block[0]);
    } catch {
      return { ok: false, problem: 'ca-bundle-invalid', index };
    }
    const validTo = new Date(certificate.validTo);
    certificates.push(certificate.toString());
    summaries.push({
      subject: oneLine(certificate.subject),
      issuer: oneLine(certificate.issuer),
      validTo: validTo.toISOString(),
      expired: validTo.getTime() < now.getTime(),
      isCa: certificate.ca,
    });
  }
  return { ok: true, certificates, summaries };
}

/** Node writes a distinguished name one attribute per line; screens want one line. */
export function oneLine(distinguishedName: string): string {
  return distinguishedName.split('\n').filter(Boolean).join(', ');
}
