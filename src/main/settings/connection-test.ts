// Tests an environment's connection the way an inquiry travels, without consulting anyone, and returns a
// diagnosis a CPAS's IT person can act on (a typed code with its facts).
//
// Three steps. (1) The certificate is checked locally: an expired one is reported without a network call.
// (2) A TLS handshake with the certificate, verifying the server ourselves so that an untrusted server is
// described (its subject and issuer: a TLS-inspecting proxy shows there), and giving the protocol; no request
// is sent over it (the client certificate, public, is presented as in any handshake). (3) Through the
// inquiries' own transport (`callSoap`/`postSoap`), a `socialInquiryRequest` element with nothing in it: no
// NISS, no period, nothing a person could be found by. The BCSS must refuse it as invalid
// (a soapenv:Client fault, MSG00004): that refusal proves the network path, the IP whitelisting, TLS both ways
// and the service's presence, and is reported as `ok`. It does not prove the organisation's authorisation for
// the service: an inquiry may still meet MSG00015 / MSG00013, which the test reports as `soap-fault` when the
// BCSS checks them first.
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import { connect, type PeerCertificate } from 'node:tls';
import {
  readClientCertificate,
  BcssFault,
  BcssHttpError,
  SOCIAL_INQUIRY,
  callSoap,
  createBcssGateway,
  classifyNetworkError,
  type BcssCallRecorder,
  type BcssEndpoint,
  TransportFailure,
  type TransportConfig,
  MalformedXml,
} from '../bcss';
import type {
  ConnectionDiagnosis,
  ConnectionTestResult,
  ServerCertificateFacts,
  ServiceUrls,
} from '../../shared/contract/settings';

export interface ConnectionTestOptions {
  signal?: AbortSignal;
  /** The audit log: the probe reaches the BCSS, so it is recorded like any call (naming nobody). */
  onBcssCall?: BcssCallRecorder;
  /** Rejects when the audit log cannot take entries: then the probe is not sent. */
  auditReady?: () => Promise<void>;
  now?: () => Date;
}

/** What the audit log says of a connection test's probe, in place of a legal context. */
const CONNECTION_TEST_CONTEXT = 'CONNECTION_TEST';

/** The empty request: the operation's element and nothing in it. */
const PROBE = { 'si:socialInquiryRequest': { '@xmlns:si': SOCIAL_INQUIRY.intfNamespace } };
/** The refusals that mean "your request is invalid": what the probe is meant to get. */
const PROBE_REFUSALS = new Set(['MSG00004', 'MSG00008']);
const PROTOCOL_MISMATCH =
  /unsupported protocol|wrong version number|no protocols available|protocol version|no shared cipher|no ciphers available/i;

export async function testConnection(
  endpoint: BcssEndpoint & { serviceUrls?: ServiceUrls },
  options: ConnectionTestOptions = {},
): Promise<ConnectionTestResult> {
  const now = options.now ?? (() => new Date());
  const url = endpoint.serviceUrls?.socialInquiry ?? endpoint.baseUrl + SOCIAL_INQUIRY.path;
  const testedAt = now().toISOString();
  const diagnosis = await diagnose(endpoint, url, now(), options.signal, options);
  return { environment: endpoint.environment, url, testedAt, diagnosis };
}

async function diagnose(
  endpoint: BcssEndpoint,
  url: string,
  now: Date,
  signal: AbortSignal | undefined,
  audit: Pick<ConnectionTestOptions, 'onBcssCall' | 'auditReady'>,
): Promise<ConnectionDiagnosis> {
  const transport = endpoint.transport;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { code: 'network', detail: 'invalid URL' };
  }
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(target.port) || 443;

  const { pfx, passphrase } = transport.certificate;
  let validFrom: Date;
  let validTo: Date;
  try {
    ({ validFrom, validTo } = readClientCertificate(pfx, passphrase));
  } catch (error) {
    return { code: 'client-certificate-unusable', detail: (error as Error).message };
  }
  if (validTo.getTime() < now.getTime()) {
    return {
      code: 'client-certificate-expired',
      refusedBy: 'local',
      validTo: validTo.toISOString(),
    };
  }
  if (validFrom.getTime() > now.getTime()) {
    return { code: 'client-certificate-not-yet-valid', validFrom: validFrom.toISOString() };
  }

  const handshake = await tlsHandshake(host, port, transport, signal);
  if (!handshake.ok) return handshake.diagnosis;

  const started = performance.now();
  const ok = (
    answer: 'probe-refused' | 'response',
    fault: BcssFault | null,
  ): ConnectionDiagnosis => ({
    code: 'ok',
    host,
    port,
    tlsProtocol: handshake.protocol,
    cipher: handshake.cipher,
    handshakeMs: handshake.handshakeMs,
    roundTripMs: Math.round(performance.now() - started),
    server: handshake.server,
    answer,
    reasonCode: fault?.reasonCode || null,
    ticketCBSS: fault?.ticketCBSS ?? null,
  });
  try {
    // One try, no retry: the test reports what the first request met.
    const gateway = createBcssGateway({
      endpoint: async () => endpoint,
      onBcssCall: audit.onBcssCall,
      auditReady: audit.auditReady,
      retry: { attempts: 1, baseDelayMs: 0 },
    });
    const session = await gateway.open();
    await session.call(
      { service: 'SocialInquiry', niss: '', legalContext: CONNECTION_TEST_CONTEXT },
      async (line) => {
        await callSoap(line.channel, {
          url,
          soapAction: SOCIAL_INQUIRY.soapAction,
          payload: PROBE,
          answerElement: SOCIAL_INQUIRY.answerElement,
          repeated: new Set(),
          signal,
          headers: line.headers,
        });
        return { ticketCBSS: null };
      },
      { signal },
    );
    return ok('response', null);
  } catch (error) {
    if (error instanceof BcssFault) {
      const reasonCode = error.reasonCode || null;
      if (
        /Client$/.test(error.faultCode) &&
        (reasonCode === null || PROBE_REFUSALS.has(reasonCode))
      ) {
        return ok('probe-refused', error);
      }
      return {
        code: 'soap-fault',
        faultCode: error.faultCode,
        reasonCode,
        description: error.details[0]?.diagnostic || error.faultString,
        httpStatus: error.httpStatus,
        ticketCBSS: error.ticketCBSS,
      };
    }
    if (error instanceof BcssHttpError) return { code: 'http-error', status: error.status };
    if (error instanceof MalformedXml) return { code: 'unexpected-answer', reason: error.reason };
    if (error instanceof TransportFailure) {
      // The handshake just succeeded; a TLS 1.3 server that then closes before any answer is, in
      // practice, refusing the client certificate (TLS 1.3 checks it after the handshake's end).
      if (error.kind === 'connection-dropped' && handshake.protocol === 'TLSv1.3') {
        return {
          code: 'client-certificate-refused',
          host,
          detail: `closed right after the TLS 1.3 handshake, before any answer (${error.detail})`,
        };
      }
      return fromTransport(error, 'call', host, port, transport);
    }
    return { code: 'network', detail: String(error) };
  }
}

type Handshake =
  | {
      ok: true;
      protocol: string;
      cipher: string;
      handshakeMs: number;
      server: ServerCertificateFacts | null;
    }
  | { ok: false; diagnosis: ConnectionDiagnosis };

function tlsHandshake(
  host: string,
  port: number,
  transport: TransportConfig,
  signal: AbortSignal | undefined,
): Promise<Handshake> {
  return new Promise<Handshake>((resolve) => {
    if (signal?.aborted) {
      resolve({ ok: false, diagnosis: { code: 'cancelled' } });
      return;
    }
    const started = performance.now();
    let settled = false;
    // The server is verified below rather than by OpenSSL, so that an untrusted one can be described.
    const socket = connect({
      host,
      port,
      // SNI takes a host name only (RFC 6066).
      ...(isIP(host) ? {} : { servername: host }),
      pfx: transport.certificate.pfx,
      passphrase: transport.certificate.passphrase,
      ca: transport.trustedCa,
      minVersion: 'TLSv1.2',
      rejectUnauthorized: false,
    });
    const finish = (result: Handshake) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(result);
    };
    const onAbort = () => finish({ ok: false, diagnosis: { code: 'cancelled' } });
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          diagnosis: {
            code: 'timeout',
            host,
            port,
            phase: 'connect',
            timeoutMs: transport.connectTimeoutMs,
          },
        }),
      transport.connectTimeoutMs,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('secureConnect', () => {
      const server = serverFacts(socket.getPeerCertificate());
      if (!socket.authorized) {
        finish({
          ok: false,
          diagnosis: {
            code: 'server-untrusted',
            host,
            reason: String(socket.authorizationError ?? 'unknown'),
            server,
          },
        });
        return;
      }
      finish({
        ok: true,
        protocol: socket.getProtocol() ?? '',
        cipher: socket.getCipher().name,
        handshakeMs: Math.round(performance.now() - started),
        server,
      });
    });
    // `on`, not `once`: a late second error must not go unhandled; `finish` keeps the first.
    socket.on('error', (error: NodeJS.ErrnoException) =>
      finish({
        ok: false,
        diagnosis: fromTransport(classifyNetworkError(error), 'handshake', host, port, transport),
      }),
    );
  });
}

function fromTransport(
  failure: TransportFailure,
  step: 'handshake' | 'call',
  host: string,
  port: number,
  transport: TransportConfig,
): ConnectionDiagnosis {
  switch (failure.kind) {
    case 'dns':
      return { code: 'dns', host };
    case 'refused':
      return { code: 'refused', host, port };
    case 'timeout': {
      const connecting = step === 'handshake' || /no TLS connection/.test(failure.detail);
      return {
        code: 'timeout',
        host,
        port,
        phase: connecting ? 'connect' : 'answer',
        timeoutMs: connecting ? transport.connectTimeoutMs : transport.responseTimeoutMs,
      };
    }
    case 'server-untrusted':
      return { code: 'server-untrusted', host, reason: failure.detail, server: null };
    case 'tls-refused':
      return PROTOCOL_MISMATCH.test(failure.detail)
        ? { code: 'tls-failed', host, detail: failure.detail }
        : { code: 'client-certificate-refused', host, detail: failure.detail };
    case 'client-certificate-expired':
      return { code: 'client-certificate-expired', refusedBy: 'server', validTo: null };
    case 'client-certificate-unusable':
      return { code: 'client-certificate-unusable', detail: failure.detail };
    case 'connection-dropped':
      return { code: 'connection-dropped', host };
    case 'oversize':
      return { code: 'unexpected-answer', reason: 'oversize' };
    case 'cancelled':
      return { code: 'cancelled' };
    case 'network':
      return { code: 'network', detail: failure.detail };
    case 'proxy-unreachable':
      return {
        code: 'proxy-unreachable',
        proxy: failure.proxy?.label ?? '',
        detail: failure.detail,
      };
    case 'proxy-auth-required':
      return { code: 'proxy-auth-required', proxy: failure.proxy?.label ?? '' };
    case 'proxy-refused':
      return {
        code: 'proxy-refused',
        proxy: failure.proxy?.label ?? '',
        status: failure.proxy?.status ?? 0,
      };
  }
}

function serverFacts(peer: PeerCertificate | undefined): ServerCertificateFacts | null {
  if (!peer || Object.keys(peer).length === 0) return null;
  const validTo = new Date(peer.valid_to);
  return {
    subject: distinguishedName(peer.subject),
    issuer: distinguishedName(peer.issuer),
    validTo: Number.isNaN(validTo.getTime()) ? null : validTo.toISOString(),
  };
}

function distinguishedName(name: object | undefined): string {
  return Object.entries(name ?? {})
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
    .join(', ');
}
