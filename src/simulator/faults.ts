// Fault injection of the simulator: parses fault specs (run setting or test-only header) and delivers an answer with the faults applied.
//
// Spec syntax (the `--fault` option of the CLI, `setFaults()`, or the `X-Simulator-Fault` request header),
// comma-separated, case-insensitive:
//   latency=<ms>          wait before answering (0..600000)
//   hang                  never answer; the request is still handled (it may have taken effect)
//   reset                 send the headers and part of the body, then drop the connection
//   http=<status>[:<code>] replace the answer by a SOAP fault with HTTP status 500-599; the code defaults
//                          to MSG00001 (BCSS unavailable) for 503, MSG00002 (supplier unreachable) otherwise
//   truncate              a complete HTTP answer whose XML body is cut in the middle
//   malformed             a complete HTTP answer whose XML body is not well-formed
//   entity-expansion      a body with a DOCTYPE declaring nested entities ("billion laughs")
//   oversize              a well-formed body over 20 MB, sent chunked (no Content-Length)
//   none                  no fault (a header `none` overrides the run's faults for that request)
// and two filters, which narrow the faults above to some requests (alone they are an error):
//   match=<text>          only requests whose body contains the text, ignoring case (letters, digits and
//                          _ . : -, up to 100): e.g. `match=GPMI_PIIS` hits only that ListOfAttestation
//                          RequestType, whose value the SSDN request carries (escaped) in its body
//   times=<n>             only the first n requests the faults apply to (those matching, with `match`);
//                          then the simulator answers normally. Counted per spec, from the simulator's
//                          start or the last change of its run faults (`setFaults`), header specs included
// e.g. `X-Simulator-Fault: latency=200,http=500:MSG00020`, or the run spec `http=503,match=GPMI_PIIS,times=3`
// (the app's client tries a call 3 times: its PIIS completion fails, the next one, a retry, succeeds).
// At most one of truncate / malformed / entity-expansion / oversize; `hang` combines with latency only.
// The header exists for tests only: the production client never sends it, and the real BCSS ignores it.
import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { cbssFault, SOAP11_ENVELOPE_NS } from './soap-envelope';
import type { CbssFault } from './soap-service';

export const FAULT_HEADER = 'x-simulator-fault';
/** The size of the `oversize` padding: just over the 20 MB a client should accept at most. */
export const OVERSIZE_PADDING_BYTES = 21 * 1024 * 1024;
const MAX_LATENCY_MS = 600_000;
const MAX_TIMES = 1_000_000;

export type BodyFault = 'truncate' | 'malformed' | 'entity-expansion' | 'oversize';

export interface FaultPlan {
  latencyMs?: number;
  hang?: boolean;
  reset?: boolean;
  http?: { status: number; reasonCode: string };
  body?: BodyFault;
  /** Filter: only requests whose body contains this text (ignoring case). */
  match?: string;
  /** Filter: only the first `times` requests the faults apply to. */
  times?: number;
}

export class FaultSpecError extends Error {
  override name = 'FaultSpecError';
}

const BODY_FAULTS: readonly BodyFault[] = ['truncate', 'malformed', 'entity-expansion', 'oversize'];

/** Parses a fault spec (see the module comment). Throws `FaultSpecError` on anything it does not know. */
export function parseFaultSpec(spec: string): FaultPlan {
  const plan: FaultPlan = {};
  const seen = new Set<string>();
  const tokens = spec
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  for (const token of tokens) {
    const [rawKey = '', value] = token.split('=', 2).map((part) => part.trim());
    const key = rawKey.toLowerCase();
    if (seen.has(key)) throw new FaultSpecError(`"${key}" given twice`);
    seen.add(key);
    if (key === 'none' && value === undefined) continue;
    if (key === 'latency') {
      if (value === undefined || !/^[0-9]{1,6}$/.test(value) || Number(value) > MAX_LATENCY_MS) {
        throw new FaultSpecError(`latency needs a number of milliseconds (0..${MAX_LATENCY_MS})`);
      }
      plan.latencyMs = Number(value);
    } else if (key === 'http') {
      const match = /^(5[0-9]{2})(?::([A-Za-z]{3}[0-9]{5}))?$/.exec(value ?? '');
      if (!match) throw new FaultSpecError('http needs a status 500-599, optionally :MSGnnnnn');
      const status = Number(match[1]);
      const reasonCode = match[2]?.toUpperCase() ?? (status === 503 ? 'MSG00001' : 'MSG00002');
      plan.http = { status, reasonCode };
    } else if (key === 'match') {
      if (value === undefined || !/^[A-Za-z0-9_.:-]{1,100}$/.test(value)) {
        throw new FaultSpecError('match needs a text of letters, digits, _ . : or - (1..100)');
      }
      plan.match = value;
    } else if (key === 'times') {
      if (value === undefined || !/^[0-9]{1,7}$/.test(value) || !inRange(Number(value))) {
        throw new FaultSpecError(`times needs a number of requests (1..${MAX_TIMES})`);
      }
      plan.times = Number(value);
    } else if (value !== undefined) {
      throw new FaultSpecError(`"${key}" takes no value`);
    } else if (key === 'hang') {
      plan.hang = true;
    } else if (key === 'reset') {
      plan.reset = true;
    } else if ((BODY_FAULTS as readonly string[]).includes(key)) {
      if (plan.body) throw new FaultSpecError(`"${plan.body}" and "${key}" both replace the body`);
      plan.body = key as BodyFault;
    } else {
      throw new FaultSpecError(`unknown fault "${token}"`);
    }
  }
  if (seen.has('none') && seen.size > 1) throw new FaultSpecError('"none" stands alone');
  if ((plan.match !== undefined || plan.times !== undefined) && isNoFault(faultsOf(plan))) {
    throw new FaultSpecError('"match" and "times" narrow a fault: give one');
  }
  if (plan.hang && (plan.reset || plan.http || plan.body)) {
    throw new FaultSpecError('"hang" combines with latency only');
  }
  return plan;
}

/** The canonical spec of a plan ('none' for no fault): what the simulator log shows. */
export function formatFaultSpec(plan: FaultPlan): string {
  const parts: string[] = [];
  if (plan.latencyMs !== undefined) parts.push(`latency=${plan.latencyMs}`);
  if (plan.hang) parts.push('hang');
  if (plan.http) parts.push(`http=${plan.http.status}:${plan.http.reasonCode}`);
  if (plan.body) parts.push(plan.body);
  if (plan.reset) parts.push('reset');
  if (plan.match !== undefined) parts.push(`match=${plan.match}`);
  if (plan.times !== undefined) parts.push(`times=${plan.times}`);
  return parts.length ? parts.join(',') : 'none';
}

function inRange(times: number): boolean {
  return times >= 1 && times <= MAX_TIMES;
}

/** The plan's faults without its filters. */
export function faultsOf(plan: FaultPlan): FaultPlan {
  const { match, times, ...faults } = plan;
  void match;
  void times;
  return faults;
}

/**
 * Applies the filters (`match`, `times`) of plans to requests: `select` gives the faults for one request's
 * body (the plan's faults, or none). `times` is counted per spec; `reset` starts every count again.
 */
export function createFaultSelector() {
  const counts = new Map<string, number>();
  return {
    select(plan: FaultPlan, body: string): FaultPlan {
      if (plan.match === undefined && plan.times === undefined) return plan;
      if (plan.match !== undefined && !body.toLowerCase().includes(plan.match.toLowerCase())) {
        return {};
      }
      if (plan.times !== undefined) {
        const key = formatFaultSpec(plan);
        const count = counts.get(key) ?? 0;
        if (count >= plan.times) return {};
        counts.set(key, count + 1);
      }
      return plan;
    },
    reset(): void {
      counts.clear();
    },
  };
}

export function isNoFault(plan: FaultPlan): boolean {
  return formatFaultSpec(plan) === 'none';
}

/** The SOAP fault that replaces the answer under `http=`: the BCSS (or its supplier) failing. */
export function injectedHttpFault(http: NonNullable<FaultPlan['http']>): CbssFault {
  return cbssFault(http.reasonCode, `Simulated failure (HTTP ${http.status})`, {
    faultCode: 'soapenv:Server',
    httpStatus: http.status,
  });
}

/** An answer as the server would send it without faults. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The body cut in the middle: a valid start, then nothing. */
export function truncatedBody(body: string): string {
  return body.slice(0, Math.max(1, Math.floor(body.length / 2)));
}

/** The body with a stray `<`, a bare `&` and a mismatched end tag: not well-formed for any XML parser. */
export function malformedBody(body: string): string {
  const broken = '<broken & </soapenv:Bdoy>';
  const at = body.lastIndexOf('</soapenv:Body>');
  return at >= 0
    ? body.slice(0, at) + broken + body.slice(at + '</soapenv:Body>'.length)
    : body + broken;
}

/** A "billion laughs" document: ten levels of ten references (10^9 copies of "lol" once expanded). */
export function entityExpansionBody(): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let level = 1; level <= 9; level++) {
    entities.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<!DOCTYPE soapenv:Envelope [\n${entities.join('\n')}\n]>\n` +
    `<soapenv:Envelope xmlns:soapenv="${SOAP11_ENVELOPE_NS}"><soapenv:Body>` +
    '<laughs xmlns="urn:inquiry-desk:simulator">&lol9;</laughs>' +
    '</soapenv:Body></soapenv:Envelope>'
  );
}

const OVERSIZE_CHUNK = Buffer.alloc(64 * 1024, 'x');

/** The parts of a well-formed envelope whose text content is `OVERSIZE_PADDING_BYTES` long. */
function oversizeParts(): { head: Buffer; tail: Buffer; chunks: number } {
  return {
    head: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        `<soapenv:Envelope xmlns:soapenv="${SOAP11_ENVELOPE_NS}"><soapenv:Body>` +
        '<padding xmlns="urn:inquiry-desk:simulator">',
    ),
    tail: Buffer.from('</padding></soapenv:Body></soapenv:Envelope>'),
    chunks: Math.ceil(OVERSIZE_PADDING_BYTES / OVERSIZE_CHUNK.length),
  };
}

/**
 * Sends `answer` with the faults of `plan` applied (an `http=` fault is applied by the caller, which
 * knows the ticket). Resolves once the answer is sent, dropped, or (hang) the connection is closed.
 * `signal` aborts a latency wait when the simulator shuts down.
 */
export async function deliver(
  response: ServerResponse,
  answer: Answer,
  plan: FaultPlan,
  signal: AbortSignal,
): Promise<void> {
  const closed = response.writableFinished
    ? Promise.resolve()
    : once(response, 'close').then(() => undefined);
  if (plan.latencyMs) {
    const waited = await Promise.race([
      delay(plan.latencyMs, true, { signal }).catch(() => false),
      closed.then(() => false),
    ]);
    if (!waited) return;
  }
  if (plan.hang) {
    // Nothing is written: the client's timeout (or the simulator's shutdown) ends the exchange.
    await closed;
    return;
  }

  if (plan.body === 'oversize') {
    await sendOversize(response, answer, plan, closed);
    return;
  }
  let body = answer.body;
  if (plan.body === 'truncate') body = truncatedBody(body);
  else if (plan.body === 'malformed') body = malformedBody(body);
  else if (plan.body === 'entity-expansion') body = entityExpansionBody();
  const bytes = Buffer.from(body, 'utf8');

  response.writeHead(answer.status, {
    ...answer.headers,
    'Content-Length': String(bytes.length),
  });
  if (plan.reset) {
    // The announced length is never reached: the client sees the connection die mid-body.
    await writeThenReset(response, bytes.subarray(0, Math.floor(bytes.length / 2)));
    return;
  }
  response.end(bytes);
}

async function sendOversize(
  response: ServerResponse,
  answer: Answer,
  plan: FaultPlan,
  closed: Promise<void>,
): Promise<void> {
  const { head, tail, chunks } = oversizeParts();
  const headers = { ...answer.headers };
  delete headers['Content-Length'];
  // No Content-Length: the client cannot refuse up front and must cap what it reads.
  response.writeHead(answer.status, headers);
  let open = true;
  void closed.then(() => (open = false));
  const write = async (chunk: Buffer): Promise<void> => {
    if (!response.write(chunk)) await Promise.race([once(response, 'drain'), closed]);
  };
  await write(head);
  for (let i = 0; i < chunks && open; i++) {
    if (plan.reset && i === Math.floor(chunks / 2)) {
      await writeThenReset(response, OVERSIZE_CHUNK);
      return;
    }
    await write(OVERSIZE_CHUNK);
  }
  if (open) response.end(tail);
}

function writeThenReset(response: ServerResponse, part: Buffer): Promise<void> {
  return new Promise((resolve) => {
    // The callback runs once the part has been handed to the socket: only then is the cut mid-body.
    response.write(part, () => {
      resetConnection(response.socket);
      resolve();
    });
  });
}

function resetConnection(socket: Socket | null): void {
  if (!socket) return;
  // A TCP RST (the client reads ECONNRESET) rather than a clean close. A TLS socket cannot reset its
  // TLS handle; its underlying TCP socket can. `_parent` is Node's own (undocumented) link to it, so
  // anything unexpected falls back to a plain destroy, which still cuts the body short.
  const raw = (socket as Socket & { _parent?: unknown })._parent;
  try {
    if (raw instanceof Socket) {
      raw.resetAndDestroy();
      socket.destroy();
      return;
    }
  } catch {
    // fall through
  }
  socket.destroy();
}
