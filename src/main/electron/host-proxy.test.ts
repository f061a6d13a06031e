// The Electron host's BCSS calls follow the system's proxy: the host hands the composition a resolver over
// session.defaultSession.resolveProxy (mocked `electron`), and a call to a remote environment configured for
// "this computer's proxy" goes through the proxy Chromium names, a real CONNECT proxy on loopback here.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DeskHandlers } from '../../shared/contract/contract';
import { persona } from '../../test-support/client-simulator';
import { configureTestEnvironment } from '../../test-support/desk';
import { startConnectProxy, type ConnectProxy } from '../../test-support/connect-proxy';
import { createFakeElectron, FakeBrowserWindow } from '../../test-support/fake-electron';
import {
  defaultServices,
  startSimulator,
  testPki,
  type Simulator,
} from '../../test-support/simulator';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof createFakeElectron> | null }));
const memory = vi.hoisted(() => new Map<string, unknown>());

vi.mock('electron', async () =>
  (await import('../../test-support/fake-electron')).electronModule(() => fake.current!),
);
vi.mock('./preferences-store', () => ({
  createElectronStore: () => ({
    get: (key: string) => memory.get(key),
    set: (key: string, v: unknown) => memory.set(key, v),
  }),
}));
// No OS keyring under test: the vault's key in a file, as the browser host keeps it.
vi.mock('./safe-storage-box', async () => {
  const { createKeyFileBox } = await import('../vault');
  return {
    createSafeStorageBox: () =>
      createKeyFileBox({ path: join(process.env.INQUIRY_DESK_TEST_KEY_DIR!, 'vault.key') }),
  };
});

const TRUSTED_FRAME = { senderFrame: { url: 'app://bundle/index.html', parent: null } };
const SAVED_ENV = { ...process.env };

let simulator: Simulator;
let proxy: ConnectProxy;
let handlers: Required<DeskHandlers>;

/** The DeskApi as the renderer reaches it: through the host's IPC handlers. */
function overIpc(electron: ReturnType<typeof createFakeElectron>): Required<DeskHandlers> {
  return new Proxy({} as Required<DeskHandlers>, {
    get: (_target, method: string) => async (input: unknown) => {
      const answer = (await electron.ipcHandlers.get(`desk:${method}`)!(TRUSTED_FRAME, input)) as
        { ok: true; value: unknown } | { ok: false; error: unknown };
      if (!answer.ok) throw new Error(`${method}: ${JSON.stringify(answer.error)}`);
      return answer.value;
    },
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-host-proxy-'));
  for (const name of [
    'HTTPS_PROXY',
    'https_proxy',
    'ALL_PROXY',
    'all_proxy',
    'NO_PROXY',
    'no_proxy',
  ])
    delete process.env[name];
  process.env.INQUIRY_DESK_POLICY_FILE = join(dir, 'no-policy.json');
  process.env.INQUIRY_DESK_SIMULATOR = 'off';
  process.env.INQUIRY_DESK_TEST_KEY_DIR = dir;
  const pki = await testPki();
  simulator = await startSimulator({ services: defaultServices(), pki, faultHeader: false });
  proxy = await startConnectProxy();

  FakeBrowserWindow.created = [];
  fake.current = createFakeElectron();
  fake.current.paths.set('appData', dir);
  fake.current.electron.session.defaultSession.resolveProxy.mockImplementation(
    async () => `PROXY 127.0.0.1:${proxy.port}; DIRECT`,
  );
  const { startElectronHost } = await import('./host');
  startElectronHost();
  await fake.current.becomeReady();
  handlers = overIpc(fake.current);
  await configureTestEnvironment(handlers, simulator, pki);
  // A shared, busy machine: time enough that a slow handshake is not what the test reports.
  await handlers.updateEnvironment({
    name: 'test',
    patch: { connectTimeoutMs: 15_000, responseTimeoutMs: 20_000 },
  });
  await handlers.importCertificate({
    environment: 'test',
    pkcs12Base64: pki.client.pfx.toString('base64'),
    passphrase: pki.client.passphrase,
  });
  await handlers.selectEnvironment({ name: 'test' });
}, 120_000);

afterAll(async () => {
  process.env = SAVED_ENV;
  fake.current?.appEvents.emit('will-quit');
  await proxy?.close();
  await simulator?.close();
});

describe('Electron host: the system proxy for the BCSS calls', () => {
  it('asks Chromium for each service address and tunnels the connection test through the proxy it names', async () => {
    const before = proxy.connects.length;
    const result = await handlers.testConnection({ name: 'test' });
    expect(result.services.map((check) => check.diagnosis.code)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(result.services.every((check) => check.proxy === proxy.url)).toBe(true);
    const asked = fake.current!.electron.session.defaultSession.resolveProxy.mock.calls.map(
      ([url]) => url,
    );
    for (const check of result.services) expect(asked).toContain(check.url);
    // Each service: the handshake's tunnel and the probe's.
    const tunnels = proxy.connects.slice(before);
    expect(tunnels.length).toBeGreaterThanOrEqual(8);
    expect(
      tunnels.every((t) => t.target === `127.0.0.1:${simulator.port}` && t.status === 200),
    ).toBe(true);
  });

  it('runs an inquiry through it, and Settings say which proxy the system gives', async () => {
    const before = proxy.connects.length;
    const inquiry = await handlers.runInquiry({
      requestId: crypto.randomUUID(),
      niss: persona('belgian-ris').niss,
      period: { from: '2026-01-01', to: '2026-03-31' },
    });
    expect(inquiry.environment).toBe('test');
    expect(proxy.connects.length).toBeGreaterThan(before);
    const settings = await handlers.getSettings(undefined);
    const test = settings.environments.find((view) => view.name === 'test');
    expect(test && !test.simulator && Object.values(test.environmentProxies)).toEqual([
      proxy.url,
      proxy.url,
      proxy.url,
      proxy.url,
    ]);
  });

  it('does not ask the system once the environment says "no proxy"', async () => {
    const resolveProxy = fake.current!.electron.session.defaultSession.resolveProxy;
    await handlers.updateEnvironment({
      name: 'test',
      patch: { proxy: { mode: 'none', url: null, user: null } },
    });
    resolveProxy.mockClear();
    const before = proxy.connects.length;
    const result = await handlers.testConnection({ name: 'test' });
    expect(result.services.every((check) => check.proxy === null)).toBe(true);
    expect(resolveProxy).not.toHaveBeenCalled();
    expect(proxy.connects.length).toBe(before);
  });
});
