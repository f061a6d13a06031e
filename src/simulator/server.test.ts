// Tests for the simulator's transport over the real network stack: mutual TLS, SOAP 1.1 checks, faults, ticket log.
import { readFile } from 'node:fs/promises';
import { request, type RequestOptions } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { DEMO_CBE, OTHER_CBE, type DemoPki } from './pki';
import { TEST_PKI_DIR, testPki } from '../test-support/simulator';
import { startSimulator, type Simulator, type SimulatorLogEntry } from './server';
import { parseSoapFault, type ParsedSoapFault } from './soap-envelope';
import type { SoapRequest, SoapService } from './soap-service';

const ENVELOPE =
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">' +
  '<soapenv:Body><t:ping xmlns:t="urn:test:echo">hello</t:ping></soapenv:Body></soapenv:Envelope>';
const SOAP12_ENVELOPE =
  '<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body/></env:Envelope>';

// Shared across test files and runs: generation takes seconds, reuse a fraction of one.

let pki: DemoPki;
let simulator: Simulator;
const received: SoapRequest[] = [];
const lines: string[] = [];

const echo: SoapService = {
  name: 'Echo',
  path: '/SOA4520/EchoService/v1',
  soapActions: ['urn:test:echo', 'urn:test:throw', 'urn:test:fault'],
  async handle(call) {
    received.push(call);
    if (call.soapAction === 'urn:test:throw') throw new Error('boom');
    if (call.soapAction === 'urn:test:fault') {
      return {
        kind: 'fault',
        fault: {
          faultCode: 'soapenv:Client',
          faultString: 'Operation refused for this user',
          details: [
            {
              severity: 'FATAL',
              reasonCode: 'MSG00016',
              diagnostic: 'Refused <on purpose> & "quoted"',
              authorCode: 'CBSS',
            },
          ],
          httpStatus: 500,
        },
      };
    }
    return {
      kind: 'response',
      payloadXml:
        `<t:pong xmlns:t="urn:test:echo"><cbe>${call.clientCbe ?? ''}</cbe>` +
        `<ticket>${call.ticketCBSS}</ticket><version>${call.settings.socialInquiryVersion}</version></t:pong>`,
    };
  },
};

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

type Identity = 'demo' | 'expired' | 'foreign' | 'other' | 'none';

function tlsOptions(identity: Identity): RequestOptions {
  const pick = {
    demo: pki.client,
    expired: pki.expiredClient,
    foreign: pki.foreignClient,
    other: pki.otherCbeClient,
    none: null,
  }[identity];
  return {
    // The server must prove itself against the demo CA, and only it.
    ca: pki.caCertPem,
    agent: false,
    ...(pick ? { pfx: pick.pfx, passphrase: pick.passphrase } : {}),
  };
}

function post(
  options: {
    path?: string;
    body?: string | Buffer;
    headers?: Record<string, string>;
    identity?: Identity;
    method?: string;
    tls?: RequestOptions;
  } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${simulator.url}${options.path ?? echo.path}`,
      {
        method: options.method ?? 'POST',
        headers: {
          'Content-Type': 'text/xml; charset=utf-8',
          SOAPAction: '"urn:test:echo"',
          ...options.headers,
        },
        ...tlsOptions(options.identity ?? 'demo'),
        ...options.tls,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.method === 'GET' ? undefined : (options.body ?? ENVELOPE));
  });
}

function faultOf(reply: Reply): ParsedSoapFault {
  const fault = parseSoapFault(reply.body);
  if (!fault) throw new Error(`no SOAP fault in: ${reply.body.slice(0, 300)}`);
  return fault;
}

function calls(): SimulatorLogEntry[] {
  return simulator.logEntries().filter((e) => e.kind === 'call');
}

beforeAll(async () => {
  pki = await testPki();
  simulator = await startSimulator({ pki, services: [echo], log: (line) => lines.push(line) });
}, 60_000);

afterAll(async () => {
  await simulator?.close();
});

beforeEach(() => {
  received.length = 0;
  simulator.clearLog();
  simulator.setFaults(null);
});

describe('mutual TLS', () => {
  /** The error of a call the server refused at TLS level: never an HTTP answer. */
  async function refused(options: Parameters<typeof post>[0]): Promise<NodeJS.ErrnoException> {
    const error = await post(options).then(
      (reply) => {
        throw new Error(`got an HTTP ${reply.status} answer`);
      },
      (e: unknown) => e as NodeJS.ErrnoException,
    );
    expect(error.code).toMatch(/^(ECONNRESET|EPROTO|EPIPE|ERR_SSL_[A-Z0-9_]+)$/);
    expect(calls()).toEqual([]);
    expect(received).toEqual([]);
    return error;
  }

  /** The server's log line for a refused handshake; it may land just after the client's error. */
  async function refusal(reason: RegExp): Promise<SimulatorLogEntry> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const entry = simulator
        .logEntries()
        .find((e) => e.kind === 'tls-refused' && reason.test(e.reason ?? ''));
      if (entry) return entry;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(
      `no refusal logged matching ${reason}: ${JSON.stringify(simulator.logEntries())}`,
    );
  }

  it('listens on loopback and serves a certificate the demo CA vouches for', async () => {
    expect(simulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    // By IP (the URL) and by name (SNI + hostname check against the DNS SAN).
    expect((await post()).status).toBe(200);
    expect((await post({ tls: { servername: 'localhost' } })).status).toBe(200);
  });

  it('is not trusted by a client that does not know the demo CA', async () => {
    // Without a PKCS#12 too: Node trusts the CA certificates bundled in a pfx for the server as well.
    const error = await post({ identity: 'none', tls: { ca: undefined } }).catch(
      (e: NodeJS.ErrnoException) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as NodeJS.ErrnoException).code).toMatch(/SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/);
  });

  it('refuses a client without a certificate during the handshake (TLS 1.3: certificate required)', async () => {
    const error = await refused({ identity: 'none' });
    expect(error.code).toBe('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED');
    await refusal(/PEER_DID_NOT_RETURN_A_CERTIFICATE/);
  });

  it('refuses a client without a certificate during a TLS 1.2 handshake (handshake failure alert)', async () => {
    const error = await refused({ identity: 'none', tls: { maxVersion: 'TLSv1.2' } });
    expect(error.message).toMatch(/alert handshake failure/);
  });

  it('refuses an expired client certificate', async () => {
    await refused({ identity: 'expired' });
    await refusal(/CERT_HAS_EXPIRED/);
    // TLS 1.2: the client never even sees the server's Finished.
    const error = await refused({ identity: 'expired', tls: { maxVersion: 'TLSv1.2' } });
    expect(error.message).toMatch(/before secure TLS connection was established|socket hang up/);
  });

  it('refuses a client certificate from another CA', async () => {
    await refused({ identity: 'foreign' });
    await refusal(/SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER|UNABLE_TO_VERIFY/);
  });

  it('refuses TLS 1.1', async () => {
    await expect(post({ tls: { maxVersion: 'TLSv1.1', minVersion: 'TLSv1.1' } })).rejects.toThrow();
    expect(received).toEqual([]);
  });

  it('accepts the demo PKCS#12 and passes the CBE of its subject to the service', async () => {
    const reply = await post({ identity: 'demo' });
    expect(reply.status).toBe(200);
    expect(received[0]?.clientCbe).toBe(DEMO_CBE);
    expect(reply.body).toContain(`<cbe>${DEMO_CBE}</cbe>`);
  });

  it('passes another organisation’s CBE as is (the service decides on MSG00014)', async () => {
    await post({ identity: 'other' });
    expect(received[0]?.clientCbe).toBe(OTHER_CBE);
  });

  it('accepts the PKCS#12 file as written on disk', async () => {
    const pfx = await readFile(pki.client.p12Path);
    const reply = await post({
      tls: { pfx, passphrase: (await readFile(pki.passphrasePath, 'utf8')).trim() },
    });
    expect(reply.status).toBe(200);
  });
});

describe('SOAP 1.1 answers', () => {
  it('hands the service the envelope, the unquoted SOAPAction, a ticket and the settings', async () => {
    simulator.setSettings({ socialInquiryVersion: 2 });
    try {
      const reply = await post({ headers: { SOAPAction: 'urn:test:echo' } });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('text/xml; charset=utf-8');
      const call = received[0]!;
      expect(call.envelope).toBe(ENVELOPE);
      expect(call.soapAction).toBe('urn:test:echo');
      expect(call.ticketCBSS).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(call.settings.socialInquiryVersion).toBe(2);
      expect(call.receivedAt).toBeInstanceOf(Date);
      expect(reply.body).toContain('<version>2</version>');
    } finally {
      simulator.setSettings({ socialInquiryVersion: 1 });
    }
  });

  it('wraps the payload in a well-formed SOAP 1.1 envelope', async () => {
    const reply = await post();
    expect(reply.body).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><soapenv:Envelope xmlns:soapenv="http:\/\/schemas.xmlsoap.org\/soap\/envelope\/"><soapenv:Body><t:pong /,
    );
    const checked = await validateXML({
      xml: [{ fileName: 'reply.xml', contents: reply.body }],
      normalization: 'format',
    });
    expect(checked.errors).toEqual([]);
  });

  it('logs one line per call with its ticketCBSS, and no message content', async () => {
    const reply = await post();
    const ticket = /<ticket>([^<]+)<\/ticket>/.exec(reply.body)?.[1];
    expect(ticket).toBeDefined();
    const entry = calls()[0]!;
    expect(entry).toMatchObject({
      ticketCBSS: ticket,
      method: 'POST',
      path: echo.path,
      service: 'Echo',
      soapAction: 'urn:test:echo',
      clientCbe: DEMO_CBE,
      status: 200,
      outcome: 'response',
    });
    const line = lines.find((l) => l.includes(ticket!));
    expect(line).toContain(`ticketCBSS=${ticket}`);
    expect(line).not.toContain('hello');
  });
});

describe('transport faults', () => {
  async function expectFault(
    reply: Reply,
    faultCode: string,
    reasonCode: string,
    status = 500,
  ): Promise<ParsedSoapFault> {
    expect(reply.status).toBe(status);
    expect(reply.headers['content-type']).toBe('text/xml; charset=utf-8');
    const fault = faultOf(reply);
    expect(fault.faultCode).toBe(faultCode);
    expect(fault.details[0]?.reasonCode).toBe(reasonCode);
    expect(fault.details[0]?.severity).toBe('FATAL');
    // The fault's ticket is the one the simulator logged for the call.
    expect(calls().map((e) => e.ticketCBSS)).toContain(fault.ticketCBSS);
    return fault;
  }

  it('MSG00052 for a URL no service answers on', async () => {
    await expectFault(
      await post({ path: '/SOA4520/NoSuchService/v1' }),
      'soapenv:Client',
      'MSG00052',
    );
    expect(received).toEqual([]);
  });

  it('MSG00053 for SOAP 1.2, by content type or by envelope namespace', async () => {
    const byType = await post({
      headers: { 'Content-Type': 'application/soap+xml; charset=utf-8; action="urn:test:echo"' },
      body: SOAP12_ENVELOPE,
    });
    await expectFault(byType, 'soapenv:Client', 'MSG00053');
    await expectFault(await post({ body: SOAP12_ENVELOPE }), 'soapenv:Client', 'MSG00053');
    await expectFault(
      await post({ headers: { 'Content-Type': 'application/json' } }),
      'soapenv:Client',
      'MSG00053',
    );
    expect(received).toEqual([]);
  });

  it('MSG00051 for a missing, empty or unknown SOAPAction; quoted or not is the same', async () => {
    await expectFault(
      await post({ headers: { SOAPAction: '"urn:test:other"' } }),
      'soapenv:Client',
      'MSG00051',
    );
    await expectFault(await post({ headers: { SOAPAction: '""' } }), 'soapenv:Client', 'MSG00051');
    const missing = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        `${simulator.url}${echo.path}`,
        { method: 'POST', headers: { 'Content-Type': 'text/xml' }, ...tlsOptions('demo') },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(ENVELOPE);
    });
    await expectFault(missing, 'soapenv:Client', 'MSG00051');
    expect(received).toEqual([]);
    expect((await post({ headers: { SOAPAction: 'urn:test:echo' } })).status).toBe(200);
  });

  it('MSG00004 for a body over 5 MB', async () => {
    const big = ENVELOPE.replace('hello', 'x'.repeat(5 * 1024 * 1024));
    await expectFault(await post({ body: big }), 'soapenv:Client', 'MSG00004');
    expect(received).toEqual([]);
  });

  it('MSG00004 for a DOCTYPE or an ENTITY, without handing it to anyone', async () => {
    const withDoctype =
      '<?xml version="1.0"?><!DOCTYPE soapenv:Envelope [<!ENTITY a "aaaa">]>' +
      ENVELOPE.replace(/^<\?xml[^>]*>/, '').replace('hello', '&a;');
    const fault = await expectFault(
      await post({ body: withDoctype }),
      'soapenv:Client',
      'MSG00004',
    );
    expect(fault.details[0]?.diagnostic).toMatch(/DTD/);
    expect(received).toEqual([]);
  });

  it('MSG00004 for a body that is not a SOAP 1.1 envelope', async () => {
    await expectFault(await post({ body: '<ping>hello</ping>' }), 'soapenv:Client', 'MSG00004');
    await expectFault(await post({ body: 'not xml at all' }), 'soapenv:Client', 'MSG00004');
    await expectFault(
      await post({ body: Buffer.from([0x3c, 0xff, 0xfe, 0x3e]) }),
      'soapenv:Client',
      'MSG00004',
    );
  });

  it('MSG00003 (soapenv:Server) when the service throws, without leaking the error', async () => {
    const fault = await expectFault(
      await post({ headers: { SOAPAction: 'urn:test:throw' } }),
      'soapenv:Server',
      'MSG00003',
    );
    expect(fault.details[0]?.diagnostic).not.toContain('boom');
    expect(calls()[0]?.error).toContain('boom');
  });

  it("renders a service's own fault, escaping its text", async () => {
    const reply = await post({ headers: { SOAPAction: 'urn:test:fault' } });
    const fault = await expectFault(reply, 'soapenv:Client', 'MSG00016');
    expect(fault.details[0]?.diagnostic).toBe('Refused <on purpose> & "quoted"');
    expect(reply.body).toContain('Refused &lt;on purpose&gt; &amp;');
  });

  it('puts a CBSSFault valid against CommonV3 (CBSSFaultType) in the fault detail', async () => {
    const reply = await post({ path: '/nowhere' });
    const fragment = /<common:CBSSFault[\s\S]*<\/common:CBSSFault>/.exec(reply.body)?.[0];
    expect(fragment).toBeDefined();
    const common = await readFile(
      new URL('../../resources/schemas/be/fgov/kszbcss/types/common/CommonV3.xsd', import.meta.url),
      'utf8',
    );
    // CommonV3 declares the type only; a one-line schema gives it an element to validate against.
    const wrapper =
      '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="http://kszbcss.fgov.be/types/common/v3"' +
      ' targetNamespace="http://kszbcss.fgov.be/types/common/v3" elementFormDefault="unqualified">' +
      '<xsd:include schemaLocation="CommonV3.xsd"/><xsd:element name="CBSSFault" type="tns:CBSSFaultType"/></xsd:schema>';
    const result = await validateXML({
      xml: [{ fileName: 'fault.xml', contents: fragment! }],
      schema: [{ fileName: 'wrapper.xsd', contents: wrapper }],
      preload: [{ fileName: 'CommonV3.xsd', contents: common }],
    });
    expect(result.errors).toEqual([]);
  });

  it('answers 405 to anything but POST', async () => {
    const reply = await post({ method: 'GET' });
    expect(reply.status).toBe(405);
    expect(reply.headers['allow']).toBe('POST');
  });

  it('answers 400 to an invalid X-Simulator-Fault header (a test bug)', async () => {
    const reply = await post({ headers: { 'X-Simulator-Fault': 'explode' } });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/unknown fault/);
    expect(received).toEqual([]);
  });
});

describe('lifecycle', () => {
  it('starts from a PKI directory on a free port, and refuses two services on one path', async () => {
    await expect(startSimulator({ pkiDir: TEST_PKI_DIR, services: [echo, echo] })).rejects.toThrow(
      /two services/,
    );
    const other = await startSimulator({ pkiDir: TEST_PKI_DIR, services: [] });
    try {
      expect(other.port).not.toBe(simulator.port);
      expect(other.pki.caCertPem).toBe(pki.caCertPem);
      expect(other.settings.socialInquiryVersion).toBe(1);
    } finally {
      await other.close();
    }
  });
});
