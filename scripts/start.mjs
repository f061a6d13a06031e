// npm start: build when the sources changed, start Electron, and fall back to the browser host when
// Electron cannot start here (no binary, no display), saying so in one line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { electronInstaller, findElectron } from './electron-binary.mjs';

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

function canShowWindows() {
  return (
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  );
}

/** The browser host runs in this process: a second Node would add its own start to the first page's wait. */
async function startBrowserHost(reason) {
  console.log(`Electron cannot start: ${reason}. Starting the browser host instead.`);
  const web = join(root, 'out/main/web.js');
  process.argv = [process.execPath, web];
  if (canShowWindows() && !process.env.CI) process.argv.push('--open');
  await import(pathToFileURL(web).href);
}

buildIfNeeded();
// Without a display, Electron is not looked for (nor its download tried): the browser host at once.
const electron = canShowWindows() ? findElectron(electronInstaller(root, require)) : null;
if (!electron) {
  await startBrowserHost('there is no display to open its window on');
} else if (!electron.binary) {
  await startBrowserHost(electron.reason);
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
