import { describe, expect, it } from 'vitest';
import { dateOf, item } from '../../test-support/builders';
import { BRUXELLES, formItem, LIEGE } from '../../test-support/findings-fixtures';
import type { InquiryItem, Role } from './inquiry';
import { aidOn, cpasShortName, deriveAidPeriods, formKind, shiftDay } from './aid-periods';

const BXL = BRUXELLES;

/** A form as the findings' fixtures make it, with its declared period (by default its own). */
function form(
  basis: 'RIS' | 'LOI65' | 'ORGANIC',
  type: string,
  begin: string,
  end: string | null,
  options: {
    cpas?: { id: string; name: string };
    declared?: [string, string | null];
    role?: Role;
    blocked?: boolean;
  } = {},
): InquiryItem {
  const { declared = [begin, end], ...rest } = options;
  return formItem(basis, type, begin, end, {
    ...rest,
    details: [
      {
        key: 'declaredPeriod',
        kind: 'period',
        begin: dateOf(declared[0]),
        end: declared[1] === null ? null : dateOf(declared[1]),
      },
    ],
  });
}

describe('deriveAidPeriods', () => {
  it('gives the aid periods in order of their first day, whatever the order of the forms', () => {
    const forms = [
      form('RIS', 'B', '2024-05-01', null, { cpas: LIEGE }),
      form('RIS', 'B', '2019-01-01', '2019-12-31', { cpas: LIEGE }),
      form('ORGANIC', 'B', '2021-03-01', '2021-06-30', { cpas: LIEGE }),
      form('RIS', 'B', '2020-02-01', '2020-02-29', { cpas: BXL }),
    ];
    const begins = deriveAidPeriods(forms).periods.map((period) => period.begin);
    expect(begins).toEqual(['2019-01-01', '2020-02-01', '2021-03-01', '2024-05-01']);
  });

  it('classifies the form types of DOMAIN.md §8', () => {
    expect(formKind(form('RIS', 'B', '2024-01-01', null))).toBe('decision');
    expect(formKind(form('RIS', 'C', '2024-01-01', null))).toBe('stop');
    expect(formKind(form('RIS', 'D', '2024-01-01', null))).toBe('claim');
    expect(formKind(form('LOI65', 'B1', '2024-01-01', null))).toBe('decision');
    expect(formKind(form('LOI65', 'B2', '2024-01-01', null))).toBe('claim');
    expect(formKind(form('LOI65', 'A', '2024-01-01', null))).toBe('claim');
    expect(formKind(form('ORGANIC', 'C', '2024-01-01', null))).toBe('stop');
    expect(formKind(form('RIS', 'Z9', '2024-01-01', null))).toBe('claim');
  });

  it('a decision without stop opens aid for its period, still running when open', () => {
    const b = form('RIS', 'B', '2024-03-01', null);
    const { periods, stops, looseIds } = deriveAidPeriods([b]);
    expect(periods).toMatchObject([
      { id: b.id, legalBasis: 'RIS', cpas: LIEGE, begin: '2024-03-01', end: null, stopId: null },
    ]);
    expect(periods[0]!.declared).toBeNull();
    expect(stops).toEqual([]);
    expect(looseIds).toEqual([]);
  });

  it('a stop ends the running aid the day before it takes effect, and is that aid’s end mark', () => {
    const b = form('RIS', 'B', '2019-05-01', null);
    const c = form('RIS', 'C', '2020-01-01', null);
    const { periods, stops } = deriveAidPeriods([c, b]);
    expect(periods[0]).toMatchObject({ begin: '2019-05-01', end: '2019-12-31', stopId: c.id });
    expect(stops).toEqual([
      expect.objectContaining({ id: c.id, endsAid: b.id, date: '2020-01-01' }),
    ]);
  });

  it('a stop the day after a closed aid ends it too (no ongoing bar from the stop on)', () => {
    const b = form('RIS', 'B', '2019-05-01', '2019-12-31');
    const c = form('RIS', 'C', '2020-01-01', null);
    const { periods, stops } = deriveAidPeriods([b, c]);
    expect(periods[0]).toMatchObject({ end: '2019-12-31', stopId: c.id });
    expect(stops[0]!.endsAid).toBe(b.id);
  });

  it('a stop without decision is a stop on its own (a point), and opens nothing', () => {
    const c = form('RIS', 'C', '2020-01-01', null);
    const { periods, stops } = deriveAidPeriods([c]);
    expect(periods).toEqual([]);
    expect(stops).toEqual([expect.objectContaining({ id: c.id, endsAid: null })]);
  });

  it('a stop of another CPAS or basis does not end our aid', () => {
    const b = form('RIS', 'B', '2024-01-01', null);
    const other = form('RIS', 'C', '2024-06-01', null, { cpas: BXL });
    const organic = form('ORGANIC', 'C', '2024-06-01', null);
    const { periods, stops } = deriveAidPeriods([b, other, organic]);
    expect(periods[0]!.end).toBeNull();
    expect(stops.map((s) => s.endsAid)).toEqual([null, null]);
  });

  it('two decisions: the later takes over from its first day', () => {
    const first = form('RIS', 'B', '2023-01-01', null);
    const second = form('RIS', 'B', '2024-03-01', null);
    const { periods } = deriveAidPeriods([second, first]);
    expect(periods.map((p) => [p.id, p.begin, p.end])).toEqual([
      [first.id, '2023-01-01', '2024-02-29'],
      [second.id, '2024-03-01', null],
    ]);
    expect(aidOn(deriveAidPeriods([first, second]), '2024-01-15').map((p) => p.id)).toEqual([
      first.id,
    ]);
  });

  it('two CPAS stay two aid periods, even on the same days', () => {
    const ours = form('RIS', 'B', '2024-01-01', null);
    const theirs = form('RIS', 'B', '2023-01-01', null, { cpas: BXL });
    const { periods } = deriveAidPeriods([ours, theirs]);
    expect(periods.map((p) => [p.cpas.name, p.end])).toEqual([
      ['CPAS de Bruxelles', null],
      ['CPAS de Liège', null],
    ]);
    expect(aidOn({ periods, stops: [], looseIds: [] }, '2024-05-01')).toHaveLength(2);
  });

  it('recalculated shorter than declared: the aid runs over the recalculated period, the declared kept behind', () => {
    const b = form('RIS', 'B', '2023-04-01', '2023-09-30', { declared: ['2023-02-15', null] });
    const [aid] = deriveAidPeriods([b]).periods;
    expect(aid).toMatchObject({ begin: '2023-04-01', end: '2023-09-30' });
    expect(aid!.declared).toEqual({ begin: '2023-02-15', end: null });
  });

  it('incomplete dates are read at their widest, and the aid says so', () => {
    const b = form('LOI65', 'B1', '2021-03', '2022');
    const c = form('LOI65', 'C', '2023-02', null);
    const { periods, stops } = deriveAidPeriods([b, c]);
    expect(periods[0]).toMatchObject({ begin: '2021-03-01', end: '2022-12-31', incomplete: true });
    expect(stops[0]!.date).toBe('2023-02-01');
    expect(stops[0]!.endsAid).toBeNull();
  });

  it('partner and main beneficiary are separate aid, each ended by its own stop', () => {
    const main = form('LOI65', 'B1', '2023-06-01', null);
    const partner = form('LOI65', 'B1', '2023-06-01', null, { role: 'PARTNER' });
    const stopPartner = form('LOI65', 'C', '2024-01-01', null, { role: 'PARTNER' });
    const { periods } = deriveAidPeriods([main, partner, stopPartner]);
    const byRole = Object.fromEntries(periods.map((p) => [p.role, p]));
    expect(byRole.MAIN_BENEFICIARY).toMatchObject({ end: null, stopId: null });
    expect(byRole.PARTNER).toMatchObject({ end: '2023-12-31', stopId: stopPartner.id });
  });

  it('claims sit in the aid that holds their first day; others are loose', () => {
    const b = form('RIS', 'B', '2024-01-01', '2024-06-30');
    const inside = form('RIS', 'D', '2024-02-01', '2024-02-29');
    const outside = form('RIS', 'D', '2024-08-01', '2024-08-31');
    const otherCpas = form('RIS', 'D', '2024-02-01', '2024-02-29', { cpas: BXL });
    const { periods, looseIds } = deriveAidPeriods([b, inside, outside, otherCpas]);
    expect(periods[0]!.claimIds).toEqual([inside.id]);
    expect(looseIds).toEqual([otherCpas.id, outside.id]);
  });

  it('ignores items of other lanes', () => {
    expect(deriveAidPeriods([item({ lane: 'piis' })]).periods).toEqual([]);
  });
});

describe('helpers', () => {
  it('shiftDay crosses months and leap days', () => {
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDay('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('cpasShortName drops the kind in front of the name', () => {
    expect(cpasShortName(LIEGE)).toBe('Liège');
    expect(cpasShortName({ id: '1', name: 'OCMW Gent' })).toBe('Gent');
    expect(cpasShortName({ id: '1', name: 'ÖSHZ Sankt Vith' })).toBe('Sankt Vith');
    expect(cpasShortName({ id: '0212', name: '' })).toBe('0212');
  });
});
