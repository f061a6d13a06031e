// The transport through an HTTP proxy on loopback (CONNECT): the client certificate still authenticates end to
// end through the tunnel; a proxy that wants credentials, refuses or is down says so as itself; HTTPS_PROXY and
// NO_PROXY are honoured.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DEMO_CBE,
  startSimulator,
  testPki,
  type DemoPki,
  type Simulator,
} from '../../test-support/simulator';
import { ECHO_SERVICE, PING_ENVELOPE } from '../../test-support/echo-service';
import { startConnectProxy, type ConnectProxy } from '../../test-support/connect-proxy';
import { toDeskError } from './desk-error';
import type { ProxyConfig } from './proxy';
import { postSoap, TransportFailure, type TransportConfig } from './transport';



let pki: DemoPki;
let simulator: Simulator;
let proxy: ConnectProxy;
const PROXY_VARIABLES = [
  'HTTPS_PROXY',
  'https_proxy',
  'ALL_PROXY',
  'all_proxy',
  'NO_PROXY',
  'no_proxy',
];
const savedVariables = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]));

function clearProxyVariables() {
  for (const name of PROXY_VARIABLES) delete process.env[name];
}

beforeAll(async () => {
  clearProxyVariables();
  pki = await testPki();
  simulator = await startSimulator({ services: [ECHO_SERVICE], pki });
  proxy = await startConnectProxy();
}, 120_000);

afterEach(() => {
  clearProxyVariables();
  proxy.requireCredentials(null);
  proxy.refuseWith(null);
});

afterAll(async () => {
  for (const [name, value] of Object.entries(savedVariables)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await proxy.close();
  await simulator.close();
});

function config(proxyConfig: ProxyConfig | undefined): TransportConfig {
  return {
    certificate: { pfx: pki.client.pfx, passphrase: pki.client.passphrase },
    trustedCa: [pki.caCertPem],
    connectTimeoutMs: 3000,
    responseTimeoutMs: 3000,
    maxResponseBytes: 1024 * 1024,
    ...(proxyConfig ? { proxy: proxyConfig } : {}),
  };
}

const send = (proxyConfig: ProxyConfig | undefined) =>
  postSoap(config(proxyConfig), {
    url: `${simulator.url}/echo`,
    soapAction: 'urn:echo',
    body: PING_ENVELOPE,
  });

async function failureOf(promise: Promise<unknown>): Promise<TransportFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TransportFailure);
  return error as TransportFailure;
}

/** A port where nothing listens: a proxy that is down. */
async function closedPort(): Promise<number> {
  const stopped = await startConnectProxy();
  await stopped.close();
  return stopped.port;
}

const target = () => `127.0.0.1:${simulator.port}`;

describe('BCSS transport through an HTTP proxy', () => {
  it('tunnels the call, and the client certificate authenticates end to end through it', async () => {
    const before = proxy.connects.length;
    const answer = await send({ mode: 'explicit', url: proxy.url });
    expect(answer.status).toBe(200);
    // The simulator read the CPAS's CBE from the certificate presented inside the tunnel.
    expect(answer.body).toContain(`cbe="${DEMO_CBE}"`);
    expect(proxy.connects.slice(before)).toEqual([
      { target: target(), authorization: null, status: 200 },
    ]);
  });

  it('sends the proxy credentials, and says a 407 when they are missing or wrong', async () => {
    proxy.requireCredentials({ user: 'cpas', password: 'proxy-secret' });
    const missing = await failureOf(send({ mode: 'explicit', url: proxy.url }));
    expect(missing).toMatchObject({
      kind: 'proxy-auth-required',
      proxy: { label: proxy.url, status: 407 },
    });
    expect(missing.transient).toBe(false);
    const wrong = await failureOf(
      send({ mode: 'explicit', url: proxy.url, auth: { user: 'cpas', password: 'wrong' } }),
    );
    expect(wrong.kind).toBe('proxy-auth-required');

    const answer = await send({
      mode: 'explicit',
      url: proxy.url,
      auth: { user: 'cpas', password: 'proxy-secret' },
    });
    expect(answer.body).toContain(`cbe="${DEMO_CBE}"`);
    expect(proxy.connects.at(-1)).toMatchObject({
      authorization: `Basic ${Buffer.from('cpas:proxy-secret').toString('base64')}`,
      status: 200,
    });
    // What the user reads: the proxy named, never its credentials.
    expect(toDeskError(missing)).toMatchObject({
      code: 'TRANSPORT',
      messageKey: 'inquiry.error.transport.proxyAuthRequired',
      details: { kind: 'proxy-auth-required', proxy: proxy.url, status: 407 },
    });
    expect(JSON.stringify(toDeskError(wrong))).not.toContain('wrong');
  });

  it('says the proxy is unreachable when it is down, and that nothing reached the BCSS', async () => {
    const port = await closedPort();
    const failure = await failureOf(send({ mode: 'explicit', url: `http://127.0.0.1:${port}` }));
    expect(failure).toMatchObject({
      kind: 'proxy-unreachable',
      proxy: { label: `http://127.0.0.1:${port}` },
    });
    expect(failure.detail).toContain('ECONNREFUSED');
    expect(toDeskError(failure)?.messageKey).toBe('inquiry.error.transport.proxyUnreachable');
  });

  it('says the proxy refused the tunnel, retrying only what may pass later (502, not 403)', async () => {
    proxy.refuseWith(403);
    const policy = await failureOf(send({ mode: 'explicit', url: proxy.url }));
    expect(policy).toMatchObject({ kind: 'proxy-refused', proxy: { status: 403 } });
    expect(policy.transient).toBe(false);
    proxy.refuseWith(502);
    const gateway = await failureOf(send({ mode: 'explicit', url: proxy.url }));
    expect(gateway).toMatchObject({ kind: 'proxy-refused', proxy: { status: 502 } });
    expect(gateway.transient).toBe(true);
  });

  it('follows HTTPS_PROXY, with credentials in it, unless NO_PROXY names the host', async () => {
    proxy.requireCredentials({ user: 'cpas', password: 'p@ss:word' });
    process.env.HTTPS_PROXY = `http://cpas:${encodeURIComponent('p@ss:word')}@127.0.0.1:${proxy.port}`;
    const before = proxy.connects.length;
    expect((await send({ mode: 'env' })).body).toContain(`cbe="${DEMO_CBE}"`);
    expect(proxy.connects.slice(before)).toMatchObject([{ target: target(), status: 200 }]);

    for (const noProxy of ['127.0.0.1', `127.0.0.1:${simulator.port}`, '*']) {
      process.env.NO_PROXY = noProxy;
      const count = proxy.connects.length;
      expect((await send({ mode: 'env' })).status).toBe(200);
      expect(proxy.connects.length).toBe(count);
    }
    // A NO_PROXY entry for another host or port leaves this one proxied.
    process.env.NO_PROXY = `bcss.example,127.0.0.1:${simulator.port + 1}`;
    const count = proxy.connects.length;
    await send({ mode: 'env' });
    expect(proxy.connects.length).toBe(count + 1);
  });

  it('goes direct with no variable set, with mode none, and without proxy settings (the demo)', async () => {
    const count = proxy.connects.length;
    expect((await send({ mode: 'env' })).status).toBe(200);
    process.env.HTTPS_PROXY = proxy.url;
    expect((await send({ mode: 'none' })).status).toBe(200);
    expect((await send(undefined)).status).toBe(200);
    expect(proxy.connects.length).toBe(count);
  });

  it('says a proxy variable set to nonsense, without echoing it', async () => {
    process.env.HTTPS_PROXY = 'ftp://user:secret@proxy';
    const failure = await failureOf(send({ mode: 'env' }));
    expect(failure.kind).toBe('proxy-unreachable');
    expect(failure.message).not.toContain('secret');
  });

  describe('the system proxy (the Electron host asks Chromium per URL: Windows settings, PAC, WPAD)', () => {
    /** The system's answer per URL, as the host's resolver gives it (its reading of Chromium: system-proxy.ts). */
    const system = (answer: (url: string) => Promise<string>) => {
      const session = { resolveProxy: vi.fn(answer) };
      return { session, resolver: session.resolveProxy };
    };

    it('tunnels through the proxy the system names for the very URL called', async () => {
      const { session, resolver } = system(async () => `http://127.0.0.1:${proxy.port}`);
      const before = proxy.connects.length;
      const answer = await send({ mode: 'env', system: resolver });
      expect(answer.body).toContain(`cbe="${DEMO_CBE}"`);
      expect(session.resolveProxy).toHaveBeenCalledWith(`${simulator.url}/echo`);
      expect(proxy.connects.slice(before)).toEqual([
        { target: target(), authorization: null, status: 200 },
      ]);
    });

    it('wins over HTTPS_PROXY; a DIRECT answer (or a failing PAC) leaves the variables to decide', async () => {
      const stopped = await closedPort();
      process.env.HTTPS_PROXY = `http://127.0.0.1:${stopped}`;
      const before = proxy.connects.length;
      const viaSystem = system(async () => `http://127.0.0.1:${proxy.port}`);
      expect((await send({ mode: 'env', system: viaSystem.resolver })).status).toBe(200);
      expect(proxy.connects.length).toBe(before + 1);

      // DIRECT: the variable's proxy (down here) is used, and named as such.
      const direct = system(async () => 'DIRECT');
      const failure = await failureOf(send({ mode: 'env', system: direct.resolver }));
      expect(failure).toMatchObject({
        kind: 'proxy-unreachable',
        proxy: { label: `http://127.0.0.1:${stopped}` },
      });
      delete process.env.HTTPS_PROXY;
      expect((await send({ mode: 'env', system: direct.resolver })).status).toBe(200);
      const failing = system(async () => Promise.reject(new Error('PAC script failed')));
      expect((await send({ mode: 'env', system: failing.resolver })).status).toBe(200);
      expect(proxy.connects.length).toBe(before + 1);
    });

    it('is not asked when the environment has its own proxy, or none', async () => {
      // Only the "this computer's proxy" mode carries the resolver; the others never reach it.
      const { session } = system(async () => 'http://127.0.0.1:1');
      expect((await send({ mode: 'explicit', url: proxy.url })).status).toBe(200);
      expect((await send({ mode: 'none' })).status).toBe(200);
      expect(session.resolveProxy).not.toHaveBeenCalled();
    });

    it('names the system proxy when it is down', async () => {
      const stopped = await closedPort();
      const { resolver } = system(async () => `http://127.0.0.1:${stopped}`);
      const failure = await failureOf(send({ mode: 'env', system: resolver }));
      expect(failure).toMatchObject({
        kind: 'proxy-unreachable',
        proxy: { label: `http://127.0.0.1:${stopped}` },
      });
    });
  });
});
