// Tests an environment's connection the way its calls travel, without consulting anyone, and returns per service
// a diagnosis a CPAS's IT person can act on (a typed code with its facts).
//
// (1) The certificate is checked locally: an expired one is reported without a network call. Then for each
// address of the environment (Social Inquiry, the SSDN connector that carries ListOfAttestation, ManageAccess and
// IdentifyPerson, Tx25, ForeignerSituation), in parallel: (2) a TLS handshake with the certificate, through the
// proxy's tunnel when the environment uses one, verifying the server ourselves so that an untrusted server is
// described (its subject and issuer: a TLS-inspecting proxy shows there), and giving the protocol; no request is
// sent over it (the client certificate, public, is presented as in any handshake). (3) Through the calls' own
// audited gateway and transport, the service's request element with nothing in it: no NISS, nothing a person
// could be found by. The BCSS must refuse it as invalid (a soapenv:Client fault, MSG00004): that refusal proves
// the network path, the proxy, the IP whitelisting, TLS both ways and the service's presence at that address,
// and is reported as `ok`. It does not prove the organisation's authorisation for the service: a call may still
// meet MSG00015 / MSG00013, which the test reports as `soap-fault` when the BCSS checks them first.
import { request as httpRequest, type ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, isIPv6, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import {
  connect,
  type DetailedPeerCertificate,
  type PeerCertificate,
  type TLSSocket,
} from 'node:tls';
import {
  readClientCertificate,
  BcssFault,
  BcssHttpError,
  FOREIGNER_SITUATION,
  REGISTER_EXTRACT,
  SOCIAL_INQUIRY,
  SSDN_CONNECTOR,
  callSoap,
  createBcssGateway,
  classifyNetworkError,
  proxyRefusal,
  ProxyConfigError,
  resolveProxyRoute,
  proxyUnreachable,
  type BcssCallEvent,
  type BcssCallRecorder,
  type BcssEndpoint,
  type ProxyRoute,
  TransportFailure,
  type TransportConfig,
  MalformedXml,
  ANSWER_LIMITS,
  type AnswerService,
} from '../bcss';
import {
  BCSS_SERVICES,
  type BcssServiceId,
  type ConnectionDiagnosis,
  type ConnectionTestResult,
  type ServerCertificateFacts,
  type ServiceCheck,
} from '../../shared/contract/settings';

export interface ConnectionTestOptions {
  signal?: AbortSignal;
  /** The audit log: the probes reach the BCSS, so each is recorded like any call (naming nobody). */
  onBcssCall?: BcssCallRecorder;
  /** Rejects when the audit log cannot take entries: then no probe is sent. */
  auditReady?: () => Promise<void>;
  now?: () => Date;
}

/** What the audit log says of a connection test's probe, in place of a legal context. */
const CONNECTION_TEST_CONTEXT = 'CONNECTION_TEST';

interface Probe {
  /** The service the audit row names. */
  audit: BcssCallEvent['service'];
  soapAction: string;
  /** The operation's element and nothing in it. */
  payload: Record<string, unknown>;
  answerNamespace: string;
  answerElement: string;
  limits: AnswerService;
}

/** Each address's empty request: the element of one of its operations, with nothing in it. */
const PROBES: Readonly<Record<BcssServiceId, Probe>> = {
  socialInquiry: {
    audit: 'SocialInquiry',
    soapAction: SOCIAL_INQUIRY.soapAction,
    payload: { 'si:socialInquiryRequest': { '@xmlns:si': SOCIAL_INQUIRY.intfNamespace } },
    answerNamespace: SOCIAL_INQUIRY.intfNamespace,
    answerElement: SOCIAL_INQUIRY.answerElement,
    limits: 'SocialInquiry',
  },
  // sendXML without its xmlString: the connector refuses it before any SSDN service sees it.
  ssdnConnector: {
    audit: 'WebServiceConnector',
    soapAction: SSDN_CONNECTOR.soapAction,
    payload: { 'wsc:sendXML': { '@xmlns:wsc': SSDN_CONNECTOR.namespace } },
    answerNamespace: SSDN_CONNECTOR.namespace,
    answerElement: 'sendXMLResponse',
    limits: 'SsdnConnector',
  },
  registerExtract: {
    audit: 'RetrieveTIGroups',
    soapAction: REGISTER_EXTRACT.soapAction,
    payload: { 'ns:retrieveTIGroupsRequest': { '@xmlns:ns': REGISTER_EXTRACT.namespace } },
    answerNamespace: REGISTER_EXTRACT.namespace,
    answerElement: 'retrieveTIGroupsResponse',
    limits: 'RegisterExtract',
  },
  foreignerSituation: {
    audit: 'ForeignerSituation',
    soapAction: FOREIGNER_SITUATION.soapActions.employment,
    payload: { 'ns:consultEmploymentInfosRequest': { '@xmlns:ns': FOREIGNER_SITUATION.namespace } },
    answerNamespace: FOREIGNER_SITUATION.namespace,
    answerElement: 'consultEmploymentInfosResponse',
    limits: 'ForeignerSituation',
  },
};

/** The refusals that mean "your request is invalid": what the probe is meant to get. */
const PROBE_REFUSALS = new Set(['MSG00004', 'MSG00008']);

export async function testConnection(
  endpoint: BcssEndpoint,
  options: ConnectionTestOptions = {},
): Promise<ConnectionTestResult> {
  const now = options.now ?? (() => new Date());
  const testedAt = now().toISOString();
  const result = (stopped: ConnectionDiagnosis | null, services: ServiceCheck[]) => ({
    environment: endpoint.environment,
    testedAt,
    stopped,
    services,
  });
  if (options.signal?.aborted) return result({ code: 'cancelled' }, []);
  const stopped = certificateProblem(endpoint.transport, now());
  if (stopped) return result(stopped, []);
  const services = await Promise.all(
    BCSS_SERVICES.map((service) => checkService(endpoint, service, options)),
  );
  return result(null, services);
}

/** The certificate as the transport would refuse it before calling: unreadable, expired, not yet valid. */
function certificateProblem(transport: TransportConfig, now: Date): ConnectionDiagnosis | null {
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
  return null;
}

async function checkService(
  endpoint: BcssEndpoint,
  service: BcssServiceId,
  options: ConnectionTestOptions,
): Promise<ServiceCheck> {
  const url = endpoint.serviceUrls[service];
  let route: ProxyRoute | null;
  try {
    route = await resolveProxyRoute(url, endpoint.transport.proxy);
  } catch (error) {
    const label = error instanceof ProxyConfigError ? error.label : 'HTTPS_PROXY';
    return {
      service,
      url,
      proxy: label,
      diagnosis: { code: 'proxy-unreachable', proxy: label, detail: String(error) },
    };
  }
  const diagnosis = await diagnose(endpoint, service, url, route, options);
  return { service, url, proxy: route?.label ?? null, diagnosis };
}

async function diagnose(
  endpoint: BcssEndpoint,
  service: BcssServiceId,
  url: string,
  route: ProxyRoute | null,
  options: ConnectionTestOptions,
): Promise<ConnectionDiagnosis> {
  const { signal } = options;
  const transport = endpoint.transport;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { code: 'network', detail: 'invalid URL' };
  }
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(target.port) || 443;

  const handshake = await tlsHandshake(host, port, transport, route, signal);
  if (!handshake.ok) return handshake.diagnosis;

  const probe = PROBES[service];
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
      onBcssCall: options.onBcssCall,
      auditReady: options.auditReady,
      retry: { attempts: 1, baseDelayMs: 0 },
    });
    const session = await gateway.open();
    await session.call(
      { service: probe.audit, niss: '', legalContext: CONNECTION_TEST_CONTEXT },
      async (line) => {
        await callSoap(line.channel, {
          url,
          soapAction: probe.soapAction,
          payload: probe.payload,
          answerNamespace: probe.answerNamespace,
          answerElement: probe.answerElement,
          repeated: new Set(),
          limits: ANSWER_LIMITS[probe.limits],
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
    if (error instanceof MalformedXml) {
      // A control character makes the document ill-formed XML, a size past the service's cap an oversize
      // one; every other refusal (duplicate, depth, count, names, namespaces, lengths) an unexpected one.
      const reason =
        error.reason === 'control-character' || error.reason === 'not-xml'
          ? 'not-xml'
          : error.reason === 'size'
            ? 'oversize'
            : error.reason === 'doctype'
              ? 'doctype'
              : 'unexpected';
      return { code: 'unexpected-answer', reason };
    }
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

/**
 * Opens the proxy's tunnel to host:port (HTTP CONNECT, as the calls' agent does), so that the handshake below
 * meets the BCSS through it; its refusals are the transport's proxy failures.
 */
function openTunnel(
  route: ProxyRoute,
  host: string,
  port: number,
  done: (result: { ok: true; socket: Socket } | { ok: false; failure: TransportFailure }) => void,
): ClientRequest {
  const authority = `${isIPv6(host) ? `[${host}]` : host}:${port}`;
  const secure = route.url.protocol === 'https:';
  const request = (secure ? httpsRequest : httpRequest)({
    host: route.url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(route.url.port) || (secure ? 443 : 80),
    method: 'CONNECT',
    path: authority,
    headers: {
      Host: authority,
      ...(route.authorization ? { 'Proxy-Authorization': route.authorization } : {}),
    },
    agent: false,
  });
  // Node hands every answer to CONNECT, 200 or not, to 'connect'.
  request.once('connect', (response, socket) => {
    if (response.statusCode === 200) {
      done({ ok: true, socket });
      return;
    }
    socket.destroy();
    done({
      ok: false,
      failure: proxyRefusal(route, response.statusCode ?? 0, response.statusMessage),
    });
  });
  request.on('error', (error: NodeJS.ErrnoException) =>
    done({
      ok: false,
      failure: proxyUnreachable(route, `${error.code ?? ''} ${error.message}`.trim()),
    }),
  );
  request.end();
  return request;
}

function tlsHandshake(
  host: string,
  port: number,
  transport: TransportConfig,
  route: ProxyRoute | null,
  signal: AbortSignal | undefined,
): Promise<Handshake> {
  return new Promise<Handshake>((resolve) => {
    if (signal?.aborted) {
      resolve({ ok: false, diagnosis: { code: 'cancelled' } });
      return;
    }
    const started = performance.now();
    let settled = false;
    let tunnel: ClientRequest | null = null;
    let socket: TLSSocket | null = null;
    const finish = (result: Handshake) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket?.destroy();
      tunnel?.destroy();
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
    const failed = (failure: TransportFailure) =>
      finish({
        ok: false,
        diagnosis: fromTransport(failure, 'handshake', host, port, transport),
      });

    const startTls = (through: Socket | null) => {
      if (settled) {
        through?.destroy();
        return;
      }
      // The server is verified below rather than by OpenSSL, so that an untrusted one can be described.
      const tlsSocket = connect({
        ...(through ? { socket: through } : { host, port }),
        // SNI takes a host name only (RFC 6066).
        ...(isIP(host) ? {} : { servername: host }),
        pfx: transport.certificate.pfx,
        passphrase: transport.certificate.passphrase,
        ca: transport.trustedCa,
        minVersion: 'TLSv1.2',
        rejectUnauthorized: false,
      });
      socket = tlsSocket;
      tlsSocket.once('secureConnect', () => {
        const server = serverFacts(tlsSocket.getPeerCertificate(true));
        // A pinned fingerprint replaces the CAs, as in the calls (transport.ts).
        const pinned = transport.serverFingerprint?.toUpperCase();
        if (pinned && server?.fingerprint !== pinned) {
          finish({
            ok: false,
            diagnosis: {
              code: 'server-untrusted',
              host,
              reason: 'PINNED_FINGERPRINT_MISMATCH',
              server,
            },
          });
          return;
        }
        if (!pinned && !tlsSocket.authorized) {
          finish({
            ok: false,
            diagnosis: {
              code: 'server-untrusted',
              host,
              reason: String(tlsSocket.authorizationError ?? 'unknown'),
              server,
            },
          });
          return;
        }
        finish({
          ok: true,
          protocol: tlsSocket.getProtocol() ?? '',
          cipher: tlsSocket.getCipher().name,
          handshakeMs: Math.round(performance.now() - started),
          server,
        });
      });
      // `on`, not `once`: a late second error must not go unhandled; `finish` keeps the first.
      tlsSocket.on('error', (error: NodeJS.ErrnoException) => failed(classifyNetworkError(error)));
    };

    if (route) {
      tunnel = openTunnel(route, host, port, (opened) =>
        opened.ok ? startTls(opened.socket) : failed(opened.failure),
      );
    } else startTls(null);
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
    case 'server-pin-mismatch':
      return {
        code: 'server-untrusted',
        host,
        reason: 'PINNED_FINGERPRINT_MISMATCH',
        server: null,
      };
    case 'tls-protocol':
      return { code: 'tls-failed', host, detail: failure.detail };
    case 'tls-refused':
      return { code: 'client-certificate-refused', host, detail: failure.detail };
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
    case 'time-budget':
      return {
        code: 'timeout',
        host,
        port,
        phase: 'answer',
        timeoutMs: failure.budgetMs ?? transport.responseTimeoutMs,
      };
  }
}

function serverFacts(peer: DetailedPeerCertificate | undefined): ServerCertificateFacts | null {
  if (!peer || Object.keys(peer).length === 0) return null;
  const validTo = new Date(peer.valid_to);
  // Up the chain as the server sent it (a self-signed root points at itself).
  const chain: string[] = [];
  const seen = new Set<string>();
  for (
    let at: DetailedPeerCertificate | undefined = peer;
    at && Object.keys(at).length > 0 && !seen.has(at.fingerprint256) && chain.length < 10;
    at = at.issuerCertificate
  ) {
    seen.add(at.fingerprint256);
    chain.push(commonName(at.subject));
  }
  return {
    subject: distinguishedName(peer.subject),
    issuer: distinguishedName(peer.issuer),
    validTo: Number.isNaN(validTo.getTime()) ? null : validTo.toISOString(),
    signedBy: commonName(peer.issuer),
    chain,
    fingerprint: peer.fingerprint256.toUpperCase(),
  };
}

function commonName(name: PeerCertificate['subject'] | undefined): string {
  const cn = name?.CN;
  return (Array.isArray(cn) ? cn.join('+') : cn) || distinguishedName(name);
}

function distinguishedName(name: object | undefined): string {
  return Object.entries(name ?? {})
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
    .join(', ');
}
