// A stand-in for the 'electron' module, recording what the host asks of it (unit tests run without Electron).
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  bounds = { x: 10, y: 20, width: 1100, height: 700 };
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL = vi.fn(async (url: string) => {
    this.loadedUrl = url;
  });
  maximize = vi.fn();
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isMaximized = vi.fn(() => false);
  isDestroyed = vi.fn(() => false);
  getBounds = vi.fn(() => this.bounds);
  getNormalBounds = vi.fn(() => this.bounds);
}

export function createFakeElectron(options: { singleInstance?: boolean } = {}) {
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  let protocolHandler: ((request: Request) => Promise<Response>) | null = null;
  let ready: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const appEvents = new EventEmitter();
  const permissionRequestHandler = vi.fn();
  const permissionCheckHandler = vi.fn();

  const electron = {
    app: {
      requestSingleInstanceLock: vi.fn(() => options.singleInstance ?? true),
      quit: vi.fn(),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) =>
        appEvents.on(event, listener),
      ),
      whenReady: vi.fn(() => whenReady),
      isPackaged: true,
      getPath: vi.fn(() => '/tmp'),
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: vi.fn((channel: string, handler: (event: unknown, input: unknown) => unknown) => {
        ipcHandlers.set(channel, handler);
      }),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((_scheme: string, handler: (request: Request) => Promise<Response>) => {
        protocolHandler = handler;
      }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: permissionRequestHandler,
        setPermissionCheckHandler: permissionCheckHandler,
      },
    },
  };

  return {
    electron,
    ipcHandlers,
    appEvents,
    permissionRequestHandler,
    permissionCheckHandler,
    get protocolHandler() {
      return protocolHandler;
    },
    /** Resolves app.whenReady() and lets the host's start-up run. */
    async becomeReady() {
      ready();
      await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
