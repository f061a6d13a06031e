// Which HTTP proxy a BCSS call goes through, and the agent that tunnels it (HTTP CONNECT): the TLS session, and
// with it the client certificate, runs end to end between us and the BCSS through the tunnel; the proxy sees
// only the host and port.
//
// Three ways, per environment: the standard variables HTTPS_PROXY / NO_PROXY (read by proxy-from-env, as curl,
// npm and most tools read them), never a proxy, or an explicit one with optional Basic credentials.
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';

export type ProxyConfig =
  /** HTTPS_PROXY (or ALL_PROXY) unless NO_PROXY names the host; direct when none is set. */
  | { mode: 'env' }
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
}

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

/** The proxy for a call to `target`, or null to go direct (no config: direct, as the demo's simulator). */
export function proxyRoute(target: string, config: ProxyConfig | undefined): ProxyRoute | null {
  if (!config || config.mode === 'none') return null;
  const text = config.mode === 'env' ? getProxyForUrl(target) : config.url;
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // A variable set to nonsense: said by the call's failure, not ignored silently.
    throw new ProxyConfigError(text);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ProxyConfigError(text);
  let authorization: string | null = null;
  if (config.mode === 'explicit' && config.auth) {
    authorization = basic(config.auth.user, config.auth.password);
  } else if (url.username || url.password) {
    // HTTPS_PROXY=http://user:password@proxy:8080, as the variables carry credentials.
    authorization = basic(decodeURIComponent(url.username), decodeURIComponent(url.password));
  }
  url.username = '';
  url.password = '';
  return { url, label: `${url.protocol}//${url.host}`, authorization };
}

/** The proxy's address is no http(s) URL (explicit settings are validated before: this is the variables). */
export class ProxyConfigError extends Error {
  constructor(readonly value: string) {
    super('the proxy address is not an http:// or https:// URL');
    this.name = 'ProxyConfigError';
  }
}

/** A one-request agent through the proxy (no pooling, as direct calls have none). */
export function proxyAgent(route: ProxyRoute): HttpsProxyAgent<string> {
  return new HttpsProxyAgent(route.url.href, {
    headers: route.authorization ? { 'Proxy-Authorization': route.authorization } : {},
    keepAlive: false,
  });
}
