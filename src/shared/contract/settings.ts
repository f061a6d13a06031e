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

/**
 * The BCSS addresses an environment needs: Social Inquiry; the SSDN connector (sendXML), which carries
 * ListOfAttestation, ManageAccess and IdentifyPerson; Tx25 (RetrieveTIGroups v2); ForeignerSituation.
 */
export const BCSS_SERVICES = [
  'socialInquiry',
  'ssdnConnector',
  'registerExtract',
  'foreignerSituation',
] as const;
export type BcssServiceId = (typeof BCSS_SERVICES)[number];
export type ServiceUrls = Record<BcssServiceId, string>;

/**
 * Each service's path under an environment's base URL, when the environment gives it no address of its own: the
 * newer hosts' paths after their `/SOA4520` prefix (DOMAIN.md §7; Tx25 the CPAS path of the official WSDL's
 * comments; ForeignerSituation the URI of seed 002, published for the b2b hosts only).
 */
export const DEFAULT_SERVICE_PATHS: Readonly<Record<BcssServiceId, string>> = {
  socialInquiry: '/SocialInquiryService/v1',
  ssdnConnector: '/WebServiceConnector',
  registerExtract: '/RetrieveTIGroupsService/v2/retrieveTI',
  foreignerSituation: '/ForeignerSituationService/v1/consult',
};

/**
 * How an environment reaches the BCSS: `env` follows HTTPS_PROXY / NO_PROXY (direct when they are not set),
 * `none` always goes direct, `explicit` tunnels every call through `url` (HTTP CONNECT); its password is a secret.
 */
export const PROXY_MODES = ['env', 'none', 'explicit'] as const;
export type ProxyMode = (typeof PROXY_MODES)[number];
export interface ProxySettings {
  mode: ProxyMode;
  /** `http://host:port` (or `https://`), no credentials in it; kept when another mode is chosen. */
  url: string | null;
  /** The proxy's Basic user, when it asks for one (407). */
  user: string | null;
}

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
  | 'address-invalid'
  | 'proxy-url-invalid'
  | 'ca-bundle-invalid'
  | 'ca-bundle-private-key'
  | 'ca-bundle-too-large'
  | 'ca-bundle-required'
  | 'fingerprint-invalid'
  | 'connect-timeout-too-long'
  | 'response-timeout-too-long'
  | 'unknown-field'
  | 'invalid';

/**
 * How long a BCSS call may take (README "Time"): a try waits at most 15 s to connect and 30 s for its whole
 * answer (Settings refuse more), and the call stops at 45 s, every try and wait included.
 */
export const TIME_LIMITS = {
  connectTimeoutMs: 15_000,
  responseTimeoutMs: 30_000,
  callBudgetMs: 45_000,
} as const;

/** The limits in seconds, as the screens' messages quote them. */
export const TIME_LIMITS_SECONDS = {
  connectMax: TIME_LIMITS.connectTimeoutMs / 1000,
  responseMax: TIME_LIMITS.responseTimeoutMs / 1000,
  budget: TIME_LIMITS.callBudgetMs / 1000,
} as const;

export interface FieldIssue {
  /** Dotted path of the field, e.g. 'cbe' or 'serviceAddresses.foreignerSituation'. */
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
      /** Per service: null for the base URL + its DEFAULT_SERVICE_PATHS entry, else a path under the base or a full URL. */
      serviceAddresses: Record<BcssServiceId, string | null>;
      /** Where each service is called, resolved. */
      serviceUrls: ServiceUrls;
      basicAuthUser: string | null;
      basicPasswordSet: boolean;
      proxy: ProxySettings;
      proxyPasswordSet: boolean;
      /** What HTTPS_PROXY / NO_PROXY give for each service's URL now (credentials removed; null: direct). */
      environmentProxies: Record<BcssServiceId, string | null>;
      connectTimeoutMs: number;
      responseTimeoutMs: number;
      trustSystemCas: boolean;
      caBundle: CaSummary[];
      /** The BCSS server certificate's SHA-256 fingerprint, pinned (`AB:CD:…`), or null. */
      serverFingerprint: string | null;
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
  /** The CA that signed the server's certificate: its issuer's common name (or whole name without one). */
  signedBy: string;
  /** The chain the server showed, from its own certificate up: each one's common name (or whole name). */
  chain: string[];
  /** SHA-256 of the server's certificate, `AB:CD:…`: what a pin in Settings compares. */
  fingerprint: string;
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

/** One service's probe: its address, the proxy it went through, what it met. */
export interface ServiceCheck {
  service: BcssServiceId;
  url: string;
  /** The proxy the call went through (`http://host:port`, no credentials), null when direct. */
  proxy: string | null;
  diagnosis: ConnectionDiagnosis;
}

export interface ConnectionTestResult {
  environment: EnvironmentName;
  testedAt: string;
  /** Set when the test stopped before any call (the certificate expired, not yet valid, unusable). */
  stopped: ConnectionDiagnosis | null;
  /** One per service, in BCSS_SERVICES order; empty when `stopped`. */
  services: ServiceCheck[];
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
const address = z.string().max(2000).nullable();
export const environmentPatchSchema = z
  .object({
    baseUrl: z.string().max(2000),
    serviceAddresses: z
      .object({
        socialInquiry: address,
        ssdnConnector: address,
        registerExtract: address,
        foreignerSituation: address,
      })
      .partial()
      .strict(),
    basicAuthUser: z.string().max(200).nullable(),
    proxy: z
      .object({
        mode: z.enum(PROXY_MODES),
        url: z.string().max(2000).nullable(),
        user: z.string().max(200).nullable(),
      })
      .strict(),
    connectTimeoutMs: z.number(),
    responseTimeoutMs: z.number(),
    trustSystemCas: z.boolean(),
    caBundlePem: z
      .string()
      .max(MAX_CA_BUNDLE_BYTES * 2)
      .nullable(),
    serverFingerprint: z.string().max(200).nullable(),
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
