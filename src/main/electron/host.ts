// Starts the Electron host: single instance, app:// renderer, hardened window, DeskApi over IPC.
import { app, ipcMain, protocol, session, type BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { composeDesk } from '../app';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { bindDeskApi } from './ipc';
import { createSafeStorageBox } from './safe-storage-box';
import { createElectronStore } from './preferences-store';
import { createMainWindow, denyAllPermissions } from './window';
import { createElectronPdfRenderer } from './electron-pdf';
import { createElectronReportOutlet } from './electron-report-outlet';
import { loadWindowBounds, trackWindowBounds } from './window-state';

export function startElectronHost(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme(protocol);
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
    const appOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
    const store = createElectronStore();

    denyAllPermissions(session.defaultSession);
    serveRenderer(protocol, fileURLToPath(new URL('../renderer', import.meta.url)));
    const desk = composeDesk({
      host: 'electron',
      dataDir: app.getPath('userData'),
      preferencesStore: store,
      secretBox: () => createSafeStorageBox(),
      report: {
        pdf: createElectronPdfRenderer(),
        outlet: createElectronReportOutlet({ parent: () => mainWindow }),
      },
    });
    app.on('will-quit', () => void desk.close());
    bindDeskApi(ipcMain, desk.handlers, [appOrigin]);

    mainWindow = createMainWindow({
      preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
      bounds: loadWindowBounds(store),
      appOrigin,
    });
    trackWindowBounds(mainWindow, store);
    mainWindow.on('closed', () => (mainWindow = null));
    await mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  });
}
