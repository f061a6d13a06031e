// The licences of the packages the built app contains, gathered at build time (electron.vite.config.ts
// emits them as out/main/licences.json, which the About panel of the Electron host shows): the production
// dependencies and the renderer's bundled packages, with the dependencies of each, and each licence's text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Bundled into the renderer by vite (development dependencies, shipped inside the bundle). */
export const RENDERER_PACKAGES = [
  'react',
  'react-dom',
  '@tanstack/react-query',
  'react-i18next',
  'vis-timeline',
  'vis-data',
];

function findPackageDir(name, fromDir, root) {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return null;
    dir = dirname(dir);
  }
}

function licenceText(dir) {
  const file = readdirSync(dir).find((entry) => /^(licen[cs]e|copying)(\.|$)/i.test(entry));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : null;
}

function licenceName(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license?.type) return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((l) => l.type ?? l).join(' OR ');
  return 'UNKNOWN';
}

/** [{ name, version, license, text }], sorted by name; `root` is the project folder. */
export function collectLicences(root) {
  const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const queue = [...Object.keys(project.dependencies ?? {}), ...RENDERER_PACKAGES].map((name) => ({
    name,
    from: root,
  }));
  const seen = new Map();
  while (queue.length) {
    const { name, from } = queue.shift();
    const dir = findPackageDir(name, from, root);
    if (!dir) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const key = `${manifest.name}@${manifest.version}`;
    if (seen.has(key)) continue;
    seen.set(key, {
      name: manifest.name,
      version: manifest.version,
      license: licenceName(manifest),
      text: licenceText(dir),
    });
    for (const dependency of Object.keys(manifest.dependencies ?? {})) queue.push({ name: dependency, from: dir });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** A vite/rollup plugin that emits the licences as `licences.json` beside the main bundle. */
export function licencesPlugin(root) {
  return {
    name: 'inquiry-desk-licences',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'licences.json',
        source: JSON.stringify(collectLicences(root)),
      });
    },
  };
}
