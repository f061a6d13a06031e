import { describe, expect, it } from 'vitest';
import { formatEuros, formatMonth, formatShortMonth } from './lists-format';

describe('list amounts and months', () => {
  it('writes euro cents in the Belgian format, exactly', () => {
    expect(formatEuros(123456).replace(/\s/g, ' ')).toBe('1.234,56 €');
    expect(formatEuros(5).replace(/\s/g, ' ')).toBe('0,05 €');
    expect(formatEuros(100_000_000).replace(/\s/g, ' ')).toBe('1.000.000,00 €');
  });
  it('names months in the UI language', () => {
    expect(formatMonth('2026-11', 'fr')).toBe('novembre 2026');
    expect(formatMonth('2026-03', 'nl')).toBe('maart 2026');
    expect(formatMonth('2026-03', 'de')).toBe('März 2026');
    expect(formatShortMonth('2026-03')).toBe('03/2026');
  });
});
