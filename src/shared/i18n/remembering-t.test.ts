import { describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import { rememberingT } from './remembering-t';
import { translator } from './translator';

describe('rememberingT', () => {
  it('says what the translator says, asking it once per key and options', () => {
    const base = translator('nl');
    const spy = vi.fn((...args: unknown[]) =>
      (base as unknown as (...a: unknown[]) => unknown)(...args),
    );
    const t = rememberingT(spy as unknown as TFunction);
    for (let i = 0; i < 3; i++) {
      expect(t('result.ongoing')).toBe(base('result.ongoing'));
      expect(t('report.document.generatedAt', { date: '01/02/2026' })).toBe(
        'Opgemaakt op 01/02/2026',
      );
    }
    expect(t('report.document.generatedAt', { date: '03/04/2026' })).toBe(
      'Opgemaakt op 03/04/2026',
    );
    expect(spy).toHaveBeenCalledTimes(3);
  });
});
