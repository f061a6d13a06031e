// A stand-in for the 'electron' module, recording what the host asks of it (unit tests run without Electron).
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 electron'));
  /** Key events sent to the page (menu items forwarding a shortcut). */
  sendInputEvent = vi.fn((_event: { type: string; keyCode: string; modifiers?: string[] }) => {});
  /** What print()'s callback gets: the system dialog's answer. */
  printAnswer: [boolean, string] = [true, ''];
  print = vi.fn((_options: unknown, callback?: (success: boolean, reason: string) => void) => {
    callback?.(...this.printAnswer);
  });
}

/** A session from session.fromPartition: its protocol handlers and permission checks, recorded. */
export class FakeSession {
  protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  protocol = {
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
      this.protocolHandlers.set(scheme, handler);
    }),
  };
  setPermissionRequestHandler = vi.fn();
  setPermissionCheckHandler = vi.fn();
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  /** Called with each new window, to shape it before the code under test uses it. */
  static onCreated: ((window: FakeBrowserWindow) => void) | null = null;
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  bounds = { x: 10, y: 20, width: 1100, height: 700 };
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
    FakeBrowserWindow.onCreated?.(this);
  }
  loadURL = vi.fn(async (url: string) => {
    this.loadedUrl = url;
  });
  destroyed = false;
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  maximize = vi.fn();
  title = '';
  setTitle = vi.fn((title: string) => {
    this.title = title;
  });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isMaximized = vi.fn(() => false);
  isDestroyed = vi.fn(() => this.destroyed);
  getBounds = vi.fn(() => this.bounds);
  getNormalBounds = vi.fn(() => this.bounds);
}

export function createFakeElectron(
  options: { singleInstance?: boolean; switches?: string[] } = {},
) {
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  let protocolHandler: ((request: Request) => Promise<Response>) | null = null;
  let ready: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const appEvents = new EventEmitter();
  const permissionRequestHandler = vi.fn();
  const permissionCheckHandler = vi.fn();
  const partitions = new Map<string, FakeSession>();
  /** What the save dialog answers next. */
  const saveDialog = {
    answer: { canceled: false, filePath: '/tmp/report.pdf' } as {
      canceled: boolean;
      filePath?: string;
    },
  };

  /** What the open dialog answers next (the Nova+ list files or folder chosen). */
  const openDialog = {
    answer: { canceled: false, filePaths: [] as string[] },
  };

  /** Paths set with app.setPath, read back by app.getPath. */
  const paths = new Map<string, string>();
  const commandLineSwitches = new Set<string>(options.switches ?? []);
  /** Menus built from templates, the last one set as the application menu. */
  const menus = {
    templates: [] as unknown[][],
    application: null as unknown,
  };
  /** What the message box answers next (the index of the button). */
  const messageBox = { response: 0 };
  const defaultSessionEvents = new EventEmitter();

  const electron = {
    app: {
      requestSingleInstanceLock: vi.fn(() => options.singleInstance ?? true),
      quit: vi.fn(),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) =>
        appEvents.on(event, listener),
      ),
      whenReady: vi.fn(() => whenReady),
      isPackaged: true,
      getPath: vi.fn(
        (name?: string) =>
          paths.get(name ?? '') ?? (name === 'documents' ? '/home/user/Documents' : '/tmp'),
      ),
      setPath: vi.fn((name: string, path: string) => void paths.set(name, path)),
      getVersion: vi.fn(() => '0.1.0'),
      commandLine: { hasSwitch: vi.fn((name: string) => commandLineSwitches.has(name)) },
    },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]) => saveDialog.answer),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => openDialog.answer),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({
        response: messageBox.response,
        checkboxChecked: false,
      })),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => {
        menus.templates.push(template);
        return { template };
      }),
      setApplicationMenu: vi.fn((menu: unknown) => void (menus.application = menu)),
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
        on: vi.fn((event: string, listener: (...args: unknown[]) => void) =>
          defaultSessionEvents.on(event, listener),
        ),
        resolveProxy: vi.fn(async (_url: string) => 'DIRECT'),
      },
      fromPartition: vi.fn((partition: string) => {
        let found = partitions.get(partition);
        if (!found) partitions.set(partition, (found = new FakeSession()));
        return found;
      }),
    },
  };

  return {
    electron,
    ipcHandlers,
    appEvents,
    permissionRequestHandler,
    permissionCheckHandler,
    partitions,
    saveDialog,
    openDialog,
    paths,
    menus,
    messageBox,
    defaultSessionEvents,
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

/**
 * The `electron` module for `vi.mock`, reading the current fake at each access, so that each test can start
 * the host against a fresh one: `vi.mock('electron', async () => (await import(...)).electronModule(() => ...))`.
 */
export function electronModule(current: () => ReturnType<typeof createFakeElectron>) {
  return {
    get app() {
      return current().electron.app;
    },
    get BrowserWindow() {
      return current().electron.BrowserWindow;
    },
    get dialog() {
      return current().electron.dialog;
    },
    get Menu() {
      return current().electron.Menu;
    },
    get ipcMain() {
      return current().electron.ipcMain;
    },
    get protocol() {
      return current().electron.protocol;
    },
    get session() {
      return current().electron.session;
    },
  };
}
