// The Electron host's report adapters against the mocked electron: hidden script-less window, save dialog, print.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, FakeBrowserWindow } from '../../test-support/fake-electron';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof createFakeElectron> | null }));

vi.mock('electron', () => ({
  get app() {
    return fake.current!.electron.app;
  },
  get BrowserWindow() {
    return fake.current!.electron.BrowserWindow;
  },
  get session() {
    return fake.current!.electron.session;
  },
  get dialog() {
    return fake.current!.electron.dialog;
  },
}));

const HTML = '<!DOCTYPE html><html><body><h1>Rapport 85.07.30-033.28</h1></body></html>';

/** Fresh modules per test: report-window keeps its session prepared for the app's life. */
async function load() {
  vi.resetModules();
  fake.current = createFakeElectron();
  const outlet = await import('./electron-report-outlet');
  return { ...outlet, electron: fake.current };
}

const reportSession = (electron: ReturnType<typeof createFakeElectron>) =>
  electron.partitions.get('inquiry-desk-report')!;

beforeEach(() => {
  FakeBrowserWindow.created = [];
  FakeBrowserWindow.onCreated = null;
});

// The PDF itself is PDFKit's (src/main/report); the window below is where the report is printed from.
describe('Electron report window', () => {
  const report = { data: Buffer.from(HTML), fileName: 'r.html', mimeType: 'text/html' };

  it('renders in a hidden, script-less, sandboxed window of its own session, then destroys it', async () => {
    const { createElectronReportOutlet, electron } = await load();
    const outlet = createElectronReportOutlet({ parent: () => null });
    expect(await outlet.print(report)).toEqual({ kind: 'printed' });
    const [window] = FakeBrowserWindow.created;
    expect(window!.options).toMatchObject({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        partition: 'inquiry-desk-report',
      },
    });
    expect(window!.destroy).toHaveBeenCalled();

    // The document came from memory through the report session's own scheme, with the report's CSP...
    expect(window!.loadedUrl).toMatch(/^desk-report:\/\/report\/[0-9a-f-]{36}$/);
    const session = reportSession(electron);
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    const handler = session.protocolHandlers.get('desk-report')!;
    // ...and is no longer served once printed.
    const after = await handler(new Request(window!.loadedUrl!));
    expect(after.status).toBe(404);
    expect(await after.text()).not.toContain('85.07.30');
  });

  it('serves the report HTML to its window while it loads, and denies navigation and pop-ups', async () => {
    const { createElectronReportOutlet, electron } = await load();
    const outlet = createElectronReportOutlet({ parent: () => null });
    let seen: { text: string; csp: string | null } | null = null;
    const navigation = { preventDefault: vi.fn() };
    let opened: { action: string } | null = null;
    // What the window gets while it loads, and what it may do then.
    FakeBrowserWindow.onCreated = (window) => {
      window.loadURL.mockImplementation(async (url: string) => {
        window.loadedUrl = url;
        const serve = reportSession(electron).protocolHandlers.get('desk-report')!;
        const response = await serve(new Request(url));
        seen = {
          text: await response.text(),
          csp: response.headers.get('content-security-policy'),
        };
        window.webContents.emit('will-navigate', navigation, 'https://example.org/');
        opened = window.webContents.windowOpenHandler!({ url: 'https://example.org/' });
      });
    };
    await outlet.print(report);
    expect(seen).toEqual({ text: HTML, csp: expect.stringContaining("default-src 'none'") });
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(opened).toEqual({ action: 'deny' });
  });
});

describe('Electron report outlet', () => {
  const file = (fileName: string) => ({
    data: Buffer.from('\uFEFFa;b\r\n', 'utf8'),
    fileName,
    mimeType: 'text/csv; charset=utf-8',
  });

  it('asks where to save, in Documents under the report name, modal on the app window, then writes there', async () => {
    const { createElectronReportOutlet, electron } = await load();
    const parent = new FakeBrowserWindow({});
    const target = join(mkdtempSync(join(tmpdir(), 'inquiry-desk-save-')), 'chosen.csv');
    electron.saveDialog.answer = { canceled: false, filePath: target };
    const outlet = createElectronReportOutlet({ parent: () => parent as never });

    expect(await outlet.deliver(file('enquete-85.07.30-033.28-2026-11-23.csv'))).toEqual({
      kind: 'saved',
      path: target,
    });
    const [owner, options] = electron.electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(owner).toBe(parent);
    expect(options).toMatchObject({
      defaultPath: join('/home/user/Documents', 'enquete-85.07.30-033.28-2026-11-23.csv'),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(readFileSync(target)).toEqual(file('x.csv').data);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { createElectronReportOutlet, electron } = await load();
    const target = join(mkdtempSync(join(tmpdir(), 'inquiry-desk-save-')), 'never.pdf');
    electron.saveDialog.answer = { canceled: true, filePath: target };
    const outlet = createElectronReportOutlet({ parent: () => null });
    expect(await outlet.deliver(file('r.pdf'))).toEqual({ kind: 'cancelled' });
    expect(existsSync(target)).toBe(false);
  });

  it('opens the system print dialog on the report, and says whether it printed', async () => {
    const { createElectronReportOutlet } = await load();
    const outlet = createElectronReportOutlet({ parent: () => null });
    const report = { data: Buffer.from(HTML), fileName: 'r.html', mimeType: 'text/html' };

    expect(await outlet.print(report)).toEqual({ kind: 'printed' });
    const first = FakeBrowserWindow.created[0]!;
    expect(first.options).toMatchObject({ show: false, webPreferences: { javascript: false } });
    expect(first.webContents.print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: false }),
      expect.any(Function),
    );
    expect(first.destroy).toHaveBeenCalled();

    FakeBrowserWindow.onCreated = (window) =>
      (window.webContents.printAnswer = [false, 'cancelled']);
    expect(await outlet.print(report)).toEqual({ kind: 'cancelled' });

    FakeBrowserWindow.onCreated = (window) => (window.webContents.printAnswer = [false, 'failed']);
    await expect(outlet.print(report)).rejects.toThrow(/failed/);
    expect(FakeBrowserWindow.created[2]!.destroy).toHaveBeenCalled();
  });
});
