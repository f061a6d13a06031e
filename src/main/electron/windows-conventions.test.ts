// The Windows desktop conventions of the Electron host, on the mocked electron module: the localized menu
// and its shortcuts, About and Help, downloads through a save dialog into Documents, the data folder, the
// window title naming the environment.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { createFakeElectron, FakeBrowserWindow } from '../../test-support/fake-electron';
import { menuTemplate, MENU_LABELS, type MenuActions } from './menu';
import {
  exportDiagnosticLog,
  licencesText,
  showAbout,
  showHelp,
  type PackageLicence,
} from './about';
import { routeDownloadsToDocuments } from './downloads';
import { windowTitle } from './window-title';

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

beforeEach(() => {
  FakeBrowserWindow.created = [];
  memory.clear();
});

function actions(window: FakeBrowserWindow | null = null): MenuActions & Record<string, unknown> {
  return {
    window: () => window as unknown as BrowserWindow,
    help: vi.fn(),
    about: vi.fn(),
    exportDiagnostics: vi.fn(),
    quit: vi.fn(),
  };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((top) => [top, ...((top.submenu as MenuItemConstructorOptions[]) ?? [])]);
}

const byId = (template: MenuItemConstructorOptions[], id: string) =>
  items(template).find((item) => item.id === id)!;

describe('application menu', () => {
  it('is in French, Dutch or German, with the same items in each', () => {
    for (const language of ['fr', 'nl', 'de'] as const) {
      const template = menuTemplate(language, actions());
      expect(template.map((top) => top.label)).toEqual([
        MENU_LABELS[language].file,
        MENU_LABELS[language].edit,
        MENU_LABELS[language].view,
        MENU_LABELS[language].help,
      ]);
      expect(byId(template, 'newInquiry').label).toBe(MENU_LABELS[language].newInquiry);
    }
    expect(byId(menuTemplate('fr', actions()), 'print').label).toBe('&Imprimer');
    expect(byId(menuTemplate('nl', actions()), 'print').label).toBe('&Afdrukken');
    expect(byId(menuTemplate('de', actions()), 'print').label).toBe('&Drucken');
  });

  it('shows Ctrl+N, Ctrl+F, Ctrl+P, Ctrl+E without taking them from the page, and takes F1', () => {
    const template = menuTemplate('fr', actions());
    const shortcuts = Object.fromEntries(
      ['newInquiry', 'searchSaved', 'print', 'export', 'help'].map((id) => [
        id,
        [byId(template, id).accelerator, byId(template, id).registerAccelerator ?? true],
      ]),
    );
    expect(shortcuts).toEqual({
      newInquiry: ['CmdOrCtrl+N', false],
      searchSaved: ['CmdOrCtrl+F', false],
      print: ['CmdOrCtrl+P', false],
      export: ['CmdOrCtrl+E', false],
      help: ['F1', true],
    });
  });

  it("sends a page shortcut's key to the page when its item is clicked", () => {
    const window = new FakeBrowserWindow({});
    const template = menuTemplate('fr', actions(window));
    const click = byId(template, 'print').click as () => void;
    click();
    const control = process.platform === 'darwin' ? 'meta' : 'control';
    expect(window.webContents.sendInputEvent).toHaveBeenCalledWith({
      type: 'keyDown',
      keyCode: 'P',
      modifiers: [control],
    });
    expect(window.webContents.sendInputEvent).toHaveBeenCalledWith({
      type: 'keyUp',
      keyCode: 'P',
      modifiers: [control],
    });
  });

  it('opens Help, About and the diagnostic export from the Help menu', () => {
    const menuActions = actions();
    const template = menuTemplate('de', menuActions);
    (byId(template, 'help').click as () => void)();
    (byId(template, 'about').click as () => void)();
    (byId(template, 'diagnostics').click as () => void)();
    expect(menuActions.help).toHaveBeenCalled();
    expect(menuActions.about).toHaveBeenCalled();
    expect(menuActions.exportDiagnostics).toHaveBeenCalled();
  });
});

describe('About and Help', () => {
  const licences: PackageLicence[] = [
    { name: 'react', version: '19.2.0', license: 'MIT', text: 'Permission is hereby granted…' },
    { name: 'zod', version: '4.1.0', license: 'MIT', text: null },
  ];

  it('shows the version, the environment and the licences; saves them into Documents on request', async () => {
    const electron = createFakeElectron();
    electron.messageBox.response = 1;
    electron.saveDialog.answer = { canceled: false, filePath: '/home/user/Documents/l.txt' };
    const writeFile = vi.fn(async () => {});
    await showAbout({
      dialog: electron.electron.dialog as never,
      window: null,
      language: 'nl',
      version: '1.2.3',
      environment: 'acceptance',
      licences,
      documentsDir: '/home/user/Documents',
      writeFile,
      exportDiagnostics: vi.fn(async () => {}),
    });
    const box = electron.electron.dialog.showMessageBox.mock.calls[0]![0] as {
      title: string;
      message: string;
      detail: string;
      buttons: string[];
    };
    expect(box.title).toBe('Over Inquiry Desk');
    expect(box.message).toBe('Inquiry Desk 1.2.3');
    expect(box.detail).toContain('Omgeving: acceptance');
    expect(box.detail).toContain('react 19.2.0 (MIT)');
    expect(box.buttons).toEqual(['OK', 'Licenties opslaan…', 'Diagnoselogboek exporteren…']);
    expect(electron.electron.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: expect.stringMatching(/Documents[\\/]Inquiry Desk - licenties\.txt$/),
    });
    expect(writeFile).toHaveBeenCalledWith('/home/user/Documents/l.txt', licencesText(licences));
  });

  it('exports the diagnostic log from About', async () => {
    const electron = createFakeElectron();
    electron.messageBox.response = 2;
    const exportDiagnostics = vi.fn(async () => {});
    await showAbout({
      dialog: electron.electron.dialog as never,
      window: null,
      language: 'fr',
      version: '1.2.3',
      environment: 'production',
      licences,
      documentsDir: '/docs',
      writeFile: vi.fn(async () => {}),
      exportDiagnostics,
    });
    expect(exportDiagnostics).toHaveBeenCalled();
  });

  it('gives each licence its text in the saved file', () => {
    const text = licencesText(licences);
    expect(text).toMatch(/^react 19\.2\.0 — MIT\nzod 4\.1\.0 — MIT\n/);
    expect(text).toContain('=== react 19.2.0 (MIT) ===\n\nPermission is hereby granted');
  });

  it('saves the diagnostic log as one file, in Documents by default', async () => {
    const electron = createFakeElectron();
    electron.saveDialog.answer = { canceled: false, filePath: '/home/user/Documents/diag.log' };
    const writeFile = vi.fn(async () => {});
    const saved = await exportDiagnosticLog({
      dialog: electron.electron.dialog as never,
      window: null,
      documentsDir: '/home/user/Documents',
      text: () => '{"kind":"start"}\n',
      writeFile,
      today: () => new Date('2026-12-07T10:00:00Z'),
    });
    expect(electron.electron.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: expect.stringMatching(
        /Documents[\\/]Inquiry Desk - diagnostic 2026-12-07\.log$/,
      ),
    });
    expect(saved).toBe('/home/user/Documents/diag.log');
    expect(writeFile).toHaveBeenCalledWith('/home/user/Documents/diag.log', '{"kind":"start"}\n');
    electron.saveDialog.answer = { canceled: true };
    expect(
      await exportDiagnosticLog({
        dialog: electron.electron.dialog as never,
        window: null,
        documentsDir: '/d',
        text: () => '',
        writeFile,
      }),
    ).toBeNull();
  });

  it('lists the shortcuts in Help', async () => {
    const electron = createFakeElectron();
    await showHelp(electron.electron.dialog as never, null, 'fr');
    const box = electron.electron.dialog.showMessageBox.mock.calls[0]![0] as { detail: string };
    for (const shortcut of ['Ctrl+N', 'Ctrl+F', 'Ctrl+P', 'Ctrl+E', 'F1'])
      expect(box.detail).toContain(shortcut);
  });
});

describe('downloads', () => {
  it('always go through a save dialog opened in Documents with the file name', () => {
    const electron = createFakeElectron();
    const session = electron.electron.session.defaultSession;
    routeDownloadsToDocuments(session as never, () => '/home/user/Documents');
    const item = {
      getFilename: () => 'audit-2026-12.csv',
      setSaveDialogOptions: vi.fn(),
      setSavePath: vi.fn(),
    };
    electron.defaultSessionEvents.emit('will-download', {}, item);
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({
      defaultPath: expect.stringMatching(
        /^[\\/]home[\\/]user[\\/]Documents[\\/]audit-2026-12\.csv$/,
      ),
    });
    // No save path set: Electron asks, with the dialog.
    expect(item.setSavePath).not.toHaveBeenCalled();
  });
});

describe('window title', () => {
  it('names the environment unless it is production', () => {
    expect(windowTitle('production')).toBe('Inquiry Desk');
    expect(windowTitle('demo')).toBe('Inquiry Desk — DEMO');
    expect(windowTitle('test')).toBe('Inquiry Desk — TEST');
    expect(windowTitle('acceptance')).toBe('Inquiry Desk — ACCEPTANCE');
  });
});

describe('Electron host wiring', () => {
  async function startHost(options: { switches?: string[] } = {}) {
    vi.resetModules();
    fake.current = createFakeElectron(options);
    const { startElectronHost } = await import('./host');
    startElectronHost();
    return fake.current;
  }

  it('keeps its data in the "Inquiry Desk" folder of the user’s application data', async () => {
    const electron = await startHost();
    expect(electron.electron.app.setPath).toHaveBeenCalledWith(
      'userData',
      expect.stringMatching(/[\\/]Inquiry Desk$/),
    );
    const other = await startHost({ switches: ['user-data-dir'] });
    expect(other.electron.app.setPath).not.toHaveBeenCalled();
  });

  it('sets the French menu, routes downloads and titles the window with the environment', async () => {
    const electron = await startHost();
    await electron.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(electron.electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const template = electron.menus.templates.at(-1) as MenuItemConstructorOptions[];
    expect(template[0]!.label).toBe('&Fichier');
    expect(electron.electron.session.defaultSession.on).toHaveBeenCalledWith(
      'will-download',
      expect.any(Function),
    );
    const window = FakeBrowserWindow.created[0]!;
    expect(window.title).toBe('Inquiry Desk — DEMO');
    // The page's own <title> does not replace it.
    const event = { preventDefault: vi.fn() };
    window.emit('page-title-updated', event, 'Inquiry Desk');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('rebuilds the menu in the new language when the preferences change', async () => {
    const electron = await startHost();
    await electron.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const update = electron.ipcHandlers.get('desk:updatePreferences')!;
    const frame = { parent: null, url: 'app://bundle/index.html' };
    await update({ senderFrame: frame }, { language: 'nl' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const template = electron.menus.templates.at(-1) as MenuItemConstructorOptions[];
    expect(template[0]!.label).toBe('&Bestand');
  });
});
