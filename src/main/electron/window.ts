// The main window: hardened web preferences, no navigation, no new windows, no permissions.
import { BrowserWindow, type Session, type WebContents } from 'electron';
import { originOf } from './url-origin';
import type { WindowBounds } from './window-state';

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds) {
  return {
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Inquiry Desk',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  } satisfies Electron.BrowserWindowConstructorOptions;
}

/** Keeps the renderer on the app's own origin: no navigation away, no pop-ups, no webviews. */
export function lockDownContents(contents: WebContents, appOrigin: string): void {
  const isOwn = (url: string) => originOf(url) === appOrigin;
  contents.on('will-navigate', (event, url) => {
    if (!isOwn(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwn(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * The renderer asks before a reload or a close would lose a running inquiry (beforeunload); Electron shows no
 * question of its own and would just stay: `leave` asks the investigator (true: leave all the same).
 */
export function askBeforeUnload(contents: WebContents, leave: () => boolean): void {
  contents.on('will-prevent-unload', (event) => {
    // Preventing Electron's default lets the unload go on despite the page's beforeunload.
    if (leave()) event.preventDefault();
  });
}

/** The app asks for no camera, microphone, notifications, geolocation...: refuse them all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function createMainWindow(options: {
  preloadPath: string;
  bounds: WindowBounds;
  appOrigin: string;
}): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath, options.bounds));
  lockDownContents(window.webContents, options.appOrigin);
  if (options.bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  return window;
}
