import { describe, expect, it } from 'vitest';
import { REPORT_TEXTS, reportText, reportTextsFr } from './report-texts';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('report texts', () => {
  it('nl and de have every French text, with the same placeholders, none empty', () => {
    for (const language of ['nl', 'de'] as const) {
      const texts = REPORT_TEXTS[language];
      expect(Object.keys(texts).sort()).toEqual(Object.keys(reportTextsFr).sort());
      for (const [key, fr] of Object.entries(reportTextsFr)) {
        const text = texts[key as keyof typeof texts];
        expect(text.trim()).not.toBe('');
        expect(placeholders(text)).toEqual(placeholders(fr));
      }
    }
  });

  it('fills placeholders, leaving unknown ones visible', () => {
    expect(reportText('nl', 'generatedAt', { date: '01/02/2026' })).toBe('Opgemaakt op 01/02/2026');
    expect(reportText('fr', 'generatedAt')).toBe('Établi le {{date}}');
  });
});
