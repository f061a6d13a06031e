// Birth dates typed in part: a year, a month and year, or a whole Belgian date; nothing else.
import { describe, expect, it } from 'vitest';
import { partialDate, registerDate } from './partial-date';

describe('partial birth dates', () => {
  it('reads yyyy, mm/yyyy and dd/mm/yyyy', () => {
    expect(partialDate('1982')).toBe('1982');
    expect(partialDate('6/1982')).toBe('1982-06');
    expect(partialDate('06/06/1982')).toBe('1982-06-06');
  });

  it('refuses what is no date', () => {
    for (const text of ['', '82', '13/1982', '31/02/1982', '1982-06-06x', 'juin 1982']) {
      expect(partialDate(text), text).toBeNull();
    }
  });

  it('writes the register’s incomplete form', () => {
    expect(registerDate('1982')).toBe('1982-00-00');
    expect(registerDate('1982-06')).toBe('1982-06-00');
    expect(registerDate('1982-06-06')).toBe('1982-06-06');
  });
});
