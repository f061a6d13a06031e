import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeWebContents } from '../../test-support/fake-electron';

vi.mock('electron', () => ({ BrowserWindow: FakeBrowserWindow }));

const {
  askBeforeUnload,
  createMainWindow,
  denyAllPermissions,
  lockDownContents,
  mainWindowOptions,
} = await import('./window');

describe('main window', () => {
  it('runs the renderer isolated, sandboxed, without Node', () => {
    const { webPreferences } = mainWindowOptions('/app/preload.cjs', { width: 1000, height: 700 });
    expect(webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('denies navigation away from the app, new windows and webviews', () => {
    const contents = new FakeWebContents();
    lockDownContents(contents as never, 'app://bundle');
    const navigate = (event: string, url: string) => {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault }, url);
      return preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://bundle/index.html')).toBe(false);
    expect(navigate('will-attach-webview', 'app://bundle/x')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'app://bundle/index.html' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({
      action: 'deny',
    });
  });

  it('lets the window unload during a run only when the investigator chooses to leave', () => {
    const contents = new FakeWebContents();
    let answer = false;
    askBeforeUnload(contents as never, () => answer);
    const unloads = () => {
      const preventDefault = vi.fn();
      contents.emit('will-prevent-unload', { preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    expect(unloads()).toBe(false);
    answer = true;
    expect(unloads()).toBe(true);
  });

  it('refuses every permission request and check', () => {
    let requestHandler:
      ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler?.()).toBe(false);
  });

  it('creates the window hidden, locked down, at the remembered bounds', () => {
    const window = createMainWindow({
      preloadPath: '/p.cjs',
      bounds: { x: 5, y: 6, width: 1111, height: 777, maximized: true },
      appOrigin: 'app://bundle',
    }) as unknown as FakeBrowserWindow;
    expect(window.options).toMatchObject({ x: 5, y: 6, width: 1111, height: 777, show: false });
    expect(window.maximize).toHaveBeenCalled();
    expect(window.webContents.windowOpenHandler).not.toBeNull();
  });
});
