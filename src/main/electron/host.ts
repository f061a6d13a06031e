// Starts the Electron host: single instance, app:// renderer, hardened window, DeskApi over IPC.
import { app, dialog, ipcMain, Menu, protocol, session, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeskHandlers } from '../../shared/contract/contract';
import type { Language } from '../../shared/domain/preferences';
import { catalogues } from '../../shared/i18n';
import { composeDesk } from '../app';
import { createListFilePicker } from './list-file-picker';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { bindDeskApi } from './ipc';
import { createSafeStorageBox } from './safe-storage-box';
import { createElectronStore } from './preferences-store';
import { askBeforeUnload, createMainWindow, denyAllPermissions } from './window';
import { createElectronReportOutlet } from './electron-report-outlet';
import { loadWindowBounds, trackWindowBounds } from './window-state';
import { menuTemplate } from './menu';
import { exportDiagnosticLog, loadLicences, showAbout, showHelp } from './about';
import { routeDownloadsToDocuments } from './downloads';
import { trackWindowTitle } from './window-title';
import { systemProxyResolver } from './system-proxy';

/** The folder of the app's data: %APPDATA%\Inquiry Desk on Windows (unless --user-data-dir says otherwise). */
export const DATA_FOLDER_NAME = 'Inquiry Desk';

/** Rebuilds what shows the app's state (menu language, window title) after the calls that change it. */
function withRefresh(handlers: DeskHandlers, refresh: () => void): DeskHandlers {
  const after =
    <M extends 'updatePreferences' | 'selectEnvironment'>(method: M) =>
    async (input: Parameters<DeskHandlers[M]>[0]) => {
      const result = await (handlers[method] as (input: unknown) => Promise<unknown>)(input);
      refresh();
      return result;
    };
  return {
    ...handlers,
    updatePreferences: after('updatePreferences') as DeskHandlers['updatePreferences'],
    selectEnvironment: after('selectEnvironment') as DeskHandlers['selectEnvironment'],
  };
}

export function startElectronHost(): void {
  // Before anything reads it (the single-instance lock lives there).
  if (!app.commandLine.hasSwitch('user-data-dir'))
    app.setPath('userData', join(app.getPath('appData'), DATA_FOLDER_NAME));
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
    routeDownloadsToDocuments(session.defaultSession, () => app.getPath('documents'));
    serveRenderer(protocol, fileURLToPath(new URL('../renderer', import.meta.url)));
    const desk = composeDesk({
      host: 'electron',
      dataDir: app.getPath('userData'),
      preferencesStore: store,
      secretBox: () => createSafeStorageBox(),
      // PAC/WPAD and Windows' settings, as Chromium resolves them, for environments without a proxy of their own.
      proxyResolver: systemProxyResolver(session.defaultSession),
      report: { outlet: createElectronReportOutlet({ parent: () => mainWindow }) },
      pickListFiles: createListFilePicker({ parent: () => mainWindow }),
    });
    app.on('will-quit', () => void desk.close());
    desk.warmUp();

    const language = async (): Promise<Language> => {
      try {
        return (await desk.handlers.getPreferences(undefined as never)).language;
      } catch {
        return 'fr';
      }
    };
    const environment = async () =>
      (await desk.handlers.getAppInfo(undefined as never)).environment;
    const licences = loadLicences(fileURLToPath(new URL('./licences.json', import.meta.url)));
    const exportDiagnostics = async () => {
      await exportDiagnosticLog({
        dialog,
        window: mainWindow,
        documentsDir: app.getPath('documents'),
        text: () => desk.diagnostics.exportText(),
        writeFile: (path, text) => writeFile(path, text, 'utf8'),
      });
    };
    const about = async () =>
      showAbout({
        dialog,
        window: mainWindow,
        language: await language(),
        version: app.getVersion(),
        environment: await environment(),
        licences,
        documentsDir: app.getPath('documents'),
        writeFile: (path, text) => writeFile(path, text, 'utf8'),
        exportDiagnostics,
      });
    // The language of the last menu built: the leave question is asked synchronously, in it.
    let shownLanguage: Language = 'fr';
    const refreshMenu = async () => {
      shownLanguage = await language();
      const template = menuTemplate(shownLanguage, {
        window: () => mainWindow,
        help: () => void language().then((lang) => showHelp(dialog, mainWindow, lang)),
        about: () => void about(),
        exportDiagnostics: () => void exportDiagnostics(),
        quit: () => app.quit(),
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    };
    await refreshMenu();
    let refreshTitle: () => Promise<void> = async () => {};
    const handlers = withRefresh(desk.handlers, () => {
      void refreshMenu();
      void refreshTitle();
    });
    bindDeskApi(ipcMain, handlers, [appOrigin]);

    mainWindow = createMainWindow({
      preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
      bounds: loadWindowBounds(store),
      appOrigin,
    });
    const window = mainWindow;
    askBeforeUnload(window.webContents, () => {
      const text = catalogues[shownLanguage].leave;
      const choice = dialog.showMessageBoxSync(window, {
        type: 'warning',
        title: text.title,
        message: text.title,
        detail: text.window,
        buttons: [text.stay, text.close],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      return choice === 1;
    });
    trackWindowBounds(mainWindow, store);
    refreshTitle = trackWindowTitle(mainWindow, environment);
    mainWindow.on('closed', () => (mainWindow = null));
    await mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  });
}
