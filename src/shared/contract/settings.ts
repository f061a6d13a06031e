// What the settings screens and main share: environment names, the views of environments and certificates (public
// facts only: never a key, a file or a passphrase), connection diagnoses, field issues and the contract's inputs.
import { z } from 'zod';
import {
  ENVIRONMENT_NAMES,
  REMOTE_ENVIRONMENTS,
  type EnvironmentName,
  type RemoteEnvironmentName,
} from '../domain/environments';

export { REMOTE_ENVIRONMENTS, type RemoteEnvironmentName };
export const remoteEnvironmentSchema = z.enum(REMOTE_ENVIRONMENTS);
export const environmentNameSchema = z.enum(ENVIRONMENT_NAMES);

export const BCSS_SERVICES = ['socialInquiry', 'ssdnConnector'] as const;
export type BcssServiceId = (typeof BCSS_SERVICES)[number];
export type ServiceUrls = Record<BcssServiceId, string>;

/** A bundle is a handful of CAs; anything this large is the wrong file. */
export const MAX_CA_BUNDLE_BYTES = 512 * 1024;
/** A PKCS#12 with its chain weighs a few kilobytes; a larger file is not one, and is not parsed. */
export const MAX_PKCS12_BYTES = 1024 * 1024;

export type FieldIssueCode =
  | 'required'
  | 'too-long'
  | 'out-of-range'
  | 'not-integer'
  | 'email-invalid'
  | 'cbe-format'
  | 'cbe-length'
  | 'cbe-checksum'
  | 'niss-format'
  | 'niss-length'
  | 'niss-checksum'
  | 'niss-date'
  | 'url-invalid'
  | 'url-not-https'
  | 'url-has-credentials'
  | 'url-has-query'
  | 'path-invalid'
  | 'service-paths-unsupported'
  | 'ca-bundle-invalid'
  | 'ca-bundle-private-key'
  | 'ca-bundle-too-large'
  | 'ca-bundle-required'
  | 'unknown-field'
  | 'invalid';

export interface FieldIssue {
  /** Dotted path of the field, e.g. 'cbe' or 'servicePaths.socialInquiry'. */
  field: string;
  code: FieldIssueCode;
}

export interface CaSummary {
  subject: string;
  issuer: string;
  /** ISO timestamp. */
  validTo: string;
  expired: boolean;
  /** False for a server certificate pinned as such (allowed, but worth showing). */
  isCa: boolean;
}

/** What the settings screen shows: no secret, no PEM (summaries of the trusted CAs instead). */
export type EnvironmentView =
  | { name: 'demo'; active: boolean; simulator: true }
  | {
      name: RemoteEnvironmentName;
      active: boolean;
      simulator: false;
      baseUrl: string;
      servicePaths: Record<BcssServiceId, string>;
      serviceUrls: ServiceUrls;
      basicAuthUser: string | null;
      basicPasswordSet: boolean;
      connectTimeoutMs: number;
      responseTimeoutMs: number;
      trustSystemCas: boolean;
      caBundle: CaSummary[];
    };

export type CertificateReason =
  | 'empty-file'
  | 'not-pkcs12'
  | 'wrong-passphrase'
  | 'no-private-key'
  | 'no-certificate'
  /** The file's key belongs to none of its certificates. */
  | 'key-mismatch'
  /** A sound PKCS#12 the TLS stack cannot open, e.g. legacy RC2 encryption refused by OpenSSL 3. */
  | 'unsupported-format'
  | 'expired'
  | 'not-yet-valid'
  | 'cbe-mismatch';

/** What a screen may show of a certificate: public facts only, dates as ISO strings. */
export interface CertificateSummary {
  /** The distinguished name on one line, e.g. "C=BE, O=CPAS de X, serialNumber=0207777760, CN=...". */
  subject: string;
  commonName: string | null;
  issuer: string;
  /** Hexadecimal, as the issuer lists it. */
  serialNumber: string;
  validFrom: string;
  validTo: string;
  /** Whole days until expiry, 0 once expired. */
  daysLeft: number;
  /** True from EXPIRY_WARNING_DAYS before expiry on (and after it). */
  expiryWarning: boolean;
  validity: 'valid' | 'expired' | 'not-yet-valid';
  cbe: string | null;
  /** Null when either side has no CBE to compare. */
  cbeMatchesOrganisation: boolean | null;
}

export interface StoredCertificate extends CertificateSummary {
  importedAt: string;
}

export type CertificateState =
  | { state: 'none' }
  /** Something is stored but no longer opens (damaged entry): import the certificate again. */
  | { state: 'unreadable' }
  | { state: 'present'; certificate: StoredCertificate };

export type ImportOutcome =
  | { ok: true; certificate: StoredCertificate }
  /** `certificate` describes the refused file when it could be read (expired, not yet valid, CBE mismatch). */
  | { ok: false; reason: CertificateReason; certificate: CertificateSummary | null };

export interface ServerCertificateFacts {
  subject: string;
  issuer: string;
  /** ISO timestamp, or null when unreadable. */
  validTo: string | null;
}

export type ConnectionDiagnosis =
  | {
      code: 'ok';
      host: string;
      port: number;
      tlsProtocol: string;
      cipher: string;
      handshakeMs: number;
      /** The probe's whole call: connection, TLS, request and answer. */
      roundTripMs: number;
      server: ServerCertificateFacts | null;
      /** `probe-refused`: the expected refusal of the empty request; `response`: an answer all the same. */
      answer: 'probe-refused' | 'response';
      reasonCode: string | null;
      /** Quote it to the BCSS service desk. */
      ticketCBSS: string | null;
    }
  | { code: 'dns'; host: string }
  | { code: 'refused'; host: string; port: number }
  /** `connect`: the usual sign of an address not whitelisted at the BCSS (it drops, not refuses). */
  | { code: 'timeout'; host: string; port: number; phase: 'connect' | 'answer'; timeoutMs: number }
  | {
      code: 'server-untrusted';
      host: string;
      /** OpenSSL's verdict, e.g. UNABLE_TO_VERIFY_LEAF_SIGNATURE, ERR_TLS_CERT_ALTNAME_INVALID. */
      reason: string;
      server: ServerCertificateFacts | null;
    }
  /** No common TLS version or cipher (the BCSS requires TLS >= 1.2). */
  | { code: 'tls-failed'; host: string; detail: string }
  | { code: 'client-certificate-refused'; host: string; detail: string }
  | {
      code: 'client-certificate-expired';
      /** `local`: seen before calling; `server`: the server said so (a clock out of step?). */
      refusedBy: 'local' | 'server';
      validTo: string | null;
    }
  | { code: 'client-certificate-not-yet-valid'; validFrom: string }
  | { code: 'client-certificate-unusable'; detail: string }
  | {
      code: 'soap-fault';
      faultCode: string;
      reasonCode: string | null;
      description: string;
      httpStatus: number;
      ticketCBSS: string | null;
    }
  | { code: 'http-error'; status: number }
  /** An answer that is not a SOAP message (a proxy's page, a wrong URL), or one too large. */
  | { code: 'unexpected-answer'; reason: 'not-xml' | 'doctype' | 'unexpected' | 'oversize' }
  | { code: 'connection-dropped'; host: string }
  /** The proxy could not be reached (down, wrong address, its name unknown): nothing reached the BCSS. */
  | { code: 'proxy-unreachable'; proxy: string; detail: string }
  /** The proxy asks for credentials (407), or refused the ones given. */
  | { code: 'proxy-auth-required'; proxy: string }
  /** The proxy refused to open the tunnel (e.g. 403 by its policy, 502 when it cannot reach the BCSS itself). */
  | { code: 'proxy-refused'; proxy: string; status: number }
  | { code: 'network'; detail: string }
  | { code: 'cancelled' };

export type ConnectionDiagnosisCode = ConnectionDiagnosis['code'];

export interface ConnectionTestResult {
  environment: EnvironmentName;
  /** The URL tested: the environment's Social Inquiry service. */
  url: string;
  testedAt: string;
  diagnosis: ConnectionDiagnosis;
}

/** The CPAS the calls are made as; the CBE as 10 bare digits. */
export interface OrganisationView {
  cpasName: string;
  cbe: string;
  sector: number;
  institution: number;
}

/** The investigator: name, own NISS (11 bare digits), e-mail. */
export interface InvestigatorView {
  name: string;
  ssin: string;
  email: string;
}

/** The active environment's certificate when it expires within 30 days (or has), for the start banner. */
export interface CertificateWarning {
  environment: RemoteEnvironmentName;
  daysLeft: number;
  validTo: string;
  expired: boolean;
}

/** Everything the settings screen shows, in one read. */
export interface SettingsView {
  organisation: OrganisationView | null;
  investigator: InvestigatorView | null;
  activeEnvironment: EnvironmentName;
  environments: EnvironmentView[];
  certificates: Record<RemoteEnvironmentName, CertificateState>;
}

/** Shape-only input schemas, for the DeskApi contract (pure: zod only); main validates for real. */
export const organisationInputSchema = z
  .object({
    cpasName: z.string().max(400),
    cbe: z.string().max(40),
    sector: z.number().optional(),
    institution: z.number().optional(),
  })
  .strict();
export const investigatorInputSchema = z
  .object({ name: z.string().max(400), ssin: z.string().max(40), email: z.string().max(400) })
  .strict();

/** Shape-only patch schema, for the DeskApi contract; main validates for real. */
export const environmentPatchSchema = z
  .object({
    baseUrl: z.string().max(2000),
    servicePaths: z
      .object({ socialInquiry: z.string().max(400), ssdnConnector: z.string().max(400) })
      .partial()
      .strict(),
    basicAuthUser: z.string().max(200).nullable(),
    connectTimeoutMs: z.number(),
    responseTimeoutMs: z.number(),
    trustSystemCas: z.boolean(),
    caBundlePem: z
      .string()
      .max(MAX_CA_BUNDLE_BYTES * 2)
      .nullable(),
  })
  .partial()
  .strict();
export type EnvironmentPatch = z.infer<typeof environmentPatchSchema>;

/** The PKCS#12 travels base64-encoded (JSON in the browser host, structured clone in Electron alike). */
export const certificateImportSchema = z.object({
  environment: remoteEnvironmentSchema,
  pkcs12Base64: z
    .string()
    .max(Math.ceil((MAX_PKCS12_BYTES * 4) / 3) + 8)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  passphrase: z.string().max(1000),
});
