import { describe, expect, it } from 'vitest';
import { majorAxisLabel, minorAxisLabel } from './axis-labels';

const MARCH = new Date(2024, 2, 1);

describe('axis labels', () => {
  it('names months in the UI language', () => {
    expect(minorAxisLabel(MARCH, 'month', 'fr')).toBe('mars');
    expect(minorAxisLabel(MARCH, 'month', 'nl')).toBe('mrt.');
    expect(minorAxisLabel(MARCH, 'month', 'de')).toBe('März');
    expect(majorAxisLabel(MARCH, 'day', 'nl')).toBe('maart 2024');
  });

  it('accepts what vis-timeline hands over (a moment-like object)', () => {
    expect(minorAxisLabel({ toDate: () => MARCH }, 'year', 'fr')).toBe('2024');
    expect(majorAxisLabel({ toDate: () => MARCH }, 'month', 'de')).toBe('2024');
  });

  it('says nothing for a scale it does not know', () => {
    expect(minorAxisLabel(MARCH, 'century', 'fr')).toBe('');
    expect(majorAxisLabel(MARCH, 'year', 'fr')).toBe('');
  });
});
