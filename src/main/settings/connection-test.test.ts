// The connection test against the simulator over the real network stack: each diagnosis an IT person may meet.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureDemoPki,
  type DemoPki,
  startSimulator,
  type Simulator,
  defaultServices,
} from '../../test-support/simulator';
import type { BcssEndpoint } from '../inquiry';
import type { ConnectionDiagnosis, EnvironmentPatch } from '../../shared/contract/settings';
import { testConnection } from './connection-test';
import type { ResolvedEndpoint } from './endpoint';
import { SOA_PREFIX } from './environments';
import { configuredSettings } from '../../test-support/configured-settings';

let dir: string;
let pki: DemoPki;
let foreignPki: DemoPki;
let simulator: Simulator;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-connection-test-'));
  [pki, foreignPki] = await Promise.all([
    ensureDemoPki(join(dir, 'pki')),
    // Another demo PKI: its CA is not the one our settings trust.
    ensureDemoPki(join(dir, 'foreign-pki')),
  ]);
  simulator = await startSimulator({ services: defaultServices(), pki });
}, 120_000);

afterAll(async () => {
  await simulator.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Setup {
  url?: string;
  certificate?: { pfx: Buffer; passphrase: string };
  patch?: EnvironmentPatch;
  fault?: string;
}

/** The endpoint exactly as the app would build it from stored settings (the certificate check bypassed for expired ones). */
async function endpoint(setup: Setup = {}): Promise<ResolvedEndpoint> {
  const settings = await configuredSettings({
    simulatorUrl: setup.url ?? simulator.url,
    caCertPem: pki.caCertPem,
    certificate: { pfx: pki.client.pfx, passphrase: pki.client.passphrase },
    ...(setup.patch ? { patch: setup.patch } : {}),
  });
  const resolved = (await settings.endpoints.of('test')) as ResolvedEndpoint;
  return {
    ...resolved,
    // An expired certificate cannot be imported: the test hands it to the transport directly.
    transport: {
      ...resolved.transport,
      certificate: setup.certificate ?? resolved.transport.certificate,
    },
    ...(setup.fault ? { headers: { 'X-Simulator-Fault': setup.fault } } : {}),
  };
}

async function diagnose(setup: Setup = {}, signal?: AbortSignal): Promise<ConnectionDiagnosis> {
  return (await testConnection(await endpoint(setup), signal ? { signal } : {})).diagnosis;
}

describe('connection test', () => {
  it('reports ok with the round trip and the TLS protocol, when the BCSS refuses the empty probe', async () => {
    simulator.clearLog();
    const result = await testConnection(await endpoint());
    expect(result).toMatchObject({
      environment: 'test',
      url: `${simulator.url}${SOA_PREFIX}/SocialInquiryService/v1`,
      testedAt: expect.any(String),
      diagnosis: {
        code: 'ok',
        host: '127.0.0.1',
        port: simulator.port,
        tlsProtocol: expect.stringMatching(/^TLSv1\.[23]$/),
        answer: 'probe-refused',
        reasonCode: 'MSG00004',
        ticketCBSS: expect.stringMatching(/^[0-9a-f-]{36}$/),
        server: { subject: 'C=BE, O=Inquiry Desk (demo), CN=localhost' },
      },
    });
    const diagnosis = result.diagnosis as Extract<ConnectionDiagnosis, { code: 'ok' }>;
    expect(diagnosis.roundTripMs).toBeGreaterThanOrEqual(0);
    expect(diagnosis.handshakeMs).toBeGreaterThanOrEqual(0);
    // One call reached the service, and it was refused as invalid: no person was looked up.
    const calls = simulator.logEntries().filter((e) => e.kind === 'call');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ service: 'SocialInquiry', outcome: 'fault MSG00004' });
    expect(JSON.stringify(result)).not.toContain(pki.client.passphrase);
  });

  it('says the server is not trusted, and whose certificate it showed', async () => {
    const impostor = await startSimulator({ services: defaultServices(), pki: foreignPki });
    try {
      expect(await diagnose({ url: impostor.url })).toMatchObject({
        code: 'server-untrusted',
        host: '127.0.0.1',
        reason: expect.stringMatching(/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED|ISSUER/),
        server: { subject: expect.stringContaining('CN=localhost'), issuer: expect.any(String) },
      });
      // Nothing was sent to it.
      expect(impostor.logEntries().filter((e) => e.kind === 'call')).toHaveLength(0);
    } finally {
      await impostor.close();
    }
  });

  it('says the client certificate expired, before calling', async () => {
    simulator.clearLog();
    expect(
      await diagnose({
        certificate: { pfx: pki.expiredClient.pfx, passphrase: pki.expiredClient.passphrase },
      }),
    ).toMatchObject({
      code: 'client-certificate-expired',
      refusedBy: 'local',
      validTo: expect.any(String),
    });
    expect(simulator.logEntries()).toHaveLength(0);
  });

  it('says the server refused the client certificate (issued by a CA the BCSS does not know)', async () => {
    expect(
      await diagnose({
        certificate: { pfx: pki.foreignClient.pfx, passphrase: pki.foreignClient.passphrase },
      }),
    ).toMatchObject({ code: 'client-certificate-refused', host: '127.0.0.1' });
  });

  it('says the connection is refused when nothing listens any more', async () => {
    const stopped = await startSimulator({ services: defaultServices(), pki });
    const { url, port } = stopped;
    await stopped.close();
    expect(await diagnose({ url })).toEqual({ code: 'refused', host: '127.0.0.1', port });
  });

  it('says the name does not resolve', async () => {
    expect(await diagnose({ url: 'https://bcss-simulator.invalid' })).toEqual({
      code: 'dns',
      host: 'bcss-simulator.invalid',
    });
  });

  it('tells a connection that never completes (an address not whitelisted) from a slow answer', async () => {
    // A port that accepts TCP and then says nothing, as a filtered path does.
    const silent: TcpServer = createTcpServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      expect(
        await diagnose({ url: `https://127.0.0.1:${port}`, patch: { connectTimeoutMs: 300 } }),
      ).toEqual({ code: 'timeout', host: '127.0.0.1', port, phase: 'connect', timeoutMs: 300 });
    } finally {
      silent.close();
    }

    const slow = await startSimulator({ services: defaultServices(), pki, faults: 'latency=2000' });
    try {
      expect(await diagnose({ url: slow.url, patch: { responseTimeoutMs: 500 } })).toEqual({
        code: 'timeout',
        host: '127.0.0.1',
        port: slow.port,
        phase: 'answer',
        timeoutMs: 500,
      });
    } finally {
      await slow.close();
    }
  });

  it('reports a SOAP fault with its code (the BCSS unavailable)', async () => {
    expect(await diagnose({ fault: 'http=503' })).toMatchObject({
      code: 'soap-fault',
      faultCode: 'soapenv:Server',
      reasonCode: 'MSG00001',
      httpStatus: 503,
      ticketCBSS: expect.any(String),
    });
  });

  it('reports an HTTP error, and an answer that is no SOAP message (a proxy page)', async () => {
    let status = 404;
    const page = createHttpsServer(
      { key: pki.serverKeyPem, cert: pki.serverCertPem },
      (request, response) => {
        request.resume();
        response.writeHead(status, { 'Content-Type': 'text/html' }).end('<p>Not here</p>');
      },
    );
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    const { port } = page.address() as { port: number };
    try {
      const url = `https://127.0.0.1:${port}`;
      expect(await diagnose({ url })).toEqual({ code: 'http-error', status: 404 });
      status = 200;
      expect(await diagnose({ url })).toMatchObject({ code: 'unexpected-answer' });
    } finally {
      page.close();
    }
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await diagnose({}, controller.signal)).toEqual({ code: 'cancelled' });
  });

  it('tests the demo environment too, from its endpoint without service URLs', async () => {
    const demo: BcssEndpoint = {
      environment: 'demo',
      baseUrl: simulator.url,
      cbe: pki.client.cbe!,
      user: { ssin: '80031410116', email: 'enquetes@cpas-demoville.example' },
      transport: {
        certificate: { pfx: pki.client.pfx, passphrase: pki.client.passphrase },
        trustedCa: [pki.caCertPem],
        connectTimeoutMs: 3000,
        responseTimeoutMs: 3000,
        maxResponseBytes: 1024 * 1024,
      },
    };
    const result = await testConnection(demo);
    expect(result.url).toBe(`${simulator.url}/SOA4520/SocialInquiryService/v1`);
    expect(result.diagnosis.code).toBe('ok');
  });
});
