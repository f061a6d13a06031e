// Builds the BcssEndpoint the inquiry service calls through: from one environment's settings with the
// certificate, the organisation, the investigator and the passwords (endpointFor), and for any or the active
// environment from the stored settings (createEndpoints), which names what is missing when it cannot.
import * as tls from 'node:tls';
import type { EnvironmentName } from '../../shared/contract/contract';
import { DeskFailure } from '../../shared/contract/errors';
import type { MessageKey } from '../../shared/i18n';
import type { ClientCertificate, ProxyConfig, ProxyResolver } from '../bcss';
import type { BcssEndpoint } from '../inquiry';
import { parseCaBundle } from './ca-bundle';
import type { CertificateStore } from './certificate-store';
import {
  serviceUrls,
  type EnvironmentSettings,
  type RemoteEnvironment,
  type RemoteEnvironmentSettings,
} from './environments';
import type { Investigator, Organisation, OrganisationSettings } from './organisation';

/** The most an answer may weigh (the simulator's `oversize` fault sends just over it). */
export const MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

export interface EndpointParts {
  certificate: ClientCertificate;
  organisation: Organisation;
  investigator: Investigator;
  /** Needed when the environment has an HTTP Basic user. */
  basicPassword?: string | null;
  /** Needed when the environment's explicit proxy has a user. */
  proxyPassword?: string | null;
  /** The system's proxy per URL (the Electron host: Windows settings, PAC, WPAD), asked before the variables. */
  systemProxy?: ProxyResolver;
}

export type MissingSetting =
  | 'organisation'
  | 'investigator'
  | 'certificate'
  | 'certificate-unreadable'
  | 'certificate-cbe-mismatch'
  | 'basic-password'
  | 'proxy-password';

export class EndpointUnavailable extends Error {
  constructor(readonly missing: MissingSetting) {
    super(`endpoint unavailable: ${missing}`);
    this.name = 'EndpointUnavailable';
  }
}

export function endpointFor(environment: RemoteEnvironment, parts: EndpointParts): BcssEndpoint {
  let basicAuth: { user: string; password: string } | undefined;
  if (environment.basicAuthUser) {
    if (!parts.basicPassword) throw new EndpointUnavailable('basic-password');
    basicAuth = { user: environment.basicAuthUser, password: parts.basicPassword };
  }
  return {
    environment: environment.name,
    serviceUrls: serviceUrls(environment),
    cbe: parts.organisation.cbe,
    user: { ssin: parts.investigator.ssin, email: parts.investigator.email },
    transport: {
      certificate: parts.certificate,
      trustedCa: trustedCas(environment),
      ...(environment.serverFingerprint
        ? { serverFingerprint: environment.serverFingerprint }
        : {}),
      connectTimeoutMs: environment.connectTimeoutMs,
      responseTimeoutMs: environment.responseTimeoutMs,
      maxResponseBytes: MAX_RESPONSE_BYTES,
      ...(basicAuth ? { basicAuth } : {}),
      proxy: proxyConfig(environment, parts.proxyPassword ?? null, parts.systemProxy),
    },
  };
}

/** The transport's proxy from the settings; a proxy user without a stored password cannot authenticate. */
function proxyConfig(
  environment: RemoteEnvironment,
  password: string | null,
  system: ProxyResolver | undefined,
): ProxyConfig {
  const { proxy } = environment;
  if (proxy.mode !== 'explicit' || proxy.url === null) {
    if (proxy.mode === 'none') return { mode: 'none' };
    return system ? { mode: 'env', system } : { mode: 'env' };
  }
  if (proxy.user === null) return { mode: 'explicit', url: proxy.url };
  if (!password) throw new EndpointUnavailable('proxy-password');
  return { mode: 'explicit', url: proxy.url, auth: { user: proxy.user, password } };
}

/**
 * The CAs the transport trusts: the system's (when chosen) plus the environment's bundle. Undefined leaves
 * Node's default store in place. Passing `ca` replaces that store, hence the system's CAs listed explicitly
 * when a bundle is added.
 */
export function trustedCas(
  environment: Pick<RemoteEnvironmentSettings, 'trustSystemCas' | 'caBundlePem'>,
): string[] | undefined {
  const bundle = environment.caBundlePem ? parseCaBundle(environment.caBundlePem) : null;
  const extra = bundle?.ok ? bundle.certificates : [];
  if (!environment.trustSystemCas) return extra;
  const system = systemCas();
  if (system === null && extra.length === 0) return undefined;
  return [...new Set([...(system ?? tls.rootCertificates), ...extra])];
}

/** Node's CAs and the OS store's, where the runtime exposes them (Node >= 22.15, so Electron's); else null. */
function systemCas(): string[] | null {
  const get = (tls as { getCACertificates?: (type: 'default' | 'system') => string[] })
    .getCACertificates;
  if (!get) return null;
  try {
    // The OS store is where a CPAS's IT deploys its CAs (e.g. a Windows group policy).
    return [...get('default'), ...get('system')];
  } catch {
    return null;
  }
}

export interface EndpointsOptions {
  environments: EnvironmentSettings;
  certificates: CertificateStore;
  organisation: OrganisationSettings;
  /** The demo environment's endpoint (the simulator and its demo PKI: src/main/environments). */
  demo: () => Promise<BcssEndpoint>;
  /** The system's proxy, where the host can ask for it (Electron); the browser host has none. */
  systemProxy?: ProxyResolver;
}

export interface Endpoints {
  /** For `createInquiryService({ endpoint })`. */
  active(): Promise<BcssEndpoint>;
  /** Throws DeskFailure NOT_CONFIGURED, `details: { environment, missing: MissingSetting }`. */
  of(name: EnvironmentName): Promise<BcssEndpoint>;
}

export function createEndpoints(options: EndpointsOptions): Endpoints {
  async function of(name: EnvironmentName): Promise<BcssEndpoint> {
    if (name === 'demo') return options.demo();
    const notConfigured = (missing: MissingSetting) =>
      new DeskFailure({
        code: 'NOT_CONFIGURED',
        messageKey: `settings.notConfigured.${missing}` as MessageKey,
        details: { environment: name, missing },
      });
    const organisation = options.organisation.organisation();
    if (!organisation) throw notConfigured('organisation');
    const investigator = options.organisation.investigator();
    if (!investigator) throw notConfigured('investigator');
    const status = await options.certificates.status(name);
    if (status.state === 'none') throw notConfigured('certificate');
    if (status.state === 'unreadable') throw notConfigured('certificate-unreadable');
    // The BCSS would refuse every call (MSG00014): say so before sending one.
    if (status.certificate.cbeMatchesOrganisation === false) {
      throw notConfigured('certificate-cbe-mismatch');
    }
    const certificate = await options.certificates.clientCertificate(name);
    if (!certificate) throw notConfigured('certificate');
    const environment = options.environments.get(name);
    const basicPassword = environment.basicAuthUser
      ? await options.environments.basicPassword(name)
      : null;
    const proxyPassword =
      environment.proxy.mode === 'explicit' && environment.proxy.user
        ? await options.environments.proxyPassword(name)
        : null;
    try {
      return endpointFor(environment, {
        certificate,
        organisation,
        investigator,
        basicPassword,
        proxyPassword,
        systemProxy: options.systemProxy,
      });
    } catch (error) {
      if (error instanceof EndpointUnavailable) throw notConfigured(error.missing);
      throw error;
    }
  }
  return { of, active: () => of(options.environments.active()) };
}
