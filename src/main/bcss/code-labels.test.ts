import { describe, expect, it } from 'vitest';
import { catalogues } from '../../shared/i18n';
import { codeLabel } from './code-labels';

describe('codeLabel', () => {
  it('gives a code its label in every language, from the catalogue', () => {
    expect(codeLabel('role', 'MAIN_BENEFICIARY')).toEqual({
      fr: 'Bénéficiaire principal',
      nl: 'Hoofdbegunstigde',
      de: 'Hauptbegünstigter',
    });
    for (const list of Object.keys(catalogues.fr.codes) as (keyof typeof catalogues.fr.codes)[]) {
      for (const code of Object.keys(catalogues.fr.codes[list])) {
        const label = codeLabel(list, code);
        for (const language of ['fr', 'nl', 'de'] as const) {
          expect(label[language]).toBe(
            (catalogues[language].codes[list] as Record<string, string>)[code],
          );
        }
      }
    }
  });

  it('shows a code it does not know as itself, never as a key path or an inherited property', () => {
    for (const code of ['UNKNOWN', 'A.B', 'constructor', '__proto__', 'toString', '']) {
      expect(codeLabel('legalBasis', code)).toEqual({ fr: code, nl: code, de: code });
    }
  });

  it('hands out a copy: changing one label does not change the next', () => {
    codeLabel('origin', 'FEDASIL').fr = 'changed';
    expect(codeLabel('origin', 'FEDASIL').fr).toBe('Fedasil');
  });
});
