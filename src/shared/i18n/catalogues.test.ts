// Guards the catalogues: same keys everywhere, nothing empty, nothing left in another language.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { catalogues, type Catalogue } from './index';
import { LANGUAGES, type Language } from '../domain/preferences';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, `${path}.`)) entries.set(k, v);
  }
  return entries;
}

const flat = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, flatten(catalogues[lang] as unknown as Tree)]),
) as Record<Language, Map<string, string>>;

/**
 * Entries that are the same in two or more languages on purpose: brand, language names, a proper name, and
 * words Dutch and German spell alike.
 */
const SAME_IN_ALL_LANGUAGES = new Set([
  'app.name',
  'language.fr',
  'language.nl',
  'language.de',
  'codes.origin.FEDASIL',
  'codes.role.PARTNER',
  'report.document.code',
  'report.document.ref',
  'report.document.tiCode',
  'report.document.documentNumber',
  'audit.csv.header.service',
  'answers.situation.register',
  // The NISS is the NISS in French and German (INSZ in Dutch).
  'lists.columns.niss',
]);

/** Short, frequent words that betray a language; a sentence left untranslated carries several. */
const MARKERS: Record<Language, string[]> = {
  // Words shared by two of the languages ('de', 'die', 'en') are left out on purpose.
  fr: [
    'le',
    'la',
    'les',
    'des',
    'du',
    'une',
    'est',
    'et',
    'pour',
    'dans',
    'vous',
    'aucun',
    'sur',
    'que',
  ],
  nl: ['het', 'een', 'van', 'is', 'voor', 'niet', 'geen', 'op', 'werd', 'bij', 'te', 'zijn', 'dat'],
  de: [
    'der',
    'das',
    'und',
    'ein',
    'eine',
    'ist',
    'nicht',
    'für',
    'kein',
    'von',
    'sie',
    'den',
    'mit',
  ],
};

function markerCount(text: string, lang: Language): number {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return words.filter((w) => MARKERS[lang].includes(w)).length;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('i18n catalogues', () => {
  const reference = flat.fr;

  for (const lang of LANGUAGES) {
    it(`${lang} has exactly the keys of fr, none empty`, () => {
      expect([...flat[lang].keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [key, value] of flat[lang]) expect(value.trim(), key).not.toBe('');
    });

    it(`${lang} keeps the interpolation variables of fr`, () => {
      for (const [key, value] of flat[lang]) {
        expect(placeholders(value), key).toEqual(placeholders(reference.get(key) ?? ''));
      }
    });
  }

  for (const lang of ['nl', 'de'] as const) {
    it(`${lang} translates every entry rather than copying another language`, () => {
      for (const [key, value] of flat[lang]) {
        if (SAME_IN_ALL_LANGUAGES.has(key)) continue;
        for (const other of LANGUAGES.filter((l) => l !== lang)) {
          expect(value, `${lang}:${key} equals ${other}`).not.toBe(flat[other].get(key));
        }
      }
    });
  }

  for (const lang of LANGUAGES) {
    it(`${lang} sentences read as ${lang}`, () => {
      for (const [key, value] of flat[lang]) {
        const own = markerCount(value, lang);
        for (const other of LANGUAGES.filter((l) => l !== lang)) {
          const foreign = markerCount(value, other);
          expect(
            foreign > own && foreign >= 2,
            `${lang}:${key} looks like ${other}: "${value}"`,
          ).toBe(false);
        }
      }
    });
  }

  // Shared tests get no Node types, so Vite's glob lists the folders (loaded eagerly: each file's exports).
  const files = import.meta.glob<Record<string, unknown>>(['./*/*.ts', '!./*/index.ts'], {
    eager: true,
  });

  for (const lang of LANGUAGES) {
    it(`${lang}/ holds one file per top-level key, named after it and exporting just it`, () => {
      const own = Object.entries(files).filter(([path]) => path.startsWith(`./${lang}/`));
      const keys = Object.keys(catalogues[lang]);
      expect(own.map(([path]) => path.slice(`./${lang}/`.length, -'.ts'.length)).sort()).toEqual(
        [...keys].sort(),
      );
      for (const [path, module] of own) {
        const key = path.slice(`./${lang}/`.length, -'.ts'.length);
        expect(Object.keys(module), path).toEqual([key]);
        expect(module[key], path).toBe(catalogues[lang][key as keyof Catalogue]);
      }
    });
  }

  it('the language check itself catches a French sentence in the Dutch catalogue', () => {
    const leaked = 'La date de fin précède la date de début.';
    expect(markerCount(leaked, 'fr')).toBeGreaterThan(markerCount(leaked, 'nl'));
    expect(markerCount(leaked, 'fr')).toBeGreaterThanOrEqual(2);
  });
});
