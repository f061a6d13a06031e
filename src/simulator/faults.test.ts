// Tests for fault injection: the spec syntax, and every fault produced on demand over the network.
import { request } from 'node:https';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import {
  createFaultSelector,
  entityExpansionBody,
  FaultSpecError,
  formatFaultSpec,
  malformedBody,
  OVERSIZE_PADDING_BYTES,
  parseFaultSpec,
  truncatedBody,
} from './faults';
import type { DemoPki } from './pki';
import { testPki } from '../test-support/simulator';
import { startSimulator, type Simulator } from './server';
import { parseSoapFault, renderEnvelope } from './soap-envelope';
import type { SoapService } from './soap-service';

const ENVELOPE =
  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">' +
  '<soapenv:Body><t:ping xmlns:t="urn:test:echo"/></soapenv:Body></soapenv:Envelope>';
const TWENTY_MB = 20 * 1024 * 1024;

let pki: DemoPki;
let simulator: Simulator;
let handled = 0;

const echo: SoapService = {
  name: 'Echo',
  path: '/echo',
  soapActions: ['urn:test:echo'],
  async handle(call) {
    handled++;
    return {
      kind: 'response',
      payloadXml: `<t:pong xmlns:t="urn:test:echo"><ticket>${call.ticketCBSS}</ticket><filler>${'y'.repeat(4000)}</filler></t:pong>`,
    };
  },
};

interface Outcome {
  status?: number;
  body: string;
  bytes: number;
  /** The network error, when the exchange did not complete. */
  error?: NodeJS.ErrnoException;
  elapsedMs: number;
}

/** Posts one call and reports whatever happened, error included; `keepBody: false` only counts bytes. */
function call(
  fault: string | undefined,
  options: { timeoutMs?: number; keepBody?: boolean } = {},
): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    let status: number | undefined;
    const chunks: Buffer[] = [];
    let bytes = 0;
    const done = (error?: NodeJS.ErrnoException): void =>
      resolve({
        ...(status === undefined ? {} : { status }),
        body: Buffer.concat(chunks).toString('utf8'),
        bytes,
        ...(error ? { error } : {}),
        elapsedMs: performance.now() - started,
      });
    const req = request(
      `${simulator.url}${echo.path}`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'text/xml; charset=utf-8',
          SOAPAction: 'urn:test:echo',
          ...(fault === undefined ? {} : { 'X-Simulator-Fault': fault }),
        },
        ca: pki.caCertPem,
        pfx: pki.client.pfx,
        passphrase: pki.passphrase,
        agent: false,
        ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
      },
      (res) => {
        status = res.statusCode;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (options.keepBody !== false) chunks.push(chunk);
        });
        res.on('error', (error) => done(error));
        res.on('end', () => done());
      },
    );
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error('client timeout'), { code: 'ETIMEDOUT' })),
    );
    req.on('error', (error) => done(error));
    req.end(ENVELOPE);
  });
}

async function wellFormed(xml: string): Promise<boolean> {
  const result = await validateXML({
    xml: [{ fileName: 'body.xml', contents: xml }],
    normalization: 'format',
  });
  return result.valid;
}

beforeAll(async () => {
  pki = await testPki();
  simulator = await startSimulator({ pki, services: [echo] });
}, 60_000);

afterAll(async () => {
  await simulator?.close();
});

beforeEach(() => {
  handled = 0;
  simulator.setFaults(null);
});

describe('parseFaultSpec', () => {
  it('reads every fault and canonical combinations', () => {
    expect(parseFaultSpec('latency=1500')).toEqual({ latencyMs: 1500 });
    expect(parseFaultSpec('hang')).toEqual({ hang: true });
    expect(parseFaultSpec('reset')).toEqual({ reset: true });
    expect(parseFaultSpec('http=503')).toEqual({ http: { status: 503, reasonCode: 'MSG00001' } });
    expect(parseFaultSpec('http=500')).toEqual({ http: { status: 500, reasonCode: 'MSG00002' } });
    expect(parseFaultSpec('HTTP=500:msg00020')).toEqual({
      http: { status: 500, reasonCode: 'MSG00020' },
    });
    for (const body of ['truncate', 'malformed', 'entity-expansion', 'oversize'] as const) {
      expect(parseFaultSpec(body)).toEqual({ body });
    }
    expect(parseFaultSpec(' latency=200 , http=500 ')).toEqual({
      latencyMs: 200,
      http: { status: 500, reasonCode: 'MSG00002' },
    });
    expect(parseFaultSpec('none')).toEqual({});
    expect(parseFaultSpec('')).toEqual({});
    expect(parseFaultSpec('http=503,match=GPMI_PIIS,times=3')).toEqual({
      http: { status: 503, reasonCode: 'MSG00001' },
      match: 'GPMI_PIIS',
      times: 3,
    });
    expect(parseFaultSpec('Match=socialInquiry,hang')).toEqual({
      hang: true,
      match: 'socialInquiry',
    });
  });

  it('refuses what it does not know or what cannot combine', () => {
    for (const bad of [
      'explode',
      'latency',
      'latency=-1',
      'latency=fast',
      'latency=9999999',
      'http=404',
      'http=503:oops',
      'reset=1',
      'truncate,malformed',
      'hang,reset',
      'hang,http=503',
      'none,reset',
      'latency=1,latency=2',
      'match=GPMI_PIIS',
      'times=2',
      'match=GPMI_PIIS,times=1',
      'http=503,match',
      'http=503,match=a b',
      'http=503,match=<x>',
      'http=503,times=0',
      'http=503,times=-1',
      'http=503,times=many',
      'none,match=x',
    ]) {
      expect(() => parseFaultSpec(bad), bad).toThrow(FaultSpecError);
    }
  });

  it('formats a plan back to a spec that parses to the same plan', () => {
    for (const spec of [
      'latency=200,http=500:MSG00020',
      'truncate,reset',
      'hang',
      'none',
      'times=2,match=EXONERATIONS,reset',
    ]) {
      const plan = parseFaultSpec(spec);
      expect(parseFaultSpec(formatFaultSpec(plan))).toEqual(plan);
    }
  });
});

describe('fault filters', () => {
  const piis = '<RequestType>GPMI_PIIS</RequestType>';
  const art35 = '<RequestType>EXONERATIONSART35</RequestType>';

  it('match applies the faults only to requests whose body has the text, ignoring case', () => {
    const selector = createFaultSelector();
    const plan = parseFaultSpec('http=503,match=gpmi_piis');
    expect(selector.select(plan, piis)).toBe(plan);
    expect(selector.select(plan, art35)).toEqual({});
    expect(selector.select(plan, piis)).toBe(plan);
  });

  it('times applies the faults to the first n requests they match, then no more, until reset', () => {
    const selector = createFaultSelector();
    const plan = parseFaultSpec('http=503,match=GPMI_PIIS,times=2');
    const outcomes = [piis, art35, piis, art35, piis, piis].map((body) =>
      formatFaultSpec(selector.select(plan, body)),
    );
    expect(outcomes).toEqual([
      'http=503:MSG00001,match=GPMI_PIIS,times=2',
      'none',
      'http=503:MSG00001,match=GPMI_PIIS,times=2',
      'none',
      'none',
      'none',
    ]);
    // Another spec has its own count.
    expect(selector.select(parseFaultSpec('reset,times=1'), art35)).toEqual({
      reset: true,
      times: 1,
    });
    selector.reset();
    expect(selector.select(plan, piis)).toBe(plan);
  });

  it('a plan without filters applies to every request', () => {
    const selector = createFaultSelector();
    const plan = parseFaultSpec('latency=10');
    for (let i = 0; i < 3; i++) expect(selector.select(plan, art35)).toBe(plan);
  });
});

describe('faulty bodies', () => {
  const body = renderEnvelope('<t:pong xmlns:t="urn:test:echo"><a>1</a></t:pong>');

  it('truncated and malformed bodies start like the real one and are not well-formed', async () => {
    expect(await wellFormed(body)).toBe(true);
    expect(body.startsWith(truncatedBody(body))).toBe(true);
    expect(await wellFormed(truncatedBody(body))).toBe(false);
    expect(malformedBody(body).startsWith(body.slice(0, 60))).toBe(true);
    expect(await wellFormed(malformedBody(body))).toBe(false);
  });

  it('the entity-expansion body declares nested entities, and our own reader refuses it', () => {
    const laughs = entityExpansionBody();
    expect(laughs).toContain('<!DOCTYPE');
    expect(laughs.match(/<!ENTITY/g)).toHaveLength(10);
    expect(() => parseSoapFault(laughs)).toThrow(/DTD/);
  });
});

describe('faults on the wire', () => {
  it('without a fault, answers normally', async () => {
    const outcome = await call(undefined);
    expect(outcome.status).toBe(200);
    expect(await wellFormed(outcome.body)).toBe(true);
  });

  it('latency delays the answer by at least the given time', async () => {
    const outcome = await call('latency=400');
    expect(outcome.status).toBe(200);
    expect(outcome.elapsedMs).toBeGreaterThanOrEqual(390);
  });

  it('hang never answers: the client times out, yet the call was handled', async () => {
    const outcome = await call('hang', { timeoutMs: 600 });
    expect(outcome.status).toBeUndefined();
    expect(outcome.error?.code).toBe('ETIMEDOUT');
    expect(outcome.elapsedMs).toBeGreaterThanOrEqual(590);
    expect(handled).toBe(1);
    const entry = simulator.logEntries().at(-1);
    expect(entry?.faults).toBe('hang');
    expect(entry?.ticketCBSS).toBeDefined();
  });

  it('reset drops the connection in the middle of the body', async () => {
    const outcome = await call('reset');
    expect(outcome.status).toBe(200);
    expect(outcome.error?.code).toMatch(/^(ECONNRESET|ECONNABORTED|EPIPE)$/);
    expect(outcome.bytes).toBeGreaterThan(0);
    expect(await wellFormed(outcome.body)).toBe(false);
  });

  it('http=503 answers the BCSS-unavailable fault without calling the service', async () => {
    const outcome = await call('http=503');
    expect(outcome.status).toBe(503);
    const fault = parseSoapFault(outcome.body);
    expect(fault?.faultCode).toBe('soapenv:Server');
    expect(fault?.details[0]?.reasonCode).toBe('MSG00001');
    expect(handled).toBe(0);
  });

  it('http=500 answers a supplier fault, MSG00002 or the code asked for', async () => {
    const unreachable = await call('http=500');
    expect(unreachable.status).toBe(500);
    expect(parseSoapFault(unreachable.body)?.details[0]?.reasonCode).toBe('MSG00002');
    const unavailable = await call('latency=100,http=500:MSG00020');
    expect(unavailable.elapsedMs).toBeGreaterThanOrEqual(95);
    expect(parseSoapFault(unavailable.body)?.details[0]?.reasonCode).toBe('MSG00020');
  });

  it('truncate sends a complete HTTP answer whose XML stops half-way', async () => {
    const outcome = await call('truncate');
    expect(outcome.error).toBeUndefined();
    expect(outcome.status).toBe(200);
    expect(outcome.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><soapenv:Envelope/);
    expect(await wellFormed(outcome.body)).toBe(false);
  });

  it('malformed sends a body that is not well-formed XML', async () => {
    const outcome = await call('malformed');
    expect(outcome.status).toBe(200);
    expect(await wellFormed(outcome.body)).toBe(false);
  });

  it('entity-expansion sends a body with a DOCTYPE and entity declarations', async () => {
    const outcome = await call('entity-expansion');
    expect(outcome.status).toBe(200);
    expect(outcome.body).toContain('<!DOCTYPE');
    expect(outcome.body).toContain('<!ENTITY');
  });

  it('oversize sends more than 20 MB, chunked', async () => {
    const outcome = await call('oversize', { keepBody: false });
    expect(outcome.error).toBeUndefined();
    expect(outcome.status).toBe(200);
    expect(outcome.bytes).toBeGreaterThan(TWENTY_MB);
    expect(outcome.bytes).toBeGreaterThanOrEqual(OVERSIZE_PADDING_BYTES);
  });

  it('applies the run-level faults to every call; a request header overrides them', async () => {
    simulator.setFaults('http=503');
    expect((await call(undefined)).status).toBe(503);
    expect((await call('none')).status).toBe(200);
    expect(simulator.logEntries().at(-2)?.faults).toBe('http=503:MSG00001');
    expect(() => simulator.setFaults('nonsense')).toThrow(FaultSpecError);
  });

  it('narrows the run faults to the requests they match, the first n times', async () => {
    simulator.setFaults('http=503,match=urn:test:echo,times=2');
    expect((await call(undefined)).status).toBe(503);
    expect((await call(undefined)).status).toBe(503);
    expect((await call(undefined)).status).toBe(200);
    expect(simulator.logEntries().at(-2)?.faults).toBe(
      'http=503:MSG00001,match=urn:test:echo,times=2',
    );
    expect(simulator.logEntries().at(-1)?.faults).toBeUndefined();
    // Setting the faults again starts the count again; a text the body lacks never applies.
    simulator.setFaults('http=503,match=urn:test:echo,times=2');
    expect((await call(undefined)).status).toBe(503);
    simulator.setFaults('http=503,match=GPMI_PIIS');
    expect((await call(undefined)).status).toBe(200);
    expect(handled).toBe(2);
  });

  it('closing the simulator ends hanging calls', async () => {
    const own = await startSimulator({ pki, services: [echo], faults: 'hang' });
    const hanging = new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      const req = request(
        `${own.url}${echo.path}`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'text/xml', SOAPAction: 'urn:test:echo' },
          ca: pki.caCertPem,
          pfx: pki.client.pfx,
          passphrase: pki.passphrase,
          agent: false,
        },
        () => resolve(undefined),
      );
      req.on('error', (error) => resolve(error));
      req.end(ENVELOPE);
    });
    // Wait for the call to reach the service before closing.
    while (handled === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const started = performance.now();
    await own.close();
    expect((await hanging)?.code).toMatch(/^(ECONNRESET|ECONNABORTED)$/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
