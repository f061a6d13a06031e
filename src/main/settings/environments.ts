// The BCSS environments: demo (the simulator, default), test, acceptance and production, with each one's
// address, service paths, timeouts, trust and HTTP Basic user; the active one, where production takes an
// explicit confirmation.
//
// How URLs compose: an environment has a base URL (scheme, host, optional port, optional path prefix, no
// trailing slash), e.g. `https://bcssksz-services-test.smals.be/SOA4520`, and per service a path relative to
// it, e.g. `/SocialInquiryService/v1`; a service's URL is the plain concatenation of the two (never URL
// resolution, which would drop the prefix for a path starting with '/'). The older b2b hosts have no
// prefix (`https://b2b-test.ksz-bcss.fgov.be:4520` + `/ForeignerSituationService/v1/consult`); the simulator
// answers on the same paths as the newer hosts, so the demo's base URL is `<simulator url>/SOA4520`.
//
// The inquiry service of today appends fixed paths (`/SOA4520/SocialInquiryService/v1`, ...) to
// `BcssEndpoint.baseUrl`; `clientBaseUrl` finds the base that makes those land on the configured URLs, and
// settings it cannot express are refused as `service-paths-unsupported` until the client takes full URLs.
import { z } from 'zod';
import { ENVIRONMENT_NAMES, type EnvironmentName } from '../../shared/domain/environments';
import { SSDN_CONNECTOR, SOCIAL_INQUIRY } from '../bcss';
import { parseCaBundle } from './ca-bundle';
import {
  BCSS_SERVICES,
  REMOTE_ENVIRONMENTS,
  type BcssServiceId,
  type EnvironmentPatch,
  type EnvironmentView,
  type RemoteEnvironmentName,
  type ServiceUrls,
} from '../../shared/contract/settings';
import type { KeyValueStore } from './preferences';
import { SECRET_NAMES, type SecretStore } from './secret-store';
import { customIssue, fieldIssues, SettingsInvalid } from './settings-issues';

export const ENVIRONMENT_KEYS = {
  environments: 'environments',
  active: 'activeEnvironment',
} as const;

export const DEFAULT_SERVICE_PATHS: Readonly<Record<BcssServiceId, string>> = {
  socialInquiry: '/SocialInquiryService/v1',
  ssdnConnector: '/WebServiceConnector',
};

/** The prefix of the newer hosts' paths, which the simulator serves too. */
export const SOA_PREFIX = '/SOA4520';

export interface RemoteEnvironmentSettings {
  baseUrl: string;
  servicePaths: Record<BcssServiceId, string>;
  /** HTTP Basic user (some services: `E` + CBE); its password is a secret (SECRET_NAMES.basicPassword). */
  basicAuthUser: string | null;
  connectTimeoutMs: number;
  responseTimeoutMs: number;
  /** Trust the system's CAs (Node's store, plus the OS store where the runtime exposes it). */
  trustSystemCas: boolean;
  /** Extra CAs, PEM; public material, kept in the settings file. */
  caBundlePem: string | null;
}

export interface RemoteEnvironment extends RemoteEnvironmentSettings {
  name: RemoteEnvironmentName;
}

// The BCSS answers 90 % of calls within 1 s, but its suppliers have no SLA (DOMAIN.md §4): generous.
const DEFAULT_TIMEOUTS = { connectTimeoutMs: 10_000, responseTimeoutMs: 60_000 };

function defaults(host: string): RemoteEnvironmentSettings {
  return {
    baseUrl: `https://${host}${SOA_PREFIX}`,
    servicePaths: { ...DEFAULT_SERVICE_PATHS },
    basicAuthUser: null,
    ...DEFAULT_TIMEOUTS,
    trustSystemCas: true,
    caBundlePem: null,
  };
}

/** DOMAIN.md §7: the hosts seen in public material; editable, since they change. */
export const DEFAULT_ENVIRONMENTS: Readonly<
  Record<RemoteEnvironmentName, RemoteEnvironmentSettings>
> = {
  test: defaults('bcssksz-services-test.smals.be'),
  acceptance: defaults('bcssksz-services-acpt.smals.be'),
  production: defaults('bcssksz-services-prod.smals.be'),
};

export function serviceUrls(
  settings: Pick<RemoteEnvironmentSettings, 'baseUrl' | 'servicePaths'>,
): ServiceUrls {
  return {
    socialInquiry: settings.baseUrl + settings.servicePaths.socialInquiry,
    ssdnConnector: settings.baseUrl + settings.servicePaths.ssdnConnector,
  };
}

/** The paths the BCSS client appends to `BcssEndpoint.baseUrl` (src/main/bcss). */
export const CLIENT_SERVICE_PATHS: Readonly<Record<BcssServiceId, string>> = {
  socialInquiry: SOCIAL_INQUIRY.path,
  ssdnConnector: SSDN_CONNECTOR.path,
};

/** The `BcssEndpoint.baseUrl` under which the client's fixed paths give these URLs, or null when none does. */
export function clientBaseUrl(urls: ServiceUrls): string | null {
  const bases = BCSS_SERVICES.map((id) =>
    urls[id].endsWith(CLIENT_SERVICE_PATHS[id])
      ? urls[id].slice(0, -CLIENT_SERVICE_PATHS[id].length)
      : null,
  );
  const [first] = bases;
  return first && bases.every((base) => base === first) ? first : null;
}

const baseUrl = z.string().transform((text, ctx) => {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    ctx.addIssue(customIssue(text.trim() === '' ? 'required' : 'url-invalid'));
    return z.NEVER;
  }
  // TLS both ways is the BCSS's rule (DOMAIN.md §7): plain http would send nothing useful anyway.
  if (url.protocol !== 'https:') ctx.addIssue(customIssue('url-not-https'));
  else if (url.username || url.password) ctx.addIssue(customIssue('url-has-credentials'));
  else if (url.search || url.hash || text.includes('?') || text.includes('#')) {
    ctx.addIssue(customIssue('url-has-query'));
  } else return url.origin + url.pathname.replace(/\/+$/, '');
  return z.NEVER;
});

const SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$/;
const servicePath = z.string().transform((text, ctx) => {
  const path = text.trim().replace(/\/+$/, '');
  const segments = path.split('/').slice(1);
  const valid =
    path.startsWith('/') &&
    path.length <= 300 &&
    segments.length > 0 &&
    segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..');
  if (!valid) {
    ctx.addIssue(customIssue('path-invalid'));
    return z.NEVER;
  }
  return path;
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

const environmentSettingsSchema = z
  .object({
    baseUrl,
    servicePaths: z.object({ socialInquiry: servicePath, ssdnConnector: servicePath }).strict(),
    basicAuthUser: z
      .string()
      .trim()
      .max(100)
      // Basic puts user and password on either side of the first ':'.
      .refine((user) => !user.includes(':'), { message: 'invalid' })
      .nullable()
      .transform((user) => (user ? user : null)),
    connectTimeoutMs: z.number().int().min(100).max(120_000),
    responseTimeoutMs: z.number().int().min(100).max(600_000),
    trustSystemCas: z.boolean(),
    caBundlePem,
  })
  .strict()
  .superRefine((settings, ctx) => {
    if (!settings.trustSystemCas && settings.caBundlePem === null) {
      ctx.addIssue(customIssue('ca-bundle-required', ['caBundlePem']));
    }
    if (clientBaseUrl(serviceUrls(settings)) === null) {
      ctx.addIssue(customIssue('service-paths-unsupported', ['servicePaths']));
    }
  });

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
  /** Back to DOMAIN.md's defaults; the Basic password is forgotten too. */
  reset(name: RemoteEnvironmentName): Promise<RemoteEnvironment>;
  list(): Promise<EnvironmentView[]>;
  /** Stores (or, with null, forgets) the HTTP Basic password, encrypted. */
  setBasicPassword(name: RemoteEnvironmentName, password: string | null): Promise<void>;
  /** Main only: never hand this to the renderer. */
  basicPassword(name: RemoteEnvironmentName): Promise<string | null>;
}

const settingsOf = ({ name: _name, ...settings }: RemoteEnvironment): RemoteEnvironmentSettings =>
  settings;

export function isRemoteEnvironment(name: string): name is RemoteEnvironmentName {
  return (REMOTE_ENVIRONMENTS as readonly string[]).includes(name);
}

export function createEnvironmentSettings(options: {
  store: KeyValueStore;
  secrets: SecretStore;
}): EnvironmentSettings {
  const { store, secrets } = options;

  function stored(): Partial<Record<RemoteEnvironmentName, unknown>> {
    const value = store.get(ENVIRONMENT_KEYS.environments);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  }

  function get(name: RemoteEnvironmentName): RemoteEnvironment {
    // A value edited by hand into nonsense falls back to the defaults, as preferences do.
    const parsed = environmentSettingsSchema.safeParse(stored()[name]);
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
      servicePaths: { ...current.servicePaths, ...patch.servicePaths },
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

  async function basicPassword(name: RemoteEnvironmentName): Promise<string | null> {
    const data = await secrets.get(SECRET_NAMES.basicPassword(name));
    return data ? data.toString('utf8') : null;
  }

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
      return get(name);
    },
    async list() {
      const current = active();
      const remote = await Promise.all(
        REMOTE_ENVIRONMENTS.map(async (name): Promise<EnvironmentView> => {
          const { caBundlePem: pem, ...settings } = get(name);
          const bundle = pem ? parseCaBundle(pem) : null;
          return {
            ...settings,
            active: current === name,
            simulator: false,
            serviceUrls: serviceUrls(settings),
            basicPasswordSet: (await basicPassword(name)) !== null,
            caBundle: bundle?.ok ? bundle.summaries : [],
          };
        }),
      );
      return [{ name: 'demo', active: current === 'demo', simulator: true }, ...remote];
    },
    async setBasicPassword(name, password) {
      if (password === null || password === '') {
        await secrets.remove(SECRET_NAMES.basicPassword(name));
        return;
      }
      // Control characters cannot travel in a header; such a "password" is a paste gone wrong.
      if (password.length > 200 || [...password].some((c) => c < ' ' || c === '\x7f')) {
        throw new SettingsInvalid([{ field: 'basicPassword', code: 'invalid' }]);
      }
      await secrets.put(SECRET_NAMES.basicPassword(name), Buffer.from(password, 'utf8'));
    },
    basicPassword,
  };
}
