// The transport against the simulator over the real network stack: client certificates, timeouts, drops, cancel.
// What a hostile server does (its certificate, its TLS, oversized answers) is the hostile-server suite's.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureDemoPki,
  type DemoPki,
  startSimulator,
  type Simulator,
} from '../../test-support/simulator';
import { ECHO_SERVICE, PING_ENVELOPE } from '../../test-support/echo-service';
import {
  classifyNetworkError,
  postSoap,
  TransportFailure,
  type TransportConfig,
} from './transport';


let pki: DemoPki;
let simulator: Simulator;

beforeAll(async () => {
  pki = await ensureDemoPki(mkdtempSync(join(tmpdir(), 'inquiry-desk-transport-pki-')));
  simulator = await startSimulator({ services: [ECHO_SERVICE], pki });
}, 120_000);

afterAll(() => simulator.close());

function config(overrides: Partial<TransportConfig> = {}): TransportConfig {
  return {
    certificate: { pfx: pki.client.pfx, passphrase: pki.client.passphrase },
    trustedCa: [pki.caCertPem],
    connectTimeoutMs: 3000,
    responseTimeoutMs: 3000,
    maxResponseBytes: 5 * 1024 * 1024,
    ...overrides,
  };
}


function send(
  cfg: TransportConfig,
  extra: { fault?: string; url?: string; signal?: AbortSignal } = {},
) {
  return postSoap(cfg, {
    url: extra.url ?? `${simulator.url}/echo`,
    soapAction: 'urn:echo',
    body: PING_ENVELOPE,
    signal: extra.signal,
    headers: extra.fault ? { 'X-Simulator-Fault': extra.fault } : undefined,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<TransportFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TransportFailure);
  return error as TransportFailure;
}

describe('BCSS transport', () => {
  it('calls over mutual TLS with the PKCS#12 certificate', async () => {
    const answer = await send(config());
    expect(answer.status).toBe(200);
    expect(answer.contentType).toContain('text/xml');
    expect(answer.body).toContain('cbe="0207777760"');
  });

  it('says when the server refuses an expired client certificate', async () => {
    const cert = { pfx: pki.expiredClient.pfx, passphrase: pki.expiredClient.passphrase };
    const failure = await failureOf(send(config({ certificate: cert })));
    expect(failure.kind).toBe('client-certificate-expired');
  });

  it('reports a client certificate of a foreign CA as refused or dropped, never as an answer', async () => {
    // The simulator (Node) closes without a TLS alert; under TLS 1.3 that close comes after the
    // handshake and cannot be told from a dropped line.
    const cert = { pfx: pki.foreignClient.pfx, passphrase: pki.foreignClient.passphrase };
    const failure = await failureOf(send(config({ certificate: cert })));
    expect(['tls-refused', 'connection-dropped']).toContain(failure.kind);
  });

  it('reads a TLS alert from the server as a refusal of the certificate', () => {
    const alert = Object.assign(new Error('sslv3 alert bad certificate: SSL alert number 42'), {
      code: 'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
    });
    expect(classifyNetworkError(alert).kind).toBe('tls-refused');
    const expired = Object.assign(new Error('sslv3 alert certificate expired'), {
      code: 'ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED',
    });
    expect(classifyNetworkError(expired).kind).toBe('client-certificate-expired');
  });

  it('says when the passphrase is wrong, without calling', async () => {
    const failure = await failureOf(
      send(config({ certificate: { pfx: pki.client.pfx, passphrase: 'wrong' } })),
    );
    expect(failure.kind).toBe('client-certificate-unusable');
  });

  it('says when nothing listens (refused) and when the name does not resolve', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    expect((await failureOf(send(config(), { url: `https://127.0.0.1:${port}/echo` }))).kind).toBe(
      'refused',
    );
    expect(
      (await failureOf(send(config(), { url: 'https://no-such-host.invalid/echo' }))).kind,
    ).toBe('dns');
  });

  it('times out when the answer does not come', async () => {
    const failure = await failureOf(send(config({ responseTimeoutMs: 300 }), { fault: 'hang' }));
    expect(failure.kind).toBe('timeout');
    expect(failure.transient).toBe(true);
  });

  it('reports a connection dropped mid-answer', async () => {
    const failure = await failureOf(send(config(), { fault: 'reset' }));
    expect(failure.kind).toBe('connection-dropped');
  });

  it('stops at once when cancelled', async () => {
    const controller = new AbortController();
    const pending = send(config({ responseTimeoutMs: 10_000 }), {
      fault: 'hang',
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    const failure = await failureOf(pending);
    expect(failure.kind).toBe('cancelled');
    expect(failure.transient).toBe(false);
  });

  it('returns HTTP errors as answers, for the SOAP layer to read the fault', async () => {
    const answer = await send(config(), { fault: 'http=503' });
    expect(answer.status).toBe(503);
    expect(answer.body).toContain('Fault');
  });
});
