import { describe, expect, it } from 'vitest';
import { translator } from './translator';

describe('translator', () => {
  it('fills placeholders, leaving unknown ones visible', () => {
    expect(translator('nl')('report.document.generatedAt', { date: '01/02/2026' })).toBe(
      'Opgemaakt op 01/02/2026',
    );
    expect(translator('fr')('report.document.generatedAt')).toBe('Établi le {{date}}');
  });

  it('is one instance per language, kept', () => {
    expect(translator('de')).toBe(translator('de'));
    expect(translator('de')('audit.csv.header.niss')).toBe('ENSS');
  });
});
