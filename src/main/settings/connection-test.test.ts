// The connection test against the simulator over the real network stack: one probe per service, each listed, and
// each diagnosis an IT person may meet, directly or through a proxy.
import { X509Certificate } from 'node:crypto';
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
import { demoEndpoint } from '../../test-support/simulator';
import type { BcssEndpoint } from '../inquiry';
import type {
  ConnectionDiagnosis,
  ConnectionTestResult,
  EnvironmentPatch,
} from '../../shared/contract/settings';
import { testConnection } from './connection-test';
import { SOA_PREFIX } from './environments';
import { configuredSettings } from '../../test-support/configured-settings';
import { startConnectProxy, type ConnectProxy } from '../../test-support/connect-proxy';

let dir: string;
let pki: DemoPki;
let foreignPki: DemoPki;
let simulator: Simulator;
let proxy: ConnectProxy;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-connection-test-'));
  [pki, foreignPki] = await Promise.all([
    ensureDemoPki(join(dir, 'pki')),
    // Another demo PKI: its CA is not the one our settings trust.
    ensureDemoPki(join(dir, 'foreign-pki')),
  ]);
  simulator = await startSimulator({ services: defaultServices(), pki });
  proxy = await startConnectProxy();
}, 120_000);

afterAll(async () => {
  await proxy.close();
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
async function endpoint(setup: Setup = {}): Promise<BcssEndpoint> {
  const settings = await configuredSettings({
    simulatorUrl: setup.url ?? simulator.url,
    caCertPem: pki.caCertPem,
    certificate: { pfx: pki.client.pfx, passphrase: pki.client.passphrase },
    ...(setup.patch ? { patch: setup.patch } : {}),
  });
  const resolved = await settings.endpoints.of('test');
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

async function run(setup: Setup = {}, signal?: AbortSignal): Promise<ConnectionTestResult> {
  return testConnection(await endpoint(setup), signal ? { signal } : {});
}

/** The diagnosis of every service, which a failure of the network path shares: the first, checked equal. */
async function diagnose(setup: Setup = {}, signal?: AbortSignal): Promise<ConnectionDiagnosis> {
  const result = await run(setup, signal);
  if (result.stopped) return result.stopped;
  expect(result.services).toHaveLength(4);
  const codes = new Set(result.services.map((s) => s.diagnosis.code));
  expect(codes.size).toBe(1);
  return result.services[0]!.diagnosis;
}

const calls = () => simulator.logEntries().filter((e) => e.kind === 'call');

describe('connection test', () => {
  it('probes each service at its address and lists it ok, with the round trip and TLS, when the BCSS refuses the empty probe', async () => {
    simulator.clearLog();
    const result = await testConnection(await endpoint());
    const ok = {
      code: 'ok',
      host: '127.0.0.1',
      port: simulator.port,
      tlsProtocol: expect.stringMatching(/^TLSv1\.[23]$/),
      answer: 'probe-refused',
      reasonCode: 'MSG00004',
      ticketCBSS: expect.stringMatching(/^[0-9a-f-]{36}$/),
      // Which CA signed the server, the chain it showed, and the fingerprint a pin compares.
      server: {
        subject: 'C=BE, O=Inquiry Desk (demo), CN=localhost',
        signedBy: 'Inquiry Desk Demo BCSS CA',
        chain: expect.arrayContaining(['localhost']),
        fingerprint: new X509Certificate(pki.serverCertPem).fingerprint256,
      },
    };
    expect(result).toMatchObject({
      environment: 'test',
      testedAt: expect.any(String),
      stopped: null,
      services: [
        {
          service: 'socialInquiry',
          url: `${simulator.url}${SOA_PREFIX}/SocialInquiryService/v1`,
          proxy: null,
          diagnosis: ok,
        },
        {
          service: 'ssdnConnector',
          url: `${simulator.url}${SOA_PREFIX}/WebServiceConnector`,
          proxy: null,
          diagnosis: ok,
        },
        {
          service: 'registerExtract',
          url: `${simulator.url}${SOA_PREFIX}/RetrieveTIGroupsService/v2/retrieveTI`,
          proxy: null,
          diagnosis: ok,
        },
        {
          service: 'foreignerSituation',
          url: `${simulator.url}/ForeignerSituationService/v1/consult`,
          proxy: null,
          diagnosis: ok,
        },
      ],
    });
    const diagnosis = result.services[0]!.diagnosis as Extract<ConnectionDiagnosis, { code: 'ok' }>;
    expect(diagnosis.roundTripMs).toBeGreaterThanOrEqual(0);
    expect(diagnosis.handshakeMs).toBeGreaterThanOrEqual(0);
    // One call reached each service, and it was refused as invalid: no person was looked up.
    expect(
      calls()
        .map((c) => `${c.service} ${c.outcome}`)
        .sort(),
    ).toEqual([
      'ForeignerSituation fault MSG00004',
      'RetrieveTIGroups fault MSG00004',
      'SSDN fault MSG00004',
      'SocialInquiry fault MSG00004',
    ]);
    expect(JSON.stringify(result)).not.toContain(pki.client.passphrase);
  });

  it('tells which service is not at its address (ForeignerSituation under the base URL)', async () => {
    const result = await run({ patch: { serviceAddresses: { foreignerSituation: null } } });
    expect(result.services.map((s) => [s.service, s.diagnosis.code])).toEqual([
      ['socialInquiry', 'ok'],
      ['ssdnConnector', 'ok'],
      ['registerExtract', 'ok'],
      ['foreignerSituation', 'soap-fault'],
    ]);
    expect(result.services[3]).toMatchObject({
      url: `${simulator.url}${SOA_PREFIX}/ForeignerSituationService/v1/consult`,
      diagnosis: { reasonCode: 'MSG00052', faultCode: 'soapenv:Client' },
    });
  });

  it('goes through an explicit proxy, and says when the proxy wants credentials, refuses or is down', async () => {
    const through = { mode: 'explicit' as const, url: proxy.url, user: null };
    const before = proxy.connects.length;
    const result = await run({ patch: { proxy: through } });
    expect(result.services.map((s) => [s.diagnosis.code, s.proxy])).toEqual(
      Array(4).fill(['ok', proxy.url]),
    );
    expect(proxy.connects.length - before).toBe(8); // a handshake and a probe per service
    expect(new Set(proxy.connects.slice(before).map((c) => c.target))).toEqual(
      new Set([`127.0.0.1:${simulator.port}`]),
    );

    proxy.requireCredentials({ user: 'cpas', password: 'proxy-secret' });
    try {
      expect(await diagnose({ patch: { proxy: through } })).toEqual({
        code: 'proxy-auth-required',
        proxy: proxy.url,
      });
      proxy.refuseWith(403);
      expect(await diagnose({ patch: { proxy: through } })).toEqual({
        code: 'proxy-refused',
        proxy: proxy.url,
        status: 403,
      });
    } finally {
      proxy.requireCredentials(null);
      proxy.refuseWith(null);
    }

    const down = await startConnectProxy();
    await down.close();
    expect(
      await diagnose({ patch: { proxy: { mode: 'explicit', url: down.url, user: null } } }),
    ).toMatchObject({ code: 'proxy-unreachable', proxy: down.url });
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

  it('says the server speaks no TLS version the app accepts (a TLS 1.1 server)', async () => {
    const outdated = createHttpsServer(
      {
        key: pki.serverKeyPem,
        cert: pki.serverCertPem,
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1.1',
        // OpenSSL 3 offers TLS 1.1 only at security level 0.
        ciphers: 'DEFAULT@SECLEVEL=0',
      },
      (_req, res) => res.end(),
    );
    await new Promise<void>((resolve) => outdated.listen(0, '127.0.0.1', resolve));
    const { port } = outdated.address() as { port: number };
    try {
      expect(await diagnose({ url: `https://127.0.0.1:${port}` })).toMatchObject({
        code: 'tls-failed',
        host: '127.0.0.1',
      });
    } finally {
      outdated.close();
    }
  });

  it('honours a pinned server fingerprint: the very certificate passes, another is untrusted and named', async () => {
    const own = new X509Certificate(pki.serverCertPem).fingerprint256;
    expect(
      await diagnose({ patch: { serverFingerprint: own.replace(/:/g, '').toLowerCase() } }),
    ).toMatchObject({ code: 'ok', server: { fingerprint: own } });
    const other = new X509Certificate(foreignPki.serverCertPem).fingerprint256;
    simulator.clearLog();
    expect(await diagnose({ patch: { serverFingerprint: other } })).toMatchObject({
      code: 'server-untrusted',
      reason: 'PINNED_FINGERPRINT_MISMATCH',
      server: { fingerprint: own, signedBy: 'Inquiry Desk Demo BCSS CA' },
    });
    expect(simulator.logEntries().filter((e) => e.kind === 'call')).toHaveLength(0);
  });

  it('says the client certificate expired, before calling', async () => {
    simulator.clearLog();
    const result = await run({
      certificate: { pfx: pki.expiredClient.pfx, passphrase: pki.expiredClient.passphrase },
    });
    expect(result).toMatchObject({
      stopped: {
        code: 'client-certificate-expired',
        refusedBy: 'local',
        validTo: expect.any(String),
      },
      services: [],
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

  it('tests the demo environment too, at the addresses of the simulator', async () => {
    const result = await testConnection(demoEndpoint(simulator.url, pki));
    expect(result.services.map((s) => [s.url, s.diagnosis.code])).toEqual([
      [`${simulator.url}/SOA4520/SocialInquiryService/v1`, 'ok'],
      [`${simulator.url}/SOA4520/WebServiceConnector`, 'ok'],
      [`${simulator.url}/SOA4520/RetrieveTIGroupsService/v2/retrieveTI`, 'ok'],
      [`${simulator.url}/ForeignerSituationService/v1/consult`, 'ok'],
    ]);
  });
});
