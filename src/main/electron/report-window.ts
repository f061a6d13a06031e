// A hidden, locked-down window holding one report document for the system print dialog: no script, no navigation.
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import { REPORT_DOCUMENT_CSP } from '../report';
import { denyAllPermissions } from './window';

/** A session of its own: the report shares no storage, cache or permission with the app's window. */
export const REPORT_PARTITION = 'inquiry-desk-report';
export const REPORT_SCHEME = 'desk-report';
const REPORT_ORIGIN = `${REPORT_SCHEME}://report`;

export function reportWindowOptions() {
  return {
    show: false,
    width: 1123,
    height: 794,
    webPreferences: {
      // The report is a static document: it needs no script at all.
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      partition: REPORT_PARTITION,
    },
  } satisfies Electron.BrowserWindowConstructorOptions;
}

/**
 * The document may not leave its address: no link followed, no redirect, no pop-up, no webview.
 * (loadURL itself emits no will-navigate, so the report still loads.)
 */
export function denyNavigation(contents: Electron.WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Documents waiting to be loaded, by id. Served from memory: a report never rests in clear on disk. */
const pending = new Map<string, string>();
let prepared: Session | null = null;

function reportSession(): Session {
  if (prepared) return prepared;
  const reports = session.fromPartition(REPORT_PARTITION, { cache: false });
  denyAllPermissions(reports);
  reports.protocol.handle(REPORT_SCHEME, async (request) => {
    const id = new URL(request.url).pathname.slice(1);
    const html = pending.get(id);
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, {
      status: 200,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': REPORT_DOCUMENT_CSP,
      },
    });
  });
  prepared = reports;
  return reports;
}

/**
 * Loads `html` in a new hidden window and runs `use` on it; the window is destroyed afterwards, whatever
 * happens. A data: URL would do for a small report, but Chromium caps URLs at 2 MB, and the heavy person's
 * report (1.8 MB of HTML) is 2.4 MB in base64.
 */
export async function withReportWindow<T>(
  html: string,
  use: (window: BrowserWindow) => Promise<T>,
): Promise<T> {
  reportSession();
  const id = randomUUID();
  pending.set(id, html);
  const window = new BrowserWindow(reportWindowOptions());
  denyNavigation(window.webContents);
  try {
    await window.loadURL(`${REPORT_ORIGIN}/${id}`);
    return await use(window);
  } finally {
    pending.delete(id);
    if (!window.isDestroyed()) window.destroy();
  }
}
