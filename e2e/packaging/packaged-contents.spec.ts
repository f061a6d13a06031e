// The packaged app, checked here: `electron-builder --dir` for the host platform against a stand-in
// Electron distribution (a folder with a placeholder executable: Electron's binary cannot be had on this
// machine), then the ASAR is read. Fuses are NOT flipped in this mode (the afterPack hook skips them, there
// is no fuse wire in a placeholder); their list is unit-tested in scripts/packaging/after-pack.test.ts.
// Offline: dir target, no signing, no rebuild of native dependencies, no download.
import { expect, test } from '@playwright/test';
import * as asar from '@electron/asar';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import {
  findForbidden,
  importSpecifiers,
  packageNameOf,
  UNPACKAGED_BY_DESIGN,
} from './packaged-contents';

const ROOT = join(import.meta.dirname, '..', '..');
const GOAL_BYTES = 40 * 1024 * 1024;
const require = createRequire(import.meta.url);

// One packaging for all the checks below.
test.describe.configure({ mode: 'serial' });

let workDir: string;
let extracted: string;
let archive: string;

/** A stand-in Electron distribution: what electron-builder copies, with a placeholder executable. */
function standInElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const name = process.platform === 'win32' ? 'electron.exe' : 'electron';
  writeFileSync(
    join(dir, name),
    '#!/bin/sh\necho "stand-in Electron: the real binary is not available here"\n',
  );
  chmodSync(join(dir, name), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
}

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * A staged copy of the project as a packaging machine has it after `npm ci`: the build, the schemas, the
 * manifest and lockfile, the builder's configuration and hook, and the production dependencies (installed
 * from npm's cache where the suite's own install left them). electron-builder lists the dependencies to
 * package with `npm list`, which must see a clean tree.
 */
function stageProject(dir: string): void {
  for (const path of [
    'out',
    'resources/schemas',
    'resources/icons',
    'package.json',
    'package-lock.json',
    'electron-builder.yml',
    'scripts/packaging/after-pack.mjs',
  ])
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  if (existsSync(join(ROOT, '.npmrc'))) cpSync(join(ROOT, '.npmrc'), join(dir, '.npmrc'));
  execFileSync(
    NPM,
    ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'],
    {
      cwd: dir,
      stdio: 'pipe',
      timeout: 240_000,
    },
  );
}

test.beforeAll(() => {
  test.setTimeout(400_000);
  test.skip(
    process.platform === 'darwin',
    'the stand-in distribution is made for Linux and Windows only',
  );
  expect(existsSync(join(ROOT, 'out/main/index.js')), 'build first: npx electron-vite build').toBe(
    true,
  );
  workDir = mkdtempSync(join(tmpdir(), 'inquiry-desk-package-'));
  const project = join(workDir, 'project');
  stageProject(project);
  const dist = join(workDir, 'electron-dist');
  standInElectron(dist);
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const platformFlag = process.platform === 'win32' ? '--win' : '--linux';
  const output = execFileSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      platformFlag,
      '--dir',
      '--x64',
      '--publish',
      'never',
      '--projectDir',
      project,
      `-c.electronDist=${dist}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${join(workDir, 'packed')}`,
    ],
    {
      cwd: project,
      encoding: 'utf8',
      timeout: 280_000,
      env: {
        ...process.env,
        INQUIRY_DESK_STANDIN_ELECTRON: '1',
        CSC_IDENTITY_AUTO_DISCOVERY: 'false',
      },
    },
  );
  expect(output, 'the afterPack hook says the fuses were skipped').toContain('fuses: skipped');
  expect(output).not.toContain('cannot find path for dependency');
  const unpacked = join(
    workDir,
    'packed',
    process.platform === 'win32' ? 'win-unpacked' : 'linux-unpacked',
  );
  archive = join(unpacked, 'resources', 'app.asar');
  extracted = join(workDir, 'app');
  asar.extractAll(archive, extracted);
});

test.afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function asarFiles(): string[] {
  return asar
    .listPackage(archive, { isPack: false })
    .map((entry) => entry.replaceAll('\\', '/').replace(/^\//, ''));
}

test('the ASAR holds the entry points the package names', () => {
  const manifest = JSON.parse(readFileSync(join(extracted, 'package.json'), 'utf8')) as {
    main: string;
  };
  for (const entry of [manifest.main, 'out/preload/index.cjs', 'out/renderer/index.html'])
    expect(existsSync(join(extracted, entry)), entry).toBe(true);
  // The schemas the issue asks to ship (read by the demo's simulator).
  expect(asarFiles().some((file) => /^resources\/schemas\/.+\.xsd$/.test(file))).toBe(true);
});

test('every import of the built app resolves inside the ASAR', () => {
  const files = asarFiles().filter((file) => /^out\/(main|preload)\/.*\.(js|cjs|mjs)$/.test(file));
  expect(files.length).toBeGreaterThan(2);
  const unresolved: string[] = [];
  for (const file of files) {
    const source = readFileSync(join(extracted, file), 'utf8');
    for (const { specifier, dynamic } of importSpecifiers(source)) {
      if (specifier === 'electron' || specifier.startsWith('node:')) continue;
      if (specifier.startsWith('.')) {
        if (!existsSync(join(extracted, posix.dirname(file), specifier)))
          unresolved.push(`${file}: ${specifier}`);
        continue;
      }
      const name = packageNameOf(specifier);
      const allowed = UNPACKAGED_BY_DESIGN[name];
      if (allowed) {
        // Left out on purpose, and then only ever loaded lazily (a dynamic import or the demo's chunk).
        expect(
          dynamic || /chunks\/demo-/.test(file),
          `${name} must be loaded lazily (${file})`,
        ).toBe(true);
        continue;
      }
      if (!findPackage(join(extracted, posix.dirname(file)), name))
        unresolved.push(`${file}: ${specifier}`);
    }
  }
  expect(unresolved).toEqual([]);
});

test('every dependency of a packaged package is packaged', () => {
  const missing: string[] = [];
  const manifests = asarFiles().filter((file) =>
    /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(file),
  );
  expect(manifests.length).toBeGreaterThan(5);
  for (const manifestPath of manifests) {
    const manifest = JSON.parse(readFileSync(join(extracted, manifestPath), 'utf8')) as {
      name?: string;
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    const dir = join(extracted, dirname(manifestPath));
    const required = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.peerDependencies ?? {}).filter(
        (peer) => !manifest.peerDependenciesMeta?.[peer]?.optional && peer !== 'electron',
      ),
    ];
    for (const dependency of required)
      if (!findPackage(dir, dependency))
        missing.push(`${manifest.name ?? manifestPath} → ${dependency}`);
  }
  expect(missing).toEqual([]);
});

test("the app's main-process code loads from the ASAR's own packages under plain Node", () => {
  // The composition root's chunk imports every runtime package the Electron host and the browser host
  // share; loaded from the extracted ASAR (no node_modules above it), nothing can come from the repository.
  const chunk = asarFiles().find((file) => /^out\/main\/chunks\/app-[^/]+\.js$/.test(file));
  expect(chunk).toBeDefined();
  const result = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `await import(${JSON.stringify(join(extracted, chunk!))}); console.log('loaded');`,
    ],
    { cwd: extracted, encoding: 'utf8', timeout: 60_000 },
  );
  expect(result.trim()).toBe('loaded');
});

test('no test, source map, simulator PKI or .data inside; the size is within the goal', async () => {
  const files = asarFiles();
  // The check itself catches what it must.
  expect(
    findForbidden([
      'out/main/index.js.map',
      'x.test.js',
      '.data/simulator-pki/ca.pem',
      'out/main/index.js',
    ]),
  ).toHaveLength(3);
  expect(findForbidden(files)).toEqual([]);
  let bytes = 0;
  for (const file of files) {
    const stat = asar.statFile(archive, file, false) as { size?: number };
    bytes += stat.size ?? 0;
  }
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  test.info().annotations.push({
    type: 'packaged size',
    description: `${megabytes} MB unpacked in app.asar (${files.length} entries), Electron excluded; goal ≤ 40 MB`,
  });
  console.log(
    `packaged app: ${megabytes} MB unpacked in app.asar, ${files.length} entries (goal ≤ 40 MB)`,
  );
  expect(bytes).toBeLessThanOrEqual(GOAL_BYTES);
});

/** Node's lookup of a package: `node_modules/<name>` in the folder or any parent, up to the ASAR's root. */
function findPackage(fromDir: string, name: string): boolean {
  let dir = fromDir;
  for (;;) {
    if (existsSync(join(dir, 'node_modules', name, 'package.json'))) return true;
    if (dir === extracted || dirname(dir) === dir) return false;
    dir = dirname(dir);
  }
}
