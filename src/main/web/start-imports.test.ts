// The hosts answer their first page without loading what only later work needs: the PDF engines (loaded
// with the first PDF) and the demo's packages (loaded with the demo). A static import of one of them,
// anywhere on the way from a host's entry, fails here.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../test-support/static-imports';

const src = join(import.meta.dirname, '..', '..');
const ENTRIES = {
  'browser host': join(src, 'main/web/start.ts'),
  'Electron host': join(src, 'main/index.ts'),
};
/** Loaded by an import() when first needed, never at start. */
const LATER = ['playwright-core', 'pdfkit', 'svg-to-pdfkit', '@faker-js/faker', 'xmllint-wasm'];

describe.each(Object.entries(ENTRIES))('the %s at start', (_name, entry) => {
  it('loads none of the packages only a PDF or the demo needs', () => {
    const { packages, files } = importGraph(entry);
    // The walk did go through the app: the composition root and its settings store are on it.
    expect(files.has(join(src, 'main/app/compose.ts'))).toBe(true);
    expect([...packages.keys()]).toContain('i18next');
    const loaded = LATER.filter((name) => packages.has(name)).map(
      (name) => `${name} (imported by ${packages.get(name)})`,
    );
    expect(loaded).toEqual([]);
  });

  it('still reaches them through its dynamic imports (the check watches a real path)', () => {
    const { packages } = importGraph(entry, { followDynamic: true });
    expect([...packages.keys()]).toEqual(expect.arrayContaining(['@faker-js/faker', 'pdfkit']));
  });
});
