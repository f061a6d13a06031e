// Entry of the browser host (node out/main/web.js): the main-process services on loopback, for
// machines without an Electron binary and for the end-to-end tests.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { composeDesk, DataFolderInUse, lockDataFolder, prepareDataFolder } from '../app';
import { createKeyFileBox } from '../vault';
import { resolveDataDir } from './data-dir';
import { createConfStore } from '../settings';
import { openInBrowser } from './open-browser';
import { startWebHost } from './server';
import { createBrowserReportOutlet } from './browser-report-outlet';
import { createReportPages } from './report-pages';

/** When the host warms up without waiting any longer for its page to ask for something. */
const WARM_UP_FALLBACK_MS = 5_000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.INQUIRY_DESK_PORT ?? '0' },
      open: { type: 'boolean', default: false },
    },
  });
  const dataDir = resolveDataDir();
  prepareDataFolder(dataDir);
  const lock = lockDataFolder(dataDir);
  const reportPages = createReportPages();
  const desk = composeDesk({
    host: 'browser',
    dataDir,
    preferencesStore: createConfStore(dataDir),
    // No OS key protection outside Electron: a key file readable by the user only (the UI says it is weaker).
    secretBox: () => createKeyFileBox({ path: join(dataDir, 'keys', 'vault.key') }),
    report: { outlet: createBrowserReportOutlet(reportPages) },
  });
  const host = await startWebHost({
    handlers: desk.handlers,
    rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
    port: Number(values.port),
    reportPages,
    onPageReady: desk.warmUp,
  });
  // A host started for a page opened later (or never) still warms up, once the start is behind it.
  setTimeout(desk.warmUp, WARM_UP_FALLBACK_MS).unref();
  // The origin only: the address with its token stays with this process.
  lock.setUrl(host.origin);
  // One line a script can parse (the e2e suite does), then the human-readable ones.
  console.log(`INQUIRY_DESK_URL=${host.url}`);
  console.log(`Inquiry Desk (browser host) is running at ${host.url}`);
  console.log(`Data directory: ${dataDir}`);
  if (values.open) {
    const opened = openInBrowser(host.url);
    console.log(opened ? `Opened with ${opened}.` : 'Open the address above in Chromium or Edge.');
  }
  const stop = () =>
    void Promise.allSettled([host.close(), desk.close()]).finally(() => {
      lock.release();
      process.exit(0);
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof DataFolderInUse) {
    console.error(error.message);
    process.exit(1);
  }
  console.error('Inquiry Desk could not start the browser host:', error);
  process.exit(1);
});
