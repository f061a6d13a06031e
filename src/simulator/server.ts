// The simulator's transport: a mutual-TLS HTTPS server speaking SOAP 1.1 like the BCSS, routing calls to SoapServices.
//
// What the transport checks itself, in this order, before a service sees a call: POST only (405), a known
// path (MSG00052), SOAP 1.1 content type (MSG00053), a SOAPAction the service lists (MSG00051), the body
// size (MSG00004), no DTD (MSG00004, refused without parsing), a SOAP 1.1 root element (MSG00053 /
// MSG00004). A service that throws gives MSG00003. Every call gets a ticketCBSS and one log line; the log
// never holds a message body (bodies carry personal data).
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import {
  deliver,
  FAULT_HEADER,
  createFaultSelector,
  FaultSpecError,
  formatFaultSpec,
  injectedHttpFault,
  isNoFault,
  parseFaultSpec,
  type Answer,
  type FaultPlan,
} from './faults';
import { cbeFromCertificateSubject } from '../shared/domain/certificate-subject';
import { ensureDemoPki, type DemoPki } from './pki';
import {
  cbssFault,
  renderEnvelope,
  renderFault,
  SOAP_RESPONSE_CONTENT_TYPE,
  SOAP11_ENVELOPE_NS,
  SOAP12_ENVELOPE_NS,
} from './soap-envelope';
import type { CbssFault, SimulatorSettings, SoapService } from './soap-service';

export const DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;
/** Beyond this, an oversized request is not even drained: the connection is dropped. */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;
const DEFAULT_SETTINGS: SimulatorSettings = { socialInquiryVersion: 1 };

export interface SimulatorLogEntry {
  /** ISO timestamp. */
  at: string;
  /** `call`: an HTTP request; `tls-refused`: a handshake the server refused (no, expired or foreign certificate). */
  kind: 'call' | 'tls-refused';
  ticketCBSS?: string;
  method?: string;
  path?: string;
  service?: string | null;
  soapAction?: string | null;
  clientCbe?: string | null;
  status?: number;
  /** 'response', 'fault MSG00052', 'http 405', 'bad fault header', ... */
  outcome?: string;
  /** The faults applied to the answer (canonical spec), when any. */
  faults?: string;
  remoteAddress?: string;
  /** For `tls-refused`: OpenSSL's reason. */
  reason?: string;
  /** What a service threw (the client only sees MSG00003). */
  error?: string;
}

export interface SimulatorOptions {
  services: SoapService[];
  /** The PKI to serve with; or `pkiDir`, where one is generated or reused. */
  pki?: DemoPki;
  pkiDir?: string;
  /** Loopback by default: the simulator is never meant to be reachable from the network. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  settings?: Partial<SimulatorSettings>;
  /** Faults applied to every answer (a spec string or a plan); a request's header overrides them. */
  faults?: string | FaultPlan;
  /** Honour the test-only `X-Simulator-Fault` header (default true). */
  faultHeader?: boolean;
  maxRequestBytes?: number;
  /** Receives each log line as it happens (the in-memory log keeps the last `logCapacity`). */
  log?: (line: string, entry: SimulatorLogEntry) => void;
  logCapacity?: number;
}

export interface Simulator {
  /** `https://127.0.0.1:<port>`: append a service's path. */
  url: string;
  port: number;
  pki: DemoPki;
  /** The live settings: changes apply to the next calls. */
  readonly settings: SimulatorSettings;
  setSettings(settings: Partial<SimulatorSettings>): void;
  /** The faults applied to every answer now. */
  readonly faults: FaultPlan;
  /** Replaces the run's faults (a spec, a plan, or null for none). Throws `FaultSpecError` on a bad spec. */
  setFaults(faults: string | FaultPlan | null): void;
  /** The simulator's own log, oldest first. */
  logEntries(): readonly SimulatorLogEntry[];
  clearLog(): void;
  /** Stops listening and drops every connection, including hanging ones. */
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const pki = options.pki ?? (options.pkiDir ? await ensureDemoPki(options.pkiDir) : undefined);
  if (!pki) throw new Error('startSimulator needs a pki or a pkiDir');

  const byPath = new Map<string, SoapService>();
  for (const service of options.services) {
    if (byPath.has(service.path)) throw new Error(`two services answer on ${service.path}`);
    byPath.set(service.path, service);
  }
  const settings: SimulatorSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  let runFaults = toPlan(options.faults ?? null);
  /** Applies the plans' `match` and `times` filters; counts start again when the run faults change. */
  const faultSelector = createFaultSelector();
  const maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const logCapacity = options.logCapacity ?? 1000;
  const entries: SimulatorLogEntry[] = [];
  const shutdown = new AbortController();

  function record(entry: SimulatorLogEntry): void {
    entries.push(entry);
    if (entries.length > logCapacity) entries.splice(0, entries.length - logCapacity);
    options.log?.(formatLogLine(entry), entry);
  }

  const server: Server = createServer(
    {
      key: pki.serverKeyPem,
      cert: pki.serverCertPem,
      // Only the demo CA: a certificate from any other CA, expired, or none at all ends the handshake.
      ca: [pki.caCertPem],
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        record({
          at: new Date().toISOString(),
          kind: 'call',
          outcome: 'internal error',
          error: String(error),
        });
        if (!response.headersSent) response.writeHead(500).end();
        else response.destroy();
      });
    },
  );

  server.on('tlsClientError', (error: Error & { code?: string }, socket: TLSSocket) => {
    // A missing certificate fails inside OpenSSL (with an alert). A present but untrusted or expired
    // one fails in Node right after the cryptographic handshake, which destroys the socket before the
    // HTTP layer sees it: the error then only says "socket hang up", the socket says why.
    const reason = socket.authorizationError
      ? `client certificate refused: ${String(socket.authorizationError)}`
      : error.code
        ? `${error.code}: ${error.message.trim()}`
        : error.message.trim();
    record({
      at: new Date().toISOString(),
      kind: 'tls-refused',
      reason,
      ...(socket.remoteAddress ? { remoteAddress: socket.remoteAddress } : {}),
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const receivedAt = new Date();
    const ticketCBSS = randomUUID();
    const socket = request.socket as TLSSocket;
    const clientCbe = cbeFromCertificateSubject(socket.getPeerCertificate().subject);
    const path = pathOf(request.url);
    const service = byPath.get(path) ?? null;
    const soapAction = soapActionOf(request.headers['soapaction']);
    const entry: SimulatorLogEntry = {
      at: receivedAt.toISOString(),
      kind: 'call',
      ticketCBSS,
      method: request.method ?? '',
      path,
      service: service?.name ?? null,
      soapAction,
      clientCbe,
      ...(socket.remoteAddress ? { remoteAddress: socket.remoteAddress } : {}),
    };

    let plan = runFaults;
    const header = request.headers[FAULT_HEADER];
    if (header !== undefined && options.faultHeader !== false) {
      try {
        plan = parseFaultSpec(Array.isArray(header) ? header.join(',') : header);
      } catch (error) {
        if (!(error instanceof FaultSpecError)) throw error;
        // A test bug, not a client behaviour to simulate: say so plainly.
        request.resume();
        response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(`Invalid ${FAULT_HEADER}: ${error.message}\n`);
        record({ ...entry, status: 400, outcome: 'bad fault header' });
        return;
      }
    }

    const body = await readBody(request, maxRequestBytes);
    if (body === 'dropped') {
      record({ ...entry, outcome: 'request too large, connection dropped' });
      return;
    }
    // Filtered faults (match=, times=) apply to this request or not: that needs its body.
    plan = faultSelector.select(plan, body === 'too-large' ? '' : body.toString('utf8'));

    let answer: Answer;
    let outcome = '';
    let failure: string | undefined;
    const faultAnswer = (fault: CbssFault): Answer => {
      outcome = `fault ${fault.details[0]?.reasonCode ?? fault.faultCode}`;
      return {
        status: fault.httpStatus ?? 500,
        headers: { 'Content-Type': SOAP_RESPONSE_CONTENT_TYPE },
        body: renderFault(fault, { ticketCBSS, receivedAt }),
      };
    };
    if (plan.http) {
      // The BCSS (or its supplier) is down: the call never reaches the service.
      answer = faultAnswer(injectedHttpFault(plan.http));
    } else {
      const checked = checkRequest(request, service, soapAction, body, maxRequestBytes);
      if (checked.kind === 'method') {
        outcome = 'http 405';
        answer = {
          status: 405,
          headers: { Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' },
          body: 'The BCSS simulator answers SOAP 1.1 POST requests only.\n',
        };
      } else if (checked.kind === 'fault') {
        answer = faultAnswer(checked.fault);
      } else {
        answer = await callService(checked.service, checked.envelope);
      }
    }
    record({
      ...entry,
      status: answer.status,
      outcome,
      ...(isNoFault(plan) ? {} : { faults: formatFaultSpec(plan) }),
      ...(failure ? { error: failure } : {}),
    });
    await deliver(response, answer, plan, shutdown.signal);

    async function callService(target: SoapService, envelope: string): Promise<Answer> {
      let rendered: string;
      try {
        const reply = await target.handle({
          envelope,
          soapAction: soapAction ?? '',
          clientCbe,
          ticketCBSS,
          receivedAt,
          settings: { ...settings },
        });
        if (reply.kind === 'fault') return faultAnswer(reply.fault);
        rendered = renderEnvelope(reply.payloadXml);
      } catch (error) {
        failure = String(error);
        return faultAnswer(
          cbssFault('MSG00003', `Internal error while handling the call (ticket ${ticketCBSS})`),
        );
      }
      outcome = 'response';
      return {
        status: 200,
        headers: { 'Content-Type': SOAP_RESPONSE_CONTENT_TYPE },
        body: rendered,
      };
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';

  return {
    url: `https://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    pki,
    settings,
    setSettings(next) {
      Object.assign(settings, next);
    },
    get faults() {
      return runFaults;
    },
    setFaults(next) {
      runFaults = toPlan(next);
      faultSelector.reset();
    },
    logEntries: () => [...entries],
    clearLog() {
      entries.length = 0;
    },
    close() {
      shutdown.abort();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function toPlan(faults: string | FaultPlan | null): FaultPlan {
  if (faults === null) return {};
  return typeof faults === 'string' ? parseFaultSpec(faults) : { ...faults };
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'https://simulator.invalid').pathname;
  } catch {
    return url ?? '/';
  }
}

/** The SOAPAction header unquoted; null when absent or empty (`""` means "the URL" in SOAP 1.1). */
function soapActionOf(header: string | string[] | undefined): string | null {
  if (header === undefined || Array.isArray(header)) return null;
  const value = header
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  return value === '' ? null : value;
}

type BodyResult = Buffer | 'too-large' | 'dropped';

async function readBody(request: IncomingMessage, max: number): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > DRAIN_LIMIT_BYTES) {
      request.socket.destroy();
      return 'dropped';
    }
    // Past the cap, keep draining (so the client can read the fault) but stop keeping.
    if (size <= max) chunks.push(buffer);
  }
  return size > max ? 'too-large' : Buffer.concat(chunks);
}

type Checked =
  | { kind: 'method' }
  | { kind: 'fault'; fault: CbssFault }
  | { kind: 'ok'; service: SoapService; envelope: string };

function checkRequest(
  request: IncomingMessage,
  service: SoapService | null,
  soapAction: string | null,
  body: Buffer | 'too-large',
  maxRequestBytes: number,
): Checked {
  const fault = (code: string, diagnostic: string): Checked => ({
    kind: 'fault',
    fault: cbssFault(code, diagnostic),
  });
  if (request.method !== 'POST') return { kind: 'method' };
  if (!service) return fault('MSG00052', 'No service answers on this URL');

  const contentType = request.headers['content-type'] ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === 'application/soap+xml') {
    return fault('MSG00053', 'SOAP 1.2 is not supported: send SOAP 1.1 (text/xml)');
  }
  if (mediaType !== 'text/xml') return fault('MSG00053', 'SOAP 1.1 needs Content-Type text/xml');
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return fault('MSG00004', 'Only UTF-8 is accepted');
  }

  if (soapAction === null) return fault('MSG00051', 'The SOAPAction header is missing');
  if (!service.soapActions.includes(soapAction)) {
    return fault('MSG00051', 'The SOAPAction is not an operation of this service');
  }

  if (body === 'too-large') {
    return fault('MSG00004', `The message exceeds ${maxRequestBytes} bytes`);
  }
  let envelope: string;
  try {
    envelope = new TextDecoder('utf-8', { fatal: true }).decode(body).replace(/^\uFEFF/, '');
  } catch {
    return fault('MSG00004', 'The message is not valid UTF-8');
  }
  // Refused before any parser sees it: entity expansion and external entities never get a chance.
  if (/<!DOCTYPE|<!ENTITY/i.test(envelope)) {
    return fault('MSG00004', 'DTDs are not allowed in a message');
  }
  const root = rootElement(envelope);
  if (root?.localName === 'Envelope' && root.namespace === SOAP12_ENVELOPE_NS) {
    return fault('MSG00053', 'SOAP 1.2 is not supported: send SOAP 1.1');
  }
  if (root?.localName !== 'Envelope' || root.namespace !== SOAP11_ENVELOPE_NS) {
    return fault('MSG00004', 'The message is not a SOAP 1.1 envelope');
  }
  return { kind: 'ok', service, envelope };
}

/** The root element's local name and namespace, read from its start tag without parsing the document. */
function rootElement(xml: string): { localName: string; namespace: string | null } | null {
  let rest = xml;
  // Skip the prolog: XML declaration, processing instructions, comments, whitespace.
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) rest = rest.slice(rest.indexOf('?>') + 2 || rest.length);
    else if (rest.startsWith('<!--')) rest = rest.slice(rest.indexOf('-->') + 3 || rest.length);
    else break;
  }
  const tag = /^<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)((?:\s+[^>]*)?)\/?>/.exec(rest);
  if (!tag) return null;
  const [, prefix, localName = '', attributes = ''] = tag;
  const name = prefix ? `xmlns:${prefix}` : 'xmlns';
  const escaped = name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const declaration = new RegExp(`(?:^|\\s)${escaped}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes);
  return { localName, namespace: declaration?.[2] ?? null };
}

function formatLogLine(entry: SimulatorLogEntry): string {
  if (entry.kind === 'tls-refused') {
    return `[bcss-sim] ${entry.at} TLS handshake refused from ${entry.remoteAddress ?? '?'}: ${entry.reason ?? ''}`;
  }
  const parts = [
    `[bcss-sim] ${entry.at}`,
    `ticketCBSS=${entry.ticketCBSS ?? '-'}`,
    `${entry.method ?? '?'} ${entry.path ?? '?'}`,
    `service=${entry.service ?? '-'}`,
    `action=${entry.soapAction ?? '-'}`,
    `cbe=${entry.clientCbe ?? '-'}`,
    `-> ${entry.status ?? '-'} ${entry.outcome ?? ''}`,
  ];
  if (entry.faults) parts.push(`[faults: ${entry.faults}]`);
  if (entry.error) parts.push(`error: ${entry.error}`);
  return parts.join(' ');
}
