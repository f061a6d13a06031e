// Every failure the investigator can meet is said in a sentence of the UI language (fr, nl, de): each error code
// has one of its own, each message key main sends exists in the three catalogues, and no sentence carries a code,
// the BCSS's own text or a system message (those go behind "technical details").
import { describe, expect, it } from 'vitest';
import { DESK_ERROR_CODES } from '../../../shared/contract/errors';
import { catalogues } from '../../../shared/i18n';
import { errorSentence } from '../../../shared/presentation/error-sentence';
import { translator } from '../../../test-support/translator';
import { LANGUAGES } from '../../../shared/domain/preferences';

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string | undefined {
  const found = sentencesUnder(tree, key);
  return found.length === 1 && found[0]![0] === key ? found[0]![1] : undefined;
}

/** The sources of main and the renderer, tests left out, read as text by vite at the test's start. */
const SOURCES: Record<string, string> = import.meta.glob(
  ['../../../main/**/*.{ts,tsx}', '../**/*.{ts,tsx}', '!**/*.test.{ts,tsx}'],
  { query: '?raw', import: 'default', eager: true },
);

/** The literal message keys main and the renderer put in a DeskError (`messageKey: 'inquiry.error...'`). */
function literalMessageKeys(): Set<string> {
  const keys = new Set<string>();
  for (const text of Object.values(SOURCES)) {
    for (const [, key] of text.matchAll(/messageKey: '([\w.]+)'/g)) keys.add(key!);
  }
  return keys;
}

/** The groups of the catalogue whose sentences say a failure. */
const ERROR_GROUPS = [
  'errors',
  'errorInfo.unknown',
  'inquiry.error',
  'settings.connection.result',
  'access.error',
  'identify.error',
  'vault.error',
];

function sentencesUnder(tree: Tree, prefix: string): [string, string][] {
  let node: string | Tree | undefined = tree;
  for (const part of prefix.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node === 'string') return [[prefix, node]];
  return Object.keys(node ?? {}).flatMap((key) => sentencesUnder(tree, `${prefix}.${key}`));
}

describe('error sentences', () => {
  it('give every error code a sentence of its own in fr, nl and de, without the code', () => {
    for (const lang of LANGUAGES) {
      for (const code of DESK_ERROR_CODES) {
        const sentence = lookup(catalogues[lang] as unknown as Tree, `errors.code.${code}`);
        expect(sentence, `${lang} ${code}`).toMatch(/\p{L}+ \p{L}+.*[.!?]$/u);
        expect(sentence).not.toContain(code);
      }
    }
  });

  it('exist in the three catalogues for every message key main or the screens send', () => {
    const keys = literalMessageKeys();
    expect(keys.size).toBeGreaterThan(20);
    // A test's deliberately unknown key is not one main sends.
    keys.delete('no.such.key');
    for (const key of keys) {
      for (const lang of LANGUAGES) {
        expect(lookup(catalogues[lang] as unknown as Tree, key), `${lang} ${key}`).toBeDefined();
      }
    }
  });

  it('never put a code, the BCSS text or a system detail in the sentence', () => {
    for (const lang of LANGUAGES) {
      for (const group of ERROR_GROUPS) {
        const found = sentencesUnder(catalogues[lang] as unknown as Tree, group);
        expect(found.length, `${lang} ${group}`).toBeGreaterThan(0);
        for (const [key, sentence] of found) {
          expect(sentence, `${lang} ${key}`).not.toMatch(
            /\{\{(code|description|reasonCode|faultCode|detail)\}\}|\b(MSG|REG)\d{5}\b|\b[A-Z]+_[A-Z_]+\b/,
          );
        }
      }
    }
  });

  it('fall back to the code’s sentence for a key the catalogue lacks, never to the code', async () => {
    const t = await translator('nl');
    expect(errorSentence({ code: 'SETTINGS_INVALID', messageKey: 'no.such.key' }, t)).toBe(
      catalogues.nl.errors.code.SETTINGS_INVALID,
    );
    expect(errorSentence({ code: 'SOMETHING_NEW', messageKey: 'no.such.key' }, t)).toBe(
      catalogues.nl.errors.code.INTERNAL,
    );
    expect(errorSentence({ code: 'CANCELLED', messageKey: 'inquiry.error.cancelled' }, t)).toBe(
      catalogues.nl.inquiry.error.cancelled,
    );
  });
});
