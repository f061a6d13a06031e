import { describe, expect, it } from 'vitest';
import { toLanguage } from './useLanguage';

describe('toLanguage', () => {
  it('keeps a supported language and falls back on French', () => {
    expect(toLanguage('nl')).toBe('nl');
    expect(toLanguage('en')).toBe('fr');
    expect(toLanguage(undefined)).toBe('fr');
  });
});
