// The BCSS environments: demo (the simulator, default), test, acceptance and production, with each one's
// addresses, proxy, timeouts, trust and HTTP Basic user; the active one, where production takes an explicit
// confirmation.
//
// How addresses compose: an environment has a base URL (scheme, host, optional port, optional path prefix, no
// trailing slash), e.g. `https://bcssksz-services-test.smals.be/SOA4520`, and per service (BCSS_SERVICES) an
// optional address of its own: none (null) puts the service at the base URL + its usual path
// (DEFAULT_SERVICE_PATHS: `/SocialInquiryService/v1`, ...); a path starting with '/' puts it at the base URL +
// that path; a full https URL puts it there, on any host. Composition is plain concatenation (never URL
// resolution, which would drop the prefix for a path starting with '/'). The defaults follow DOMAIN.md §7 and
// seed 002: everything under the newer hosts' /SOA4520, except ForeignerSituation, whose published address is
// on the older b2b hosts (`https://b2b-test.ksz-bcss.fgov.be:4520/ForeignerSituationService/v1/consult`).
//
// Settings saved before (one base URL and two service paths) are read as the same addresses, the services
// they did not name taking their defaults.
import { z } from 'zod';
import { ENVIRONMENT_NAMES, type EnvironmentName } from '../../shared/domain/environments';
import { resolveProxyRoute, type ProxyResolver } from '../bcss';
import { parseCaBundle } from './ca-bundle';
import {
  BCSS_SERVICES,
  DEFAULT_SERVICE_PATHS,
  PROXY_MODES,
  REMOTE_ENVIRONMENTS,
  TIME_LIMITS,
  type BcssServiceId,
  type EnvironmentPatch,
  type EnvironmentView,
  type ProxySettings,
  type RemoteEnvironmentName,
  type ServiceUrls,
} from '../../shared/contract/settings';
import type { KeyValueStore } from './preferences';
import { SECRET_NAMES, type SecretStore } from './secret-store';
import { customIssue, fieldIssues, SettingsInvalid } from './settings-issues';

export { DEFAULT_SERVICE_PATHS };

export const ENVIRONMENT_KEYS = {
  environments: 'environments',
  active: 'activeEnvironment',
} as const;

/** The prefix of the newer hosts' paths, which the simulator serves too. */
export const SOA_PREFIX = '/SOA4520';

export type ServiceAddresses = Record<BcssServiceId, string | null>;

export interface RemoteEnvironmentSettings {
  baseUrl: string;
  /** Per service: null (base URL + its usual path), a path under the base URL, or a full https URL. */
  serviceAddresses: ServiceAddresses;
  /** HTTP Basic user (some services: `E` + CBE); its password is a secret (SECRET_NAMES.basicPassword). */
  basicAuthUser: string | null;
  connectTimeoutMs: number;
  responseTimeoutMs: number;
  /** Trust the system's CAs (Node's store, plus the OS store where the runtime exposes it). */
  trustSystemCas: boolean;
  /** Extra CAs, PEM; public material, kept in the settings file. */
  caBundlePem: string | null;
  /**
   * The server certificate's SHA-256 fingerprint (`AB:CD:…`): when set, it alone is trusted for this
   * environment (no CA, the system's included), and the CAs above are not used.
   */
  serverFingerprint: string | null;
  /** The HTTP proxy; its password is a secret (SECRET_NAMES.proxyPassword). */
  proxy: ProxySettings;
}

export interface RemoteEnvironment extends RemoteEnvironmentSettings {
  name: RemoteEnvironmentName;
}

// The BCSS answers 90 % of calls within 1 s; its heavy answers (~2 MB) within a few: 20 s is ten times that,
// and leaves the call's 45 s budget room for one more try (README "Time").
const DEFAULT_TIMEOUTS = { connectTimeoutMs: 10_000, responseTimeoutMs: 20_000 };

/** HTTPS_PROXY / NO_PROXY when set, else direct: what a CPAS's network usually expects of a program. */
export const DEFAULT_PROXY: ProxySettings = { mode: 'env', url: null, user: null };

function defaults(host: string, b2bHost: string): RemoteEnvironmentSettings {
  return {
    baseUrl: `https://${host}${SOA_PREFIX}`,
    serviceAddresses: {
      socialInquiry: null,
      ssdnConnector: null,
      registerExtract: null,
      // Seed 002: published on the b2b hosts only, with no /SOA4520 form.
      foreignerSituation: `https://${b2bHost}:4520${DEFAULT_SERVICE_PATHS.foreignerSituation}`,
    },
    basicAuthUser: null,
    ...DEFAULT_TIMEOUTS,
    trustSystemCas: true,
    caBundlePem: null,
    serverFingerprint: null,
    proxy: { ...DEFAULT_PROXY },
  };
}

/** DOMAIN.md §7 and seed 002: the hosts seen in public material; editable, since they change. */
export const DEFAULT_ENVIRONMENTS: Readonly<
  Record<RemoteEnvironmentName, RemoteEnvironmentSettings>
> = {
  test: defaults('bcssksz-services-test.smals.be', 'b2b-test.ksz-bcss.fgov.be'),
  acceptance: defaults('bcssksz-services-acpt.smals.be', 'b2b-acpt.ksz-bcss.fgov.be'),
  production: defaults('bcssksz-services-prod.smals.be', 'b2b.ksz-bcss.fgov.be'),
};

/** Where each service is called: its own address, or the base URL + its path. */
export function serviceUrls(
  settings: Pick<RemoteEnvironmentSettings, 'baseUrl' | 'serviceAddresses'>,
): ServiceUrls {
  const urlOf = (id: BcssServiceId) => {
    const address = settings.serviceAddresses[id];
    if (address === null) return settings.baseUrl + DEFAULT_SERVICE_PATHS[id];
    return address.startsWith('/') ? settings.baseUrl + address : address;
  };
  return Object.fromEntries(BCSS_SERVICES.map((id) => [id, urlOf(id)])) as ServiceUrls;
}

type UrlProblem = 'url-invalid' | 'url-not-https' | 'url-has-credentials' | 'url-has-query';

/** An https URL without credentials, query or fragment, normalised (lower-case host, no trailing slash). */
function httpsUrl(text: string): { ok: true; url: string } | { ok: false; problem: UrlProblem } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'url-invalid' };
  }
  // TLS both ways is the BCSS's rule (DOMAIN.md §7): plain http would send nothing useful anyway.
  if (url.protocol !== 'https:') return { ok: false, problem: 'url-not-https' };
  if (url.username || url.password) return { ok: false, problem: 'url-has-credentials' };
  if (url.search || url.hash || text.includes('?') || text.includes('#')) {
    return { ok: false, problem: 'url-has-query' };
  }
  return { ok: true, url: url.origin + url.pathname.replace(/\/+$/, '') };
}

const baseUrl = z.string().transform((text, ctx) => {
  const trimmed = text.trim();
  if (trimmed === '') {
    ctx.addIssue(customIssue('required'));
    return z.NEVER;
  }
  const checked = httpsUrl(trimmed);
  if (checked.ok) return checked.url;
  ctx.addIssue(customIssue(checked.problem));
  return z.NEVER;
});

const SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$/;

function isServicePath(path: string): boolean {
  const segments = path.split('/').slice(1);
  return (
    path.startsWith('/') &&
    path.length <= 300 &&
    segments.length > 0 &&
    segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..')
  );
}

/** Empty: the default; `/path`: under the base URL; `https://...`: the service's own address. */
const serviceAddress = z
  .string()
  .nullable()
  .transform((text, ctx) => {
    const trimmed = text?.trim() ?? '';
    if (trimmed === '') return null;
    if (trimmed.startsWith('/')) {
      const path = trimmed.replace(/\/+$/, '');
      if (isServicePath(path)) return path;
      ctx.addIssue(customIssue('path-invalid'));
      return z.NEVER;
    }
    if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
      ctx.addIssue(customIssue('address-invalid'));
      return z.NEVER;
    }
    const checked = httpsUrl(trimmed);
    if (checked.ok) return checked.url;
    ctx.addIssue(customIssue(checked.problem));
    return z.NEVER;
  });

/** `http://host:port` (or https): the proxy's address alone, its credentials in their own fields. */
const proxyUrl = z
  .string()
  .nullable()
  .transform((text, ctx) => {
    const trimmed = text?.trim() ?? '';
    if (trimmed === '') return null;
    let url: URL | null;
    try {
      url = new URL(trimmed);
    } catch {
      url = null;
    }
    const valid =
      url !== null &&
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname !== '' &&
      !url.username &&
      !url.password &&
      (url.pathname === '/' || url.pathname === '') &&
      !url.search &&
      !url.hash;
    if (!valid || !url) {
      ctx.addIssue(customIssue('proxy-url-invalid'));
      return z.NEVER;
    }
    return `${url.protocol}//${url.host}`;
  });

// Basic puts user and password on either side of the first ':'.
const basicUser = z
  .string()
  .trim()
  .max(100)
  .refine((user) => !user.includes(':'), { message: 'invalid' })
  .nullable()
  .transform((user) => (user ? user : null));

const proxySchema = z
  .object({ mode: z.enum(PROXY_MODES), url: proxyUrl, user: basicUser })
  .strict()
  .superRefine((proxy, ctx) => {
    if (proxy.mode === 'explicit' && proxy.url === null) {
      ctx.addIssue(customIssue('required', ['url']));
    }
  });

const caBundlePem = z
  .string()
  .nullable()
  .transform((text, ctx) => {
    if (text === null || text.trim() === '') return null;
    const bundle = parseCaBundle(text);
    if (!bundle.ok) {
      ctx.addIssue(customIssue(bundle.problem));
      return z.NEVER;
    }
    // Normalised: only the certificates, whatever surrounded them in the file.
    return bundle.certificates.join('');
  });

/** SHA-256 as 64 hex digits, with or without ':' or spaces, stored as `AB:CD:…` (what browsers and openssl show). */
const serverFingerprint = z
  .string()
  .nullable()
  .transform((text, ctx) => {
    const digits = (text ?? '').replace(/[\s:]/g, '');
    if (digits === '') return null;
    if (!/^[0-9a-f]{64}$/i.test(digits)) {
      ctx.addIssue(customIssue('fingerprint-invalid'));
      return z.NEVER;
    }
    return digits.toUpperCase().match(/../g)!.join(':');
  });

const environmentSettingsSchema = z
  .object({
    baseUrl,
    serviceAddresses: z
      .object({
        socialInquiry: serviceAddress,
        ssdnConnector: serviceAddress,
        registerExtract: serviceAddress,
        foreignerSituation: serviceAddress,
      })
      .strict(),
    basicAuthUser: basicUser,
    connectTimeoutMs: z
      .number()
      .int()
      .min(100)
      .refine((ms) => ms <= TIME_LIMITS.connectTimeoutMs, {
        message: 'connect-timeout-too-long',
      }),
    responseTimeoutMs: z
      .number()
      .int()
      .min(100)
      .refine((ms) => ms <= TIME_LIMITS.responseTimeoutMs, {
        message: 'response-timeout-too-long',
      }),
    trustSystemCas: z.boolean(),
    caBundlePem,
    serverFingerprint,
    proxy: proxySchema,
  })
  .strict()
  .superRefine((settings, ctx) => {
    if (!settings.trustSystemCas && settings.caBundlePem === null && !settings.serverFingerprint) {
      ctx.addIssue(customIssue('ca-bundle-required', ['caBundlePem']));
    }
  });

/**
 * A stored value as the current schema reads it. Until this version an environment had one base URL and two
 * service paths (`servicePaths: { socialInquiry, ssdnConnector }`, the usual ones by default): a path that is
 * not the usual one becomes the service's address under the base URL, and the services they did not name
 * (Tx25, ForeignerSituation) take the environment's defaults; no proxy setting meant HTTPS_PROXY / NO_PROXY.
 */
export function migrateStored(name: RemoteEnvironmentName, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { servicePaths, ...rest } = value as Record<string, unknown>;
  const fromPaths: Partial<ServiceAddresses> = {};
  if (servicePaths !== null && typeof servicePaths === 'object') {
    for (const [id, path] of Object.entries(servicePaths as Record<string, unknown>)) {
      if ((BCSS_SERVICES as readonly string[]).includes(id) && typeof path === 'string') {
        const service = id as BcssServiceId;
        fromPaths[service] = path.trim() === DEFAULT_SERVICE_PATHS[service] ? null : path;
      }
    }
  }
  const saved = rest.serviceAddresses;
  // Timeouts saved before the caps (up to 120 s / 600 s) are read as the caps, not as a broken setting.
  const capped = (value: unknown, cap: number) =>
    typeof value === 'number' && value > cap ? cap : value;
  return {
    ...rest,
    ...('connectTimeoutMs' in rest
      ? { connectTimeoutMs: capped(rest.connectTimeoutMs, TIME_LIMITS.connectTimeoutMs) }
      : {}),
    ...('responseTimeoutMs' in rest
      ? { responseTimeoutMs: capped(rest.responseTimeoutMs, TIME_LIMITS.responseTimeoutMs) }
      : {}),
    serviceAddresses: {
      ...DEFAULT_ENVIRONMENTS[name].serviceAddresses,
      ...fromPaths,
      ...(saved !== null && typeof saved === 'object' ? saved : {}),
    },
    proxy: rest.proxy ?? { ...DEFAULT_PROXY },
    serverFingerprint: rest.serverFingerprint ?? null,
  };
}

export type EnvironmentRefusal = 'production-needs-confirmation' | 'unknown-environment';

export class EnvironmentRefused extends Error {
  constructor(readonly code: EnvironmentRefusal) {
    super(code);
    this.name = 'EnvironmentRefused';
  }
}

export interface EnvironmentSettings {
  active(): EnvironmentName;
  /** Production only with `{ confirmed: true }`: calls there consult real people's data. */
  select(name: EnvironmentName, options?: { confirmed?: boolean }): EnvironmentName;
  get(name: RemoteEnvironmentName): RemoteEnvironment;
  /** Validates the merged settings; throws SettingsInvalid (nothing stored) with every field issue. */
  update(name: RemoteEnvironmentName, patch: EnvironmentPatch): RemoteEnvironment;
  /** Back to DOMAIN.md's defaults; the Basic and proxy passwords are forgotten too. */
  reset(name: RemoteEnvironmentName): Promise<RemoteEnvironment>;
  list(): Promise<EnvironmentView[]>;
  /** Stores (or, with null, forgets) the HTTP Basic password, encrypted. */
  setBasicPassword(name: RemoteEnvironmentName, password: string | null): Promise<void>;
  /** Main only: never hand this to the renderer. */
  basicPassword(name: RemoteEnvironmentName): Promise<string | null>;
  /** Stores (or, with null, forgets) the proxy's password, encrypted. */
  setProxyPassword(name: RemoteEnvironmentName, password: string | null): Promise<void>;
  /** Main only: never hand this to the renderer. */
  proxyPassword(name: RemoteEnvironmentName): Promise<string | null>;
}

const settingsOf = ({ name: _name, ...settings }: RemoteEnvironment): RemoteEnvironmentSettings =>
  settings;

export function isRemoteEnvironment(name: string): name is RemoteEnvironmentName {
  return (REMOTE_ENVIRONMENTS as readonly string[]).includes(name);
}

/**
 * What the computer gives for a URL now (the system's proxy where the host can ask, else HTTPS_PROXY /
 * NO_PROXY): the proxy's `http://host:port`, or null for direct.
 */
async function computerProxy(url: string, system?: ProxyResolver): Promise<string | null> {
  try {
    return (await resolveProxyRoute(url, { mode: 'env', system }))?.label ?? null;
  } catch {
    // A variable set to nonsense: the calls say so when they fail (proxy unreachable).
    return null;
  }
}

export function createEnvironmentSettings(options: {
  store: KeyValueStore;
  secrets: SecretStore;
  /** The system's proxy (Electron host), shown with the variables' for the "computer's proxy" mode. */
  systemProxy?: ProxyResolver;
}): EnvironmentSettings {
  const { store, secrets } = options;

  function stored(): Partial<Record<RemoteEnvironmentName, unknown>> {
    const value = store.get(ENVIRONMENT_KEYS.environments);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  }

  function get(name: RemoteEnvironmentName): RemoteEnvironment {
    // A value edited by hand into nonsense falls back to the defaults, as preferences do.
    const parsed = environmentSettingsSchema.safeParse(migrateStored(name, stored()[name]));
    return {
      name,
      ...(parsed.success ? parsed.data : structuredClone(DEFAULT_ENVIRONMENTS[name])),
    };
  }

  function write(name: RemoteEnvironmentName, settings: RemoteEnvironmentSettings): void {
    store.set(ENVIRONMENT_KEYS.environments, { ...stored(), [name]: settings });
  }

  function update(name: RemoteEnvironmentName, patch: EnvironmentPatch): RemoteEnvironment {
    if (!isRemoteEnvironment(name)) throw new EnvironmentRefused('unknown-environment');
    const current = settingsOf(get(name));
    const merged = {
      ...current,
      ...patch,
      serviceAddresses: { ...current.serviceAddresses, ...patch.serviceAddresses },
      proxy: patch.proxy ?? current.proxy,
    };
    const parsed = environmentSettingsSchema.safeParse(merged);
    if (!parsed.success) throw new SettingsInvalid(fieldIssues(parsed.error, merged));
    write(name, parsed.data);
    return { name, ...parsed.data };
  }

  function active(): EnvironmentName {
    const value = store.get(ENVIRONMENT_KEYS.active);
    return typeof value === 'string' && (ENVIRONMENT_NAMES as readonly string[]).includes(value)
      ? (value as EnvironmentName)
      : 'demo';
  }

  async function secret(key: string): Promise<string | null> {
    const data = await secrets.get(key);
    return data ? data.toString('utf8') : null;
  }

  async function setSecret(key: string, field: string, password: string | null): Promise<void> {
    if (password === null || password === '') {
      await secrets.remove(key);
      return;
    }
    // Control characters cannot travel in a header; such a "password" is a paste gone wrong.
    if (password.length > 200 || [...password].some((c) => c < ' ' || c === '\x7f')) {
      throw new SettingsInvalid([{ field, code: 'invalid' }]);
    }
    await secrets.put(key, Buffer.from(password, 'utf8'));
  }

  const basicPassword = (name: RemoteEnvironmentName) => secret(SECRET_NAMES.basicPassword(name));
  const proxyPassword = (name: RemoteEnvironmentName) => secret(SECRET_NAMES.proxyPassword(name));

  return {
    active,
    select(name, selectOptions = {}) {
      if (!(ENVIRONMENT_NAMES as readonly string[]).includes(name)) {
        throw new EnvironmentRefused('unknown-environment');
      }
      if (name === 'production' && selectOptions.confirmed !== true) {
        throw new EnvironmentRefused('production-needs-confirmation');
      }
      store.set(ENVIRONMENT_KEYS.active, name);
      return name;
    },
    get,
    update,
    async reset(name) {
      write(name, structuredClone(DEFAULT_ENVIRONMENTS[name]));
      await secrets.remove(SECRET_NAMES.basicPassword(name));
      await secrets.remove(SECRET_NAMES.proxyPassword(name));
      return get(name);
    },
    async list() {
      const current = active();
      const remote = await Promise.all(
        REMOTE_ENVIRONMENTS.map(async (name): Promise<EnvironmentView> => {
          const { caBundlePem: pem, ...settings } = get(name);
          const bundle = pem ? parseCaBundle(pem) : null;
          const urls = serviceUrls(settings);
          return {
            ...settings,
            active: current === name,
            simulator: false,
            serviceUrls: urls,
            basicPasswordSet: (await basicPassword(name)) !== null,
            proxyPasswordSet: (await proxyPassword(name)) !== null,
            environmentProxies: Object.fromEntries(
              await Promise.all(
                BCSS_SERVICES.map(async (id) => [
                  id,
                  await computerProxy(urls[id], options.systemProxy),
                ]),
              ),
            ) as Record<BcssServiceId, string | null>,
            caBundle: bundle?.ok ? bundle.summaries : [],
          };
        }),
      );
      return [{ name: 'demo', active: current === 'demo', simulator: true }, ...remote];
    },
    setBasicPassword: (name, password) =>
      setSecret(SECRET_NAMES.basicPassword(name), 'basicPassword', password),
    basicPassword,
    setProxyPassword: (name, password) =>
      setSecret(SECRET_NAMES.proxyPassword(name), 'proxyPassword', password),
    proxyPassword,
  };
}
