// Judges a PKCS#12 file before it is kept: Node's TLS stack must load it (it is what the calls use); when it
// cannot, node-forge's reading of the bags says why in words the TLS library's messages do not reliably give
// (they differ between OpenSSL and Electron's BoringSSL); then the validity dates and the CBE in the subject.
import forge from 'node-forge';
import { CertificateError, readClientCertificate, type CertificateInfo } from '../bcss';
import { cbeFromCertificateSubject } from '../../shared/domain/certificate-subject';
import { oneLine } from './ca-bundle';
import {
  MAX_PKCS12_BYTES,
  type CertificateReason,
  type CertificateSummary,
} from '../../shared/contract/settings';

export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface CertificateDetails {
  subject: string;
  issuer: string;
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
  /** The CBE number in the subject's serialNumber attribute (src/simulator/pki.ts), or null. */
  cbe: string | null;
}

export type CertificateCheck =
  | { ok: true; details: CertificateDetails }
  | {
      ok: false;
      reason: CertificateReason;
      /** Present when the certificate itself could be read (expired, not yet valid, CBE mismatch). */
      details: CertificateDetails | null;
      /** The library's own words, for a log or the IT person; holds neither key nor passphrase. */
      detail: string;
    };

export interface CheckOptions {
  /** The organisation's CBE; null or absent skips the comparison. */
  organisationCbe?: string | null;
  now?: Date;
}

export function checkPkcs12(
  pfx: Buffer,
  passphrase: string,
  options: CheckOptions = {},
): CertificateCheck {
  const now = options.now ?? new Date();
  const refuse = (
    reason: CertificateReason,
    detail: string,
    details: CertificateDetails | null = null,
  ) => ({ ok: false, reason, details, detail }) as const;
  if (pfx.length === 0) return refuse('empty-file', 'the file is empty');
  if (pfx.length > MAX_PKCS12_BYTES) return refuse('not-pkcs12', `${pfx.length} bytes`);

  let details: CertificateDetails;
  try {
    details = detailsOf(readClientCertificate(pfx, passphrase));
  } catch (error) {
    if (!(error instanceof CertificateError)) throw error;
    const byBags = reasonFromBags(pfx, passphrase);
    // The TLS stack's MAC check is authoritative for the passphrase; forge decides the rest.
    const reason = byBags === null || byBags === 'not-pkcs12' ? error.problem : byBags;
    return refuse(reason, error.message);
  }
  if (details.validTo.getTime() < now.getTime()) {
    return refuse('expired', `expired on ${details.validTo.toISOString()}`, details);
  }
  if (details.validFrom.getTime() > now.getTime()) {
    return refuse('not-yet-valid', `valid from ${details.validFrom.toISOString()}`, details);
  }
  if (options.organisationCbe && details.cbe && details.cbe !== options.organisationCbe) {
    return refuse('cbe-mismatch', `certificate CBE ${details.cbe}`, details);
  }
  return { ok: true, details };
}

export function detailsOf(info: CertificateInfo): CertificateDetails {
  return { ...info, cbe: cbeFromCertificateSubject(info.subject) };
}

/** Why a PKCS#12 the TLS stack refused is unusable, from its bags; null when forge cannot tell either. */
function reasonFromBags(pfx: Buffer, passphrase: string): CertificateReason | null {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(pfx.toString('binary')));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/invalid password|wrong password/i.test(message)) return 'wrong-passphrase';
    // An algorithm forge does not know says nothing about the file.
    if (/unsupported|not supported/i.test(message)) return null;
    return 'not-pkcs12';
  }
  const bags = (type: string | undefined) =>
    type ? (p12.getBags({ bagType: type })[type] ?? []) : [];
  const keys = [...bags(forge.pki.oids.keyBag), ...bags(forge.pki.oids.pkcs8ShroudedKeyBag)];
  const certificates = bags(forge.pki.oids.certBag);
  if (certificates.length === 0) return 'no-certificate';
  if (keys.length === 0) return 'no-private-key';
  // forge reads RSA keys and certificates only; for any other kind a mismatch cannot be told.
  const rsaKeys = keys.map((bag) => bag.key as forge.pki.rsa.PrivateKey | null | undefined);
  if (rsaKeys.every((key) => key?.n)) {
    const matched = certificates.some((bag) => {
      const modulus = (bag.cert?.publicKey as forge.pki.rsa.PublicKey | undefined)?.n;
      return modulus !== undefined && rsaKeys.some((key) => key?.n.equals(modulus));
    });
    if (!matched) return 'key-mismatch';
  }
  return 'unsupported-format';
}

export function daysLeft(validTo: Date, now: Date): number {
  return Math.max(0, Math.floor((validTo.getTime() - now.getTime()) / DAY_MS));
}

export function expiryWarning(validTo: Date, now: Date): boolean {
  return validTo.getTime() - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS;
}

export function summariseCertificate(
  details: CertificateDetails,
  options: CheckOptions = {},
): CertificateSummary {
  const now = options.now ?? new Date();
  const organisationCbe = options.organisationCbe ?? null;
  return {
    subject: oneLine(details.subject),
    commonName: /(?:^|\n)CN=([^\n]*)/.exec(details.subject)?.[1] ?? null,
    issuer: oneLine(details.issuer),
    serialNumber: details.serialNumber,
    validFrom: details.validFrom.toISOString(),
    validTo: details.validTo.toISOString(),
    daysLeft: daysLeft(details.validTo, now),
    expiryWarning: expiryWarning(details.validTo, now),
    validity:
      details.validTo.getTime() < now.getTime()
        ? 'expired'
        : details.validFrom.getTime() > now.getTime()
          ? 'not-yet-valid'
          : 'valid',
    cbe: details.cbe,
    cbeMatchesOrganisation: organisationCbe && details.cbe ? organisationCbe === details.cbe : null,
  };
}
