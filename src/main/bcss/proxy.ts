// Which HTTP proxy a BCSS call goes through, and the agent that tunnels it (HTTP CONNECT): the TLS session, and
// with it the client certificate, runs end to end between us and the BCSS through the tunnel; the proxy sees
// only the host and port.
//
// Three ways, per environment: the computer's own (the system's proxy when the host can ask for it, else the
// standard variables HTTPS_PROXY / NO_PROXY, read by proxy-from-env as curl and npm read them), never a proxy,
// or an explicit one with optional Basic credentials (typed in Settings, or the policy file's).
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';

/**
 * The system's answer for one URL (the Electron host asks Chromium: Windows settings, PAC, WPAD): a proxy's
 * `http(s)://host:port`, or 'DIRECT'.
 */
export type ProxyResolver = (url: string) => Promise<string | 'DIRECT'>;

export type ProxyConfig =
  /**
   * The system's proxy when `system` names one for the URL; else HTTPS_PROXY (or ALL_PROXY) unless NO_PROXY
   * names the host; else direct.
   */
  | { mode: 'env'; system?: ProxyResolver }
  | { mode: 'none' }
  | { mode: 'explicit'; url: string; auth?: { user: string; password: string } };

/** The proxy one call goes through. */
export interface ProxyRoute {
  /** The proxy's URL without credentials. */
  url: URL;
  /** `http://host:port`, for messages and the connection test: never a credential. */
  label: string;
  /** The `Proxy-Authorization` header, when credentials were given. */
  authorization: string | null;
  /** Where the proxy came from: the settings (or policy file), the system, or the variables. */
  source: ProxySource;
}

export type ProxySource = 'settings' | 'system' | 'variables';

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

/** The proxy for a call to `target`, or null to go direct (no config: direct, as the demo's simulator). */
export function proxyRoute(target: string, config: ProxyConfig | undefined): ProxyRoute | null {
  if (!config || config.mode === 'none') return null;
  const text = config.mode === 'env' ? getProxyForUrl(target) : config.url;
  if (!text) return null;
  return routeTo(
    text,
    config.mode === 'explicit' ? 'settings' : 'variables',
    config.mode === 'explicit' ? config.auth : undefined,
  );
}

/**
 * The proxy for a call, asking the system first where the host can (explicit settings > the system's proxy >
 * the variables > direct). A system answer of DIRECT is also what Windows says with nothing configured, so the
 * variables, when set, still decide then.
 */
export async function resolveProxyRoute(
  target: string,
  config: ProxyConfig | undefined,
): Promise<ProxyRoute | null> {
  if (config?.mode === 'env' && config.system) {
    let answer: string;
    try {
      answer = await config.system(target);
    } catch {
      // A PAC script that fails: Chromium itself goes direct then; the variables may still name a proxy.
      answer = 'DIRECT';
    }
    if (answer !== 'DIRECT') return routeTo(answer, 'system');
  }
  return proxyRoute(target, config);
}

function routeTo(
  text: string,
  source: ProxySource,
  auth?: { user: string; password: string },
): ProxyRoute {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // A variable set to nonsense: said by the call's failure, not ignored silently.
    throw new ProxyConfigError(text, source);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ProxyConfigError(text, source);
  let authorization: string | null = null;
  if (auth) {
    authorization = basic(auth.user, auth.password);
  } else if (url.username || url.password) {
    // HTTPS_PROXY=http://user:password@proxy:8080, as the variables carry credentials.
    authorization = basic(decodeURIComponent(url.username), decodeURIComponent(url.password));
  }
  url.username = '';
  url.password = '';
  return { url, label: `${url.protocol}//${url.host}`, authorization, source };
}

/** The proxy's address is no http(s) URL (explicit settings are validated before: the variables or the system). */
export class ProxyConfigError extends Error {
  constructor(
    readonly value: string,
    readonly source: ProxySource,
  ) {
    super('the proxy address is not an http:// or https:// URL');
    this.name = 'ProxyConfigError';
  }

  /** How the failure names the proxy (never its value: it may hold a password). */
  get label(): string {
    return this.source === 'system' ? 'system proxy' : 'HTTPS_PROXY';
  }
}

/** A one-request agent through the proxy (no pooling, as direct calls have none). */
export function proxyAgent(route: ProxyRoute): HttpsProxyAgent<string> {
  return new HttpsProxyAgent(route.url.href, {
    headers: route.authorization ? { 'Proxy-Authorization': route.authorization } : {},
    keepAlive: false,
  });
}
