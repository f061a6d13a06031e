// The extract's grouping: reading order, current values before history, unknown and malformed types kept, the timeline's rows.
import { describe, expect, it } from 'vitest';
import type { InformationTypeEntry } from '../domain/supplements';
import {
  extractTimeline,
  fieldForDisplay,
  fieldValue,
  groupExtract,
  yearTicks,
} from './register-extract-model';

const day = (value: string) => ({ value, precision: 'day' as const });

function entry(partial: Partial<InformationTypeEntry>): InformationTypeEntry {
  const endDate = partial.endDate ?? null;
  return {
    code: '031',
    group: 'Nationalities',
    date: day('2015-03-01'),
    endDate,
    fields: [{ name: 'Nationality', value: '150', label: 'Maroc' }],
    current: endDate === null,
    ...partial,
  };
}

describe('groupExtract', () => {
  it('orders groups residence, nationality, register, organisation, asylum, civil state, household, work, then unknown', () => {
    const codes = ['253', '202', '120', '031', '001', '210', '000', '207', '020', '140', '206'];
    const groups = groupExtract(codes.map((code) => entry({ code })));
    expect(groups.map((g) => g.code)).toEqual([
      '001',
      '020',
      '031',
      '210',
      '207',
      '206',
      '120',
      '140',
      '202',
      '000',
      '253',
    ]);
  });

  it('puts current values first, then history, each latest first', () => {
    const [group] = groupExtract([
      entry({ date: day('2001-01-01'), endDate: day('2010-05-31') }),
      entry({ date: day('2010-06-01'), fields: [{ name: 'Nationality', value: '111' }] }),
      entry({ date: day('2010-06-01'), endDate: day('2019-12-31') }),
    ]);
    expect(group!.current.map((e) => e.date?.value)).toEqual(['2010-06-01']);
    expect(group!.history.map((e) => e.date?.value)).toEqual(['2010-06-01', '2001-01-01']);
  });

  it('treats an entry with an end date as history even if it claims to be current', () => {
    const [group] = groupExtract([entry({ endDate: day('2020-01-01'), current: true })]);
    expect(group!.current).toHaveLength(0);
    expect(group!.history).toHaveLength(1);
  });

  it('keeps a type the app does not know, by its code and xm25 group, with its fields as they came', () => {
    const groups = groupExtract([
      entry({
        code: '999',
        group: 'FutureType',
        date: null,
        fields: [{ name: 'Value.Date', value: '2026-11-30' }],
      }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      code: '999',
      known: false,
      xmlGroups: ['FutureType'],
      label: { fr: 'TI 999' },
    });
    expect(groups[0]!.current[0]!.fields).toEqual([{ name: 'Value.Date', value: '2026-11-30' }]);
    expect(groupExtract([entry({ code: '031' })])[0]!.known).toBe(true);
  });

  it('does not throw on malformed entries (no code, no fields, odd dates)', () => {
    const broken = [
      { group: 'Strange' },
      { code: '999', fields: undefined, date: { value: 'garbage', precision: 'day' } },
      { code: '998', fields: [{ name: 'A' }], date: null, endDate: null },
    ] as unknown as InformationTypeEntry[];
    const groups = groupExtract(broken);
    expect(groups.map((g) => g.code).sort()).toEqual(['998', '999', '?']);
    expect(groups.every((g) => !g.known)).toBe(true);
    expect(groups.find((g) => g.code === '998')!.current[0]!.fields).toEqual([
      { name: 'A', value: '' },
    ]);
    expect(() => extractTimeline(groups, '2026-11-30T10:00:00Z')).not.toThrow();
  });
});

describe('fieldForDisplay', () => {
  it('names the field in the language asked, decodes bare codes and writes dates the Belgian way', () => {
    expect(fieldForDisplay({ name: 'NationalNumber.Sex', value: '2' }, 'de')).toEqual({
      label: 'Geschlecht',
      value: 'Frau',
    });
    expect(fieldForDisplay({ name: 'NationalNumber.Date', value: '1987-04-12' }, 'fr')).toEqual({
      label: 'Date de naissance',
      value: '12/04/1987',
    });
    expect(fieldForDisplay({ name: 'Value.Date', value: '1987-04-00' }, 'nl').value).toBe(
      '04/1987',
    );
    expect(fieldForDisplay({ name: 'Value.Date', value: '1987-00-00' }, 'nl').value).toBe('1987');
    expect(fieldForDisplay({ name: 'Residence', value: '62063', label: 'Liège' }, 'fr')).toEqual({
      label: 'Commune',
      value: '62063 – Liège',
    });
    expect(fieldForDisplay({ name: 'Language', value: '1' }, 'nl').value).toBe('Frans');
    expect(
      fieldForDisplay({ name: 'NationalNumber.NationalNumber', value: '87041214292' }, 'fr').value,
    ).toBe('87.04.12-142.92');
  });
});

describe('fieldValue', () => {
  it('shows the register label beside the code, once', () => {
    expect(fieldValue({ name: 'Nationality', value: '150', label: 'Maroc' })).toBe('150 – Maroc');
    expect(fieldValue({ name: 'ZipCode', value: '4000' })).toBe('4000');
    expect(fieldValue({ name: 'X', value: 'Same', label: 'Same' })).toBe('Same');
  });
});

describe('extractTimeline', () => {
  it('has one row per dated type, incomplete dates spanning their month or year, open periods to the consultation', () => {
    const groups = groupExtract([
      entry({ code: '001', date: { value: '2019-07', precision: 'month' } }),
      entry({
        code: '031',
        date: { value: '2012', precision: 'year' },
        endDate: { value: '2018', precision: 'year' },
      }),
      entry({ code: '253', date: null }),
    ]);
    const timeline = extractTimeline(groups, '2026-11-30T10:00:00Z');
    expect(timeline.rows.map((r) => r.code)).toEqual(['001', '031']);
    expect(timeline.rows[0]!.periods).toEqual([{ start: '2019-07-01', end: null, current: true }]);
    expect(timeline.rows[1]!.periods).toEqual([
      { start: '2012-01-01', end: '2018-12-31', current: false },
    ]);
    expect(timeline.from).toBe('2012-01-01');
    expect(timeline.to).toBe('2026-11-30');
  });

  it('is empty when nothing is dated', () => {
    expect(extractTimeline(groupExtract([entry({ date: null })]), '2026-01-01')).toEqual({
      rows: [],
      from: null,
      to: null,
    });
  });

  it('thins the year ticks of a long span', () => {
    expect(yearTicks('2019-03-01', '2022-01-01')).toEqual([2020, 2021, 2022]);
    expect(yearTicks('1960-01-01', '2026-01-01').length).toBeLessThanOrEqual(9);
  });
});
