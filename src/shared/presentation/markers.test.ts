import { describe, expect, it } from 'vitest';
import { hasIncompleteDate, itemClasses, itemMarkers } from './markers';
import { item } from '../../test-support/builders';
import { translator } from '../../test-support/translator';

describe('itemMarkers', () => {
  it('says blocked, fraud and the role in words, not only in colour', async () => {
    const t = await translator('fr');
    const form = item({
      lane: 'forms',
      subLane: 'RIS',
      markers: { blocked: true, fraud: true, role: 'PARTNER', parentProcedure: false },
    });
    expect(itemMarkers(form, t).map((m) => m.text)).toEqual([
      '⊘ bloqué',
      '⚠ fraude',
      'P – partenaire',
    ]);
    const nl = await translator('nl');
    const main = item({
      markers: { blocked: false, fraud: false, role: 'MAIN_BENEFICIARY', parentProcedure: true },
    });
    expect(itemMarkers(main, nl).map((m) => m.text)).toEqual([
      'HB – hoofdbegunstigde',
      '↳ procedure van een ouder',
    ]);
  });

  it('has none for a plain period', async () => {
    expect(itemMarkers(item(), await translator())).toEqual([]);
  });
});

describe('itemClasses', () => {
  it('names the lane, sub-lane and every marker', () => {
    const form = item({
      lane: 'forms',
      subLane: 'LOI65',
      begin: '2019-07',
      end: null,
      markers: { blocked: true, fraud: false, role: 'MAIN_BENEFICIARY', parentProcedure: false },
    });
    expect(itemClasses(form)).toEqual([
      'lane-forms',
      'sublane-LOI65',
      'is-open',
      'is-incomplete',
      'is-blocked',
      'is-main-beneficiary',
    ]);
  });

  it('sees an incomplete end as well as an incomplete begin', () => {
    expect(hasIncompleteDate(item({ begin: '2020-01-01', end: '2021' }))).toBe(true);
    expect(hasIncompleteDate(item({ begin: '2020-01-01', end: null }))).toBe(false);
  });
});
