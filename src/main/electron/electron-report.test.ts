// The Electron host's report adapters against the mocked electron: hidden script-less window, printToPDF, save dialog, print.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toElectronPrintToPdfOptions, type PdfOptions } from '../report';
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

const OPTIONS: PdfOptions = {
  pageSize: 'A4',
  landscape: true,
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<div>head</div>',
  footerTemplate: '<div>foot</div>',
  marginsMm: { top: 25.4, right: 12.7, bottom: 25.4, left: 12.7 },
  preferCSSPageSize: false,
  tagged: true,
  outline: true,
};
const HTML = '<!DOCTYPE html><html><body><h1>Rapport 85.07.30-033.28</h1></body></html>';

/** Fresh modules per test: report-window keeps its session prepared for the app's life. */
async function load() {
  vi.resetModules();
  fake.current = createFakeElectron();
  const pdf = await import('./electron-pdf');
  const outlet = await import('./electron-report-outlet');
  return { ...pdf, ...outlet, electron: fake.current };
}

const reportSession = (electron: ReturnType<typeof createFakeElectron>) =>
  electron.partitions.get('inquiry-desk-report')!;

beforeEach(() => {
  FakeBrowserWindow.created = [];
  FakeBrowserWindow.onCreated = null;
});

describe('Electron PDF renderer', () => {
  it('renders in a hidden, script-less, sandboxed window of its own session, then destroys it', async () => {
    const { createElectronPdfRenderer, electron } = await load();
    const renderer = createElectronPdfRenderer();
    const pdf = await renderer.render(HTML, OPTIONS);

    expect(pdf.toString()).toBe('%PDF-1.7 electron');
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
    expect(window!.webContents.printToPDF).toHaveBeenCalledWith(
      toElectronPrintToPdfOptions(OPTIONS),
    );
    // Electron's margins are in inches.
    expect(window!.webContents.printToPDF.mock.calls[0]![0]).toMatchObject({
      margins: { top: 1, right: 0.5, bottom: 1, left: 0.5 },
    });
    expect(window!.destroy).toHaveBeenCalled();

    // The document came from memory through the report session's own scheme, with the report's CSP...
    expect(window!.loadedUrl).toMatch(/^desk-report:\/\/report\/[0-9a-f-]{36}$/);
    const session = reportSession(electron);
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    const handler = session.protocolHandlers.get('desk-report')!;
    // ...and is no longer served once the PDF is made.
    const after = await handler(new Request(window!.loadedUrl!));
    expect(after.status).toBe(404);
    expect(await after.text()).not.toContain('85.07.30');
  });

  it('serves the report HTML to its window while it loads, and denies navigation and pop-ups', async () => {
    const { createElectronPdfRenderer, electron } = await load();
    const renderer = createElectronPdfRenderer();
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
    await renderer.render(HTML, OPTIONS);
    expect(seen).toEqual({ text: HTML, csp: expect.stringContaining("default-src 'none'") });
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(opened).toEqual({ action: 'deny' });
  });

  it('destroys the window when printToPDF fails, and refuses to render once closed', async () => {
    const { createElectronPdfRenderer } = await load();
    const renderer = createElectronPdfRenderer();
    FakeBrowserWindow.onCreated = (window) =>
      window.webContents.printToPDF.mockRejectedValueOnce(new Error('GPU process crashed'));
    await expect(renderer.render(HTML, OPTIONS)).rejects.toThrow('GPU process crashed');
    expect(FakeBrowserWindow.created[0]!.destroy).toHaveBeenCalled();
    await renderer.close();
    await expect(renderer.render(HTML, OPTIONS)).rejects.toThrow(/closed/);
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
