// Opens the CPAS's PKCS#12 with Node's own TLS stack (the formats Windows and OpenSSL 3 write) and
// tells what it holds: subject, issuer, serial and validity, or why it cannot be used.
import { X509Certificate } from 'node:crypto';
import { createSecureContext } from 'node:tls';

export interface CertificateInfo {
  subject: string;
  issuer: string;
  serialNumber: string;
  validFrom: Date;
  validTo: Date;
}

export type CertificateProblem = 'not-pkcs12' | 'wrong-passphrase' | 'no-certificate';

export class CertificateError extends Error {
  constructor(
    readonly problem: CertificateProblem,
    detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'CertificateError';
  }
}

export function readClientCertificate(pfx: Buffer, passphrase: string): CertificateInfo {
  let der: Buffer | null;
  try {
    const context = createSecureContext({ pfx, passphrase }) as unknown as {
      context: { getCertificate(): Buffer | null };
    };
    // Node exposes the loaded leaf certificate only on the native context.
    der = context.context.getCertificate();
  } catch (error) {
    const message = (error as Error).message;
    if (/mac verify failure|bad decrypt|invalid password/i.test(message)) {
      throw new CertificateError('wrong-passphrase', message);
    }
    throw new CertificateError('not-pkcs12', message);
  }
  if (!der) throw new CertificateError('no-certificate', 'the file holds no certificate');
  const certificate = new X509Certificate(der);
  return {
    subject: certificate.subject,
    issuer: certificate.issuer,
    serialNumber: certificate.serialNumber,
    validFrom: new Date(certificate.validFrom),
    validTo: new Date(certificate.validTo),
  };
}
