// The system's proxy for a URL, as Chromium resolves it (Windows settings, PAC scripts, WPAD), for the BCSS
// calls of the Electron host when no proxy is configured in the settings.
import type { Session } from 'electron';
import type { ProxyResolver } from '../bcss';

/** How to reach a URL: directly, or through an HTTP(S) proxy (`http://host:port`, `https://host:port`). */
export type SystemProxy = { kind: 'direct' } | { kind: 'proxy'; url: string };

/**
 * Reads Chromium's PAC-style answer (`DIRECT`, `PROXY host:port; DIRECT`, `HTTPS host:port`, `SOCKS5 …`):
 * the first entry the BCSS transport can use. SOCKS entries are skipped (the transport speaks HTTP
 * CONNECT only); an answer with nothing usable is direct.
 */
export function parseProxyRules(rules: string): SystemProxy {
  for (const entry of rules.split(';')) {
    const [scheme, hostPort] = entry.trim().split(/\s+/);
    const kind = scheme?.toUpperCase();
    if (kind === 'DIRECT') return { kind: 'direct' };
    if ((kind === 'PROXY' || kind === 'HTTP') && hostPort)
      return { kind: 'proxy', url: `http://${hostPort}` };
    if (kind === 'HTTPS' && hostPort) return { kind: 'proxy', url: `https://${hostPort}` };
  }
  return { kind: 'direct' };
}

/** The system proxy for one URL (resolved per request: a PAC script may answer differently per host). */
export async function resolveSystemProxy(
  session: Pick<Session, 'resolveProxy'>,
  url: string,
): Promise<SystemProxy> {
  try {
    return parseProxyRules(await session.resolveProxy(url));
  } catch {
    // A PAC script that fails to load or run: Chromium itself falls back to a direct connection.
    return { kind: 'direct' };
  }
}

/** The resolver the composition's transport asks before each call: the proxy's URL, or 'DIRECT'. */
export function systemProxyResolver(session: Pick<Session, 'resolveProxy'>): ProxyResolver {
  return async (url) => {
    const proxy = await resolveSystemProxy(session, url);
    return proxy.kind === 'proxy' ? proxy.url : 'DIRECT';
  };
}
