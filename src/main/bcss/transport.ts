// HTTPS with the CPAS's PKCS#12 client certificate, directly or through an HTTP proxy's tunnel (proxy.ts):
// timeouts, size ceiling, cancellation, and failures classified in words a user can act on.
import { request as httpsRequest } from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { readClientCertificate, type CertificateInfo } from './client-certificate';
import {
  ProxyConfigError,
  proxyAgent,
  resolveProxyRoute,
  type ProxyConfig,
  type ProxyRoute,
} from './proxy';

export interface ClientCertificate {
  pfx: Buffer;
  passphrase: string;
}

export interface TransportConfig {
  certificate: ClientCertificate;
  /** PEM CA certificates to trust; undefined trusts the system's store. */
  trustedCa?: string[];
  /**
   * The server certificate's SHA-256 fingerprint (`AB:CD:…`, upper case), pinned: it replaces every CA, the
   * system's included, and nothing is sent before the server has shown that very certificate.
   */
  serverFingerprint?: string;
  /** Time to establish TCP + TLS. */
  connectTimeoutMs: number;
  /** Time from the request sent to the last byte of the answer. */
  responseTimeoutMs: number;
  maxResponseBytes: number;
  basicAuth?: { user: string; password: string };
  /** How calls reach the BCSS; absent: direct (the demo's simulator on loopback). */
  proxy?: ProxyConfig;
}

export interface SoapHttpRequest {
  url: string;
  soapAction: string;
  body: string;
  signal?: AbortSignal;
  /** Extra headers: only tests set any (e.g. the simulator's fault header). */
  headers?: Record<string, string>;
  /** The service's own cap on its answers (answer-limits.ts), when below the configured ceiling. */
  maxResponseBytes?: number;
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
}

export type TransportFailureKind =
  | 'dns'
  | 'refused'
  | 'timeout'
  | 'tls-refused'
  /** No TLS version (1.2 or later) or cipher in common: an outdated server, or one that speaks no TLS at all. */
  | 'tls-protocol'
  | 'client-certificate-expired'
  | 'client-certificate-unusable'
  | 'server-untrusted'
  /** The server showed another certificate than the one pinned for the environment. */
  | 'server-pin-mismatch'
  | 'connection-dropped'
  | 'oversize'
  | 'cancelled'
  | 'network'
  /** The proxy could not be reached (down, wrong address, unknown name, closed before answering CONNECT). */
  | 'proxy-unreachable'
  /** The proxy answered CONNECT with 407: it wants credentials, or refused the ones given. */
  | 'proxy-auth-required'
  /** The proxy answered CONNECT with another refusal (403 by policy, 502/504 when it cannot reach the BCSS). */
  | 'proxy-refused'
  /** The call's whole time budget (every try and wait included) ran out: gateway.ts. */
  | 'time-budget';

export class TransportFailure extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    readonly detail: string,
    /** For the proxy's failures: the proxy (`http://host:port`) and its CONNECT answer's status. */
    readonly proxy: { label: string; status?: number } | null = null,
    /** For `time-budget`: the budget that ran out. */
    readonly budgetMs: number | null = null,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'TransportFailure';
  }

  /** Worth a retry: the request may not have reached the service, or the network hiccuped. */
  get transient(): boolean {
    return (
      this.kind === 'timeout' ||
      this.kind === 'connection-dropped' ||
      this.kind === 'network' ||
      this.kind === 'refused' ||
      this.kind === 'proxy-unreachable' ||
      // The proxy could not reach the BCSS just now (bad gateway, gateway timeout).
      (this.kind === 'proxy-refused' && [502, 503, 504].includes(this.proxy?.status ?? 0))
    );
  }
}

/** The proxy's answer to CONNECT, when it is not 200, as a failure of its own. */
export function proxyRefusal(route: ProxyRoute, status: number, text = ''): TransportFailure {
  const detail = `${route.label} answered CONNECT with ${status} ${text}`.trim();
  return status === 407
    ? new TransportFailure('proxy-auth-required', detail, { label: route.label, status })
    : new TransportFailure('proxy-refused', detail, { label: route.label, status });
}

/** A failure before the proxy opened its tunnel: the proxy, not the BCSS, was out of reach. */
export function proxyUnreachable(route: ProxyRoute, detail: string): TransportFailure {
  return new TransportFailure('proxy-unreachable', `${route.label}: ${detail}`, {
    label: route.label,
  });
}

const SERVER_UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** OpenSSL's words for a handshake that found no protocol version or cipher both sides accept. */
const PROTOCOL_MISMATCH =
  /unsupported protocol|wrong version number|no protocols available|protocol version|no shared cipher|no ciphers available/i;

/** Maps a Node/OpenSSL error to what happened, for the user. */
export function classifyNetworkError(
  error: NodeJS.ErrnoException & { reason?: string },
): TransportFailure {
  const code = error.code ?? '';
  const text = `${code} ${error.message} ${error.reason ?? ''}`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new TransportFailure('dns', text);
  if (code === 'ECONNREFUSED') return new TransportFailure('refused', text);
  if (code === 'ETIMEDOUT') return new TransportFailure('timeout', text);
  if (SERVER_UNTRUSTED.has(code)) return new TransportFailure('server-untrusted', text);
  if (/CERTIFICATE_EXPIRED|certificate expired/i.test(text)) {
    return new TransportFailure('client-certificate-expired', text);
  }
  // Before the alerts below: a TLS 1.1 server's "protocol version" alert says nothing about our certificate.
  if (PROTOCOL_MISMATCH.test(text)) return new TransportFailure('tls-protocol', text);
  // Our own PKCS#12 could not be used: wrong passphrase, not a PKCS#12, unsupported algorithm.
  if (
    /mac verify failure|PKCS12|pkcs12|bad decrypt|not enough data|unsupported/i.test(text) &&
    !/alert/i.test(text)
  ) {
    return new TransportFailure('client-certificate-unusable', text);
  }
  if (/alert|handshake|SSL|TLS/i.test(text)) return new TransportFailure('tls-refused', text);
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED') {
    return new TransportFailure('connection-dropped', text);
  }
  return new TransportFailure('network', text);
}

const checkedCertificates = new WeakMap<Buffer, CertificateInfo>();

/** Refuses to call with a certificate that cannot work: the user learns why before a long timeout. */
function checkCertificate(certificate: ClientCertificate, now: Date): void {
  let info = checkedCertificates.get(certificate.pfx);
  if (!info) {
    try {
      info = readClientCertificate(certificate.pfx, certificate.passphrase);
    } catch (error) {
      throw new TransportFailure('client-certificate-unusable', (error as Error).message);
    }
    checkedCertificates.set(certificate.pfx, info);
  }
  if (info.validTo < now) {
    throw new TransportFailure(
      'client-certificate-expired',
      `expired on ${info.validTo.toISOString()}`,
    );
  }
  if (info.validFrom > now) {
    throw new TransportFailure(
      'client-certificate-expired',
      `not valid before ${info.validFrom.toISOString()}`,
    );
  }
}

/** Why a call stopped on its signal: the reason given (the time budget's failure), else the user's cancel. */
function abortFailure(signal: AbortSignal | undefined, when: string): TransportFailure {
  return signal?.reason instanceof TransportFailure
    ? signal.reason
    : new TransportFailure('cancelled', when);
}

export async function postSoap(
  config: TransportConfig,
  call: SoapHttpRequest,
): Promise<HttpAnswer> {
  if (call.signal?.aborted) throw abortFailure(call.signal, 'cancelled before sending');
  checkCertificate(config.certificate, new Date());
  let route: ProxyRoute | null;
  try {
    // The system's proxy is asked per URL (a PAC script may answer per host).
    route = await resolveProxyRoute(call.url, config.proxy);
  } catch (error) {
    // Only the variables or the system can hold such a value (the settings validate theirs); never echoed:
    // it may hold a password.
    const label = error instanceof ProxyConfigError ? error.label : 'HTTPS_PROXY';
    throw new TransportFailure('proxy-unreachable', (error as Error).message, { label });
  }
  if (call.signal?.aborted) throw abortFailure(call.signal, 'cancelled before sending');
  return send(config, call, route);
}

function send(
  config: TransportConfig,
  call: SoapHttpRequest,
  route: ProxyRoute | null,
): Promise<HttpAnswer> {
  const pinned = config.serverFingerprint?.toUpperCase();
  return new Promise<HttpAnswer>((resolve, reject) => {
    // Direct calls have no tunnel to wait for.
    let tunnelOpen = route === null;
    let handshakeDone = false;
    let settled = false;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const finish = (error: TransportFailure | null, answer?: HttpAnswer) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      call.signal?.removeEventListener('abort', onAbort);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(answer!);
    };
    const onAbort = () => finish(abortFailure(call.signal, 'cancelled by the user'));

    const headers: Record<string, string> = {
      'Content-Type': 'text/xml; charset=utf-8',
      SOAPAction: `"${call.soapAction}"`,
      'Content-Length': String(Buffer.byteLength(call.body)),
      ...call.headers,
    };
    if (config.basicAuth) {
      const { user, password } = config.basicAuth;
      headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }

    let req: ReturnType<typeof httpsRequest>;
    try {
      req = httpsRequest(call.url, {
        method: 'POST',
        headers,
        pfx: config.certificate.pfx,
        passphrase: config.certificate.passphrase,
        ca: config.trustedCa,
        minVersion: 'TLSv1.2',
        // A pinned certificate replaces the CAs: checked below, before the request leaves.
        rejectUnauthorized: !pinned,
        // Through a proxy, the agent sends CONNECT and runs this TLS (certificate, CAs) inside the tunnel.
        agent: route ? proxyAgent(route) : false,
      });
    } catch (error) {
      // createSecureContext throws synchronously on a wrong passphrase or a damaged PKCS#12.
      reject(classifyNetworkError(error as NodeJS.ErrnoException));
      return;
    }

    call.signal?.addEventListener('abort', onAbort, { once: true });
    const timeoutAfter = (ms: number, what: string) =>
      setTimeout(() => finish(new TransportFailure('timeout', `${what} within ${ms} ms`)), ms);
    timers.push(
      timeoutAfter(
        config.connectTimeoutMs,
        route ? `no TLS connection through ${route.label}` : 'no TLS connection',
      ),
    );
    if (route) {
      const proxy = route;
      // https-proxy-agent's event, with the proxy's answer to CONNECT.
      req.on('proxyConnect', (answer: { statusCode: number; statusText?: string }) => {
        if (answer.statusCode === 200) tunnelOpen = true;
        else finish(proxyRefusal(proxy, answer.statusCode, answer.statusText));
      });
    }
    req.on('socket', (socket) => {
      // Through a proxy the agent hands over a TLS socket that may have finished its handshake already.
      const whenSecure = (run: () => void) =>
        (socket as TLSSocket & { _secureEstablished?: boolean })._secureEstablished
          ? run()
          : socket.once('secureConnect', run);
      whenSecure(() => {
        handshakeDone = true;
        clearTimeout(timers[0]);
        if (pinned) {
          const seen = (socket as TLSSocket).getPeerCertificate().fingerprint256 ?? '';
          if (seen.toUpperCase() !== pinned) {
            finish(
              new TransportFailure('server-pin-mismatch', `expected ${pinned}, shown ${seen}`),
            );
            return;
          }
          req.end(call.body);
        }
        timers.push(timeoutAfter(config.responseTimeoutMs, 'no complete answer'));
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (route && !tunnelOpen) {
        finish(proxyUnreachable(route, `${error.code ?? ''} ${error.message}`.trim()));
        return;
      }
      const failure = classifyNetworkError(error);
      // A server that refuses our certificate may close without an alert: during the handshake that
      // means refusal. After a TLS 1.3 handshake a close could be either that or a dropped line, so it
      // is not called a refusal (the settings' connection test probes the handshake on its own).
      const closedAtHandshake = failure.kind === 'connection-dropped' && !handshakeDone;
      finish(closedAtHandshake ? new TransportFailure('tls-refused', failure.detail) : failure);
    });
    const maxBytes = Math.min(config.maxResponseBytes, call.maxResponseBytes ?? Infinity);
    req.on('response', (response: IncomingMessage) => {
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > maxBytes) {
        finish(new TransportFailure('oversize', `answer of ${declared} bytes announced`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          finish(new TransportFailure('oversize', `answer over ${maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('aborted', () =>
        finish(new TransportFailure('connection-dropped', 'answer cut off')),
      );
      response.on('error', (error) => finish(classifyNetworkError(error)));
      response.on('end', () => {
        if (!response.complete) {
          finish(new TransportFailure('connection-dropped', 'answer cut off'));
          return;
        }
        finish(null, {
          status: response.statusCode ?? 0,
          contentType: String(response.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    // Headers and body leave with end(): with a pin, only once the server's certificate is the pinned one.
    if (!pinned) req.end(call.body);
  });
}
