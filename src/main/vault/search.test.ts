import { describe, expect, it } from 'vitest';
import { compileSearch, normalizeName, searchKeys } from './search';
import type { InquirySummary } from './types';

const summary = (
  personName: string | null,
  finalNiss = '85073003328',
  requestedNiss = finalNiss,
): InquirySummary => ({
  id: 'x',
  finalNiss,
  requestedNiss,
  personName,
  period: { from: '2024-01-01', to: '2024-12-31' },
  consultedAt: '2025-01-01T00:00:00.000Z',
  environment: 'demo',
  dataFound: true,
});

const matches = (query: string, s: InquirySummary) => compileSearch(query)?.(searchKeys(s)) ?? true;

describe('saved-inquiry search', () => {
  it('matches a NISS typed in any format, or any part of it', () => {
    const s = summary(null);
    for (const query of [
      '85073003328',
      '85.07.30-033.28',
      '85 07 30 033 28',
      '850730-033-28',
      '0730',
      ' 033.2 ',
    ]) {
      expect(matches(query, s), query).toBe(true);
    }
    expect(matches('85073003329', s)).toBe(false);
    expect(matches('0733', s)).toBe(false);
  });

  it('matches the requested NISS too, but no fragment straddling the two', () => {
    const s = summary(null, '85073003328', '17073003384');
    expect(matches('17.07.30', s)).toBe(true);
    expect(matches('3328170', s)).toBe(false);
  });

  it('matches names regardless of case, accents, apostrophes and word order', () => {
    const s = summary('Élodie D’Hondt-Lefèvre');
    for (const query of [
      'elodie',
      'LEFEVRE',
      'dhondt',
      "d'hondt",
      'hondt-lef',
      'lefèvre élodie',
      'ÉLO',
    ]) {
      expect(matches(query, s), query).toBe(true);
    }
    expect(matches('elodie martin', s)).toBe(false);
    expect(matches('anyone', summary(null))).toBe(false);
  });

  it('combines a name with NISS digits', () => {
    const s = summary('Bruno Ölçer');
    expect(matches('olcer 8507', s)).toBe(true);
    expect(matches('olcer 9999', s)).toBe(false);
  });

  it('selects everything for an empty query', () => {
    expect(compileSearch('   ')).toBeNull();
  });

  it('normalises ligatures and ß', () => {
    expect(normalizeName('  Cœur  STRAẞE ')).toBe('coeur strasse');
  });
});
