// Finds the Electron binary for `npm start`. npm install skips Electron's download (allowScripts in
// package.json), so the first start tries it once, with a short timeout, and remembers the outcome: later
// starts do not wait for a download that cannot succeed here (no network, a proxy, a stalled mirror).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A stalled download is given up after this; the next start does not try again (see `memoPath`). */
export const INSTALL_TIMEOUT_MS = 15_000;

/**
 * @typedef {object} ElectronLookup
 * @property {() => string | null} lookup the binary's path when it is there
 * @property {() => void} install Electron's own install.js (downloads the binary)
 * @property {string} memoPath where the outcome of the one try is kept
 * @property {string} version the Electron version: a new version is tried again
 */

/** The binary's path, or a reason why there is none. Runs `install` at most once per Electron version. */
export function findElectron(/** @type {ElectronLookup} */ { lookup, install, memoPath, version }) {
  let binary = lookup();
  if (binary) return { binary };
  const tried = readMemo(memoPath);
  if (tried?.version !== version) {
    install();
    binary = lookup();
    writeMemo(memoPath, { version, installed: Boolean(binary), at: new Date().toISOString() });
    if (binary) return { binary };
  }
  return {
    reason: `no Electron binary could be installed (its download is not reachable from this machine; delete ${memoPath} to try again)`,
  };
}

function readMemo(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function writeMemo(path, memo) {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(memo) + '\n');
  } catch {
    // Not remembered (read-only folder): the next start tries again, still within the timeout.
  }
}

/** The real lookup and installer of the project's node_modules/electron. */
export function electronInstaller(root, require) {
  const dir = `${root}/node_modules/electron`;
  return {
    lookup: () => {
      try {
        const path = require('electron'); // the package exports the binary's path, or throws without it
        return typeof path === 'string' && existsSync(path) ? path : null;
      } catch {
        return null;
      }
    },
    install: () => {
      if (!existsSync(`${dir}/install.js`)) return;
      spawnSync(process.execPath, [`${dir}/install.js`], {
        cwd: dir,
        stdio: 'ignore',
        timeout: INSTALL_TIMEOUT_MS,
      });
    },
    // Beside the build (out/ survives rebuilds, and is not shared with other checkouts of the project).
    memoPath: `${root}/out/electron-install.json`,
    version: readMemo(`${dir}/package.json`)?.version ?? 'unknown',
  };
}
