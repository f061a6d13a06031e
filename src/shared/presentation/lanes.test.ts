import { describe, expect, it } from 'vitest';
import { LANES } from '../domain/inquiry';
import { laneViews } from './lanes';
import { tableRows } from './table-rows';
import { item, missingSection } from '../../test-support/builders';

describe('laneViews', () => {
  it('lists all eight lanes in order, empty ones included', () => {
    const lanes = laneViews({ items: [item({ lane: 'forms', subLane: 'RIS' })] });
    expect(lanes.map((l) => l.id)).toEqual([...LANES]);
    expect(lanes.find((l) => l.id === 'piis')?.items).toEqual([]);
    expect(lanes.find((l) => l.id === 'forms')?.items).toHaveLength(1);
  });

  it('marks the lanes whose section did not arrive, and those only', () => {
    const lanes = laneViews({
      items: [item({ lane: 'art35' })],
      missing: [missingSection('GPMI_PIIS'), missingSection('PRIME_INSTALLATION')],
    });
    expect(lanes.filter((l) => l.missing).map((l) => [l.id, l.missing?.requestType])).toEqual([
      ['piis', 'GPMI_PIIS'],
      ['installationPremium', 'PRIME_INSTALLATION'],
    ]);
    expect(laneViews({ items: [] }).every((l) => l.missing === null)).toBe(true);
  });

  it('gives lanes with sub-lanes all their sub-lanes, in fixed order', () => {
    const lanes = laneViews({
      items: [
        item({ lane: 'residence', subLane: 'municipality' }),
        item({ lane: 'residence', subLane: 'nationality' }),
      ],
    });
    const residence = lanes.find((l) => l.id === 'residence');
    expect(residence?.subLanes.map((s) => [s.id, s.items.length])).toEqual([
      ['nationality', 1],
      ['register', 0],
      ['municipality', 1],
    ]);
    expect(lanes.find((l) => l.id === 'status')?.subLanes).toEqual([]);
  });

  it('sorts by first day (incomplete dates at their start), then by end, open last', () => {
    const late = item({ begin: '2020-05-10', end: '2020-06-01' });
    const month = item({ begin: '2020-05', end: null });
    const early = item({ begin: '2019', end: '2020-01-01' });
    const sameStartShorter = item({ begin: '2020-05-01', end: '2020-05-31' });
    const [status] = laneViews({ items: [late, month, early, sameStartShorter] }).filter(
      (l) => l.id === 'status',
    );
    expect(status?.items.map((i) => i.id)).toEqual([
      early.id,
      sameStartShorter.id,
      month.id,
      late.id,
    ]);
  });

  it('keeps an item of an unknown sub-lane on its lane rather than losing it', () => {
    const stray = item({ lane: 'forms', subLane: null });
    const forms = laneViews({ items: [stray] }).find((l) => l.id === 'forms');
    expect(forms?.unassigned).toEqual([stray]);
    expect(forms && tableRows(forms)).toEqual([stray]);
  });

  it('orders a table by sub-lane first', () => {
    const municipality = item({ lane: 'residence', subLane: 'municipality', begin: '2000-01-01' });
    const nationality = item({ lane: 'residence', subLane: 'nationality', begin: '2010-01-01' });
    const residence = laneViews({ items: [municipality, nationality] }).find(
      (l) => l.id === 'residence',
    );
    expect(residence && tableRows(residence).map((i) => i.id)).toEqual([
      nationality.id,
      municipality.id,
    ]);
  });
});
