// npm start: build when the sources changed, start Electron, and fall back to the browser host when
// Electron cannot start here (no binary, no display), saying so in one line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIfNeeded() {
  const built = ['out/main/index.js', 'out/main/web.js', 'out/renderer/index.html'].map((p) =>
    join(root, p),
  );
  const sources = ['src', 'package.json', 'electron.vite.config.ts', 'resources'].map((p) =>
    join(root, p),
  );
  const builtAt = Math.min(...built.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
  if (builtAt > Math.max(...sources.map(newestMtime))) return;
  console.log('Building Inquiry Desk…');
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron binary's path, or a reason why there is none. */
function findElectron() {
  const lookup = () => {
    try {
      const path = require('electron'); // the package exports the binary's path, or throws without it
      return typeof path === 'string' && existsSync(path) ? path : null;
    } catch {
      return null;
    }
  };
  let binary = lookup();
  if (!binary && existsSync(join(root, 'node_modules/electron/install.js'))) {
    // npm install skips Electron's download (see allowScripts in package.json); try it once now.
    spawnSync(process.execPath, [join(root, 'node_modules/electron/install.js')], {
      cwd: join(root, 'node_modules/electron'),
      stdio: 'ignore',
      timeout: 120_000,
    });
    binary = lookup();
  }
  if (binary) return { binary };
  return {
    reason:
      'no Electron binary could be installed (its download is not reachable from this machine)',
  };
}

function canShowWindows() {
  return (
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  );
}

function startBrowserHost(reason) {
  console.log(`Electron cannot start: ${reason}. Starting the browser host instead.`);
  const args = [join(root, 'out/main/web.js')];
  if (canShowWindows() && !process.env.CI) args.push('--open');
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

buildIfNeeded();
const electron = findElectron();
if (!electron.binary) {
  startBrowserHost(electron.reason);
} else if (!canShowWindows()) {
  startBrowserHost('there is no display to open its window on');
} else {
  const startedAt = Date.now();
  const child = spawn(electron.binary, [root], { cwd: root, stdio: 'inherit' });
  child.on('error', (error) => startBrowserHost(`Electron failed to launch (${error.message})`));
  child.on('exit', (code) => {
    // A crash within seconds means Electron cannot run here (missing libraries, GPU, sandbox).
    if (code !== 0 && Date.now() - startedAt < 5000)
      startBrowserHost(`Electron exited at start (code ${code})`);
    else process.exit(code ?? 0);
  });
}
