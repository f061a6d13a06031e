// Opens the browser host's address in a Chromium-family browser's app mode, or the default browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Returns a description of what was opened, or null when nothing could be. */
export function openInBrowser(url: string): string | null {
  const chromium = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (chromium) {
    // A profile of its own: the token-bearing URL stays out of the user's usual history.
    const profile = mkdtempSync(join(tmpdir(), 'inquiry-desk-browser-'));
    spawn(chromium, [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run'], {
      detached: true,
      stdio: 'ignore',
    }).unref();
    return chromium;
  }
  const opener =
    process.platform === 'win32'
      ? { cmd: 'cmd', args: ['/c', 'start', '', url] }
      : process.platform === 'darwin'
        ? { cmd: 'open', args: [url] }
        : { cmd: 'xdg-open', args: [url] };
  try {
    spawn(opener.cmd, opener.args, { detached: true, stdio: 'ignore' })
      .on('error', () => {})
      .unref();
    return opener.cmd;
  } catch {
    return null;
  }
}
