// The README and docs/ link only to files of the project: a clone alone must be able to follow every link
// (the reference documents kept beside the project, ../shared, are not part of it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCUMENTS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The targets of a Markdown text's links, `[text](target)`, without their #fragment. */
export function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(
    (match) => match[1]!.split('#')[0]!,
  );
}

/** Why a link target is not a file of the project (null when it is one). */
function outsideProject(document: string, target: string): string | null {
  if (target === '') return null; // a fragment within the document
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return 'not a file of the project';
  const path = resolve(ROOT, dirname(document), target);
  const inside = relative(ROOT, path);
  if (inside.startsWith('..')) return 'outside the project';
  if (!existsSync(path)) return 'no such file';
  return null;
}

describe('links in the README and docs/', () => {
  it('reads the link targets of Markdown text', () => {
    expect(linkTargets('see [a](docs/a.md) and [b](../shared/B.md#x "t"), not `c`')).toEqual([
      'docs/a.md',
      '../shared/B.md',
    ]);
  });

  it('finds a link outside the project, to no file, or to a web address', () => {
    expect(outsideProject('README.md', '../shared/DOMAIN.md')).toBe('outside the project');
    expect(outsideProject('docs/domain.md', '../../shared/DESIGN.md')).toBe('outside the project');
    expect(outsideProject('README.md', 'docs/missing.md')).toBe('no such file');
    expect(outsideProject('README.md', 'https://example.org/')).toBe('not a file of the project');
    expect(outsideProject('docs/domain.md', 'personas.md')).toBeNull();
  });

  for (const document of DOCUMENTS) {
    it(`${document} links only to files of the project`, () => {
      const text = readFileSync(join(ROOT, document), 'utf8');
      const bad = linkTargets(text)
        .map((target) => ({ target, why: outsideProject(document, target) }))
        .filter((link) => link.why !== null);
      expect(bad).toEqual([]);
      // Named without a link is no better: the reader still cannot open it.
      expect(text).not.toMatch(/\.\.\/shared\b|DOMAIN\.md|DESIGN\.md/);
    });
  }
});
