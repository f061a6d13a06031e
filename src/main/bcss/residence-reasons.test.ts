// The shared residence reason table (src/shared/residence-reasons.ts) against the published list: every code of seed 002's annex, with its labels (../shared/seeds: required in CI).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESIDENCE_REASONS, residenceReasonLabel } from '../../shared/domain/residence-reasons';
import { sharedReference } from '../../test-support/shared-reference';

const SEED = sharedReference('seeds/002_ea162e2262a92177.txt');

/** The annex's rows: a CTMS code line, then its Dutch label, then its French one (when present). */
function publishedReasons(text: string): { code: string; nl: string; fr: string | null }[] {
  const lines = text
    .slice(text.indexOf('Code CTMS'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const rows: { code: string; nl: string; fr: string | null }[] = [];
  lines.forEach((line, i) => {
    if (!/^\d{8}$/.test(line)) return;
    const fr = lines[i + 2];
    rows.push({
      code: line,
      nl: lines[i + 1] ?? '',
      fr: fr !== undefined && !/^\d{8}$/.test(fr) ? fr : null,
    });
  });
  return rows;
}

describe('RESIDENCE_REASONS', () => {
  it.skipIf(SEED.skip)('has every code the published list gives, with its labels', () => {
    const published = publishedReasons(readFileSync(SEED.path, 'utf8'));
    expect(published.length).toBeGreaterThan(20);
    for (const row of published) {
      const known = RESIDENCE_REASONS[row.code];
      expect(known, row.code).toBeDefined();
      expect(known?.nl, row.code).toBe(row.nl);
      if (row.fr !== null) expect(known?.fr, row.code).toBe(row.fr);
    }
    expect(Object.keys(RESIDENCE_REASONS).sort()).toEqual(published.map((r) => r.code).sort());
  });

  it('gives a French label to every code, German reading the French one', () => {
    for (const [code, labels] of Object.entries(RESIDENCE_REASONS)) {
      expect(labels.fr, code).not.toBe('');
      expect(residenceReasonLabel(code)).toEqual({ fr: labels.fr, nl: labels.nl, de: labels.fr });
    }
  });

  it('shows an unknown code as itself', () => {
    expect(residenceReasonLabel('09999999')).toEqual({
      fr: '09999999',
      nl: '09999999',
      de: '09999999',
    });
  });
});
