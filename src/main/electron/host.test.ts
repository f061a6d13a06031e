import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DESK_METHODS } from '../../shared/contract/contract';
import { createFakeElectron, FakeBrowserWindow } from '../../test-support/fake-electron';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof createFakeElectron> | null }));
const memory = vi.hoisted(() => new Map<string, unknown>());

// Read through at access time: each test starts the host against a fresh fake.
vi.mock('electron', async () =>
  (await import('../../test-support/fake-electron')).electronModule(() => fake.current!),
);
vi.mock('./preferences-store', () => ({
  createElectronStore: () => ({
    get: (key: string) => memory.get(key),
    set: (key: string, v: unknown) => memory.set(key, v),
  }),
}));

async function startHost(options: { singleInstance?: boolean } = {}) {
  vi.resetModules();
  fake.current = createFakeElectron(options);
  const { startElectronHost } = await import('./host');
  startElectronHost();
  return fake.current;
}

beforeEach(() => {
  FakeBrowserWindow.created = [];
  memory.clear();
});

describe('Electron host start-up', () => {
  it('quits when another instance already runs', async () => {
    const electron = await startHost({ singleInstance: false });
    expect(electron.electron.app.quit).toHaveBeenCalled();
    expect(electron.electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('registers app:// before ready, then opens one hardened window on it', async () => {
    const electron = await startHost();
    expect(electron.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    await electron.becomeReady();
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const window = FakeBrowserWindow.created[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[\\/]index\.cjs$/,
    );
    expect(window.loadedUrl).toBe('app://bundle/index.html');
    expect(electron.protocolHandler).not.toBeNull();
    expect(electron.permissionRequestHandler).toHaveBeenCalled();
  });

  it('binds every contract method over IPC, answering only the app frame', async () => {
    const electron = await startHost();
    await electron.becomeReady();
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(
      DESK_METHODS.map((m) => `desk:${m}`).sort(),
    );
    const getInfo = electron.ipcHandlers.get('desk:getAppInfo')!;
    expect(
      await getInfo({ senderFrame: { url: 'app://bundle/index.html', parent: null } }, undefined),
    ).toMatchObject({
      ok: true,
      value: { host: 'electron', environment: 'demo' },
    });
    expect(
      await getInfo({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_ORIGIN' },
    });
  });

  it('focuses the existing window when a second instance is launched', async () => {
    const electron = await startHost();
    await electron.becomeReady();
    electron.appEvents.emit('second-instance');
    expect(FakeBrowserWindow.created[0]!.focus).toHaveBeenCalled();
  });

  it('remembers the window bounds when it closes', async () => {
    const electron = await startHost();
    await electron.becomeReady();
    const window = FakeBrowserWindow.created[0]!;
    window.bounds = { x: 40, y: 50, width: 1200, height: 760 };
    window.emit('close');
    expect(memory.get('windowBounds')).toEqual({
      x: 40,
      y: 50,
      width: 1200,
      height: 760,
      maximized: false,
    });

    await startHost();
    await fake.current!.becomeReady();
    expect(FakeBrowserWindow.created[1]!.options).toMatchObject({
      x: 40,
      y: 50,
      width: 1200,
      height: 760,
    });
  });
});
