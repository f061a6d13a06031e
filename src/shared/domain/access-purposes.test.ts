// The sector 17 quality codes: exactly DOMAIN.md §6's list, each labelled in the three languages, unknown codes shown as themselves.
import { describe, expect, it } from 'vitest';
import {
  CROSS_SECTOR_PURPOSES,
  isSector17Purpose,
  purposeLabels,
  SECTOR17_PURPOSES,
} from './access-purposes';

describe('quality codes', () => {
  it('are the codes a CPAS registers under, and only those', () => {
    expect(Object.keys(SECTOR17_PURPOSES).map(Number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 20, 21, 40,
    ]);
    expect(isSector17Purpose(2)).toBe(true);
    for (const code of [0, 10, 902, 999]) expect(isSector17Purpose(code), String(code)).toBe(false);
  });

  it('have a label in French, Dutch and German, distinct per code in each language', () => {
    const all = { ...SECTOR17_PURPOSES, ...CROSS_SECTOR_PURPOSES };
    for (const lang of ['fr', 'nl', 'de'] as const) {
      const labels = Object.values(all).map((l) => l[lang]);
      expect(
        labels.every((l) => l.trim() !== ''),
        lang,
      ).toBe(true);
      expect(new Set(labels).size, lang).toBe(labels.length);
    }
  });

  it('labels an unknown code with the code itself', () => {
    expect(purposeLabels(777)).toEqual({ fr: '777', nl: '777', de: '777' });
    expect(purposeLabels(999).nl).toBe('INSZ vervangen');
  });
});
