import { describe, expect, it } from 'vitest';
import { dateOf, item } from '../../test-support/builders';
import { defaultSituationDate, inForceOn, situationOn } from './situation';

describe('situationOn', () => {
  it('lists what held on the day, aid with its CPAS, a PIIS in its prolongation', () => {
    const b = item({
      lane: 'forms',
      subLane: 'RIS',
      code: 'B',
      begin: '2024-03-01',
      end: null,
      details: [
        { key: 'sendingCpas', kind: 'organisation', id: '0207777760', name: 'CPAS de Liège' },
      ],
    });
    const nationality = item({
      lane: 'residence',
      subLane: 'nationality',
      begin: '1987',
      end: null,
    });
    const oldMunicipality = item({
      lane: 'residence',
      subLane: 'municipality',
      begin: '1987-04-12',
      end: '2009-05-31',
    });
    const piis = item({
      lane: 'piis',
      begin: '2023-05-01',
      end: '2024-04-30',
      details: [
        {
          key: 'extension',
          kind: 'period',
          begin: dateOf('2024-05-01'),
          end: dateOf('2025-10-31'),
        },
      ],
    });
    const situation = situationOn([b, nationality, oldMunicipality, piis], '2025-03-15');
    expect(situation.aid.map((a) => a.cpas.name)).toEqual(['CPAS de Liège']);
    expect(situation.nationality).toEqual([nationality]);
    expect(situation.municipality).toEqual([]);
    expect(situation.piis).toEqual([piis]);
    expect(situationOn([piis], '2025-11-01').piis).toEqual([]);
  });

  it('reads incomplete dates at their widest', () => {
    expect(inForceOn(item({ begin: '2021-03', end: '2021' }), '2021-12-31')).toBe(true);
    expect(inForceOn(item({ begin: '2021-03', end: '2021' }), '2021-02-28')).toBe(false);
  });

  it('opens on the end of the requested period, or today when earlier', () => {
    expect(defaultSituationDate({ from: '2020-01-01', to: '2024-12-31' }, '2025-05-12')).toBe(
      '2024-12-31',
    );
    expect(defaultSituationDate({ from: '2020-01-01', to: '2026-12-31' }, '2025-05-12')).toBe(
      '2025-05-12',
    );
  });
});

describe('formInForceOn', () => {
  it('reads a stop on its day only and a decision over its aid', async () => {
    const { formInForceOn } = await import('./forms-lane');
    const { deriveAidPeriods } = await import('../domain/aid-periods');
    const liege = {
      key: 'sendingCpas' as const,
      kind: 'organisation' as const,
      id: '0207777760',
      name: 'CPAS de Liège',
    };
    const b = item({
      lane: 'forms',
      subLane: 'RIS',
      code: 'B',
      begin: '2019-05-01',
      end: null,
      details: [liege],
    });
    const c = item({
      lane: 'forms',
      subLane: 'RIS',
      code: 'C',
      begin: '2020-01-01',
      end: null,
      details: [liege],
    });
    const inForce = formInForceOn(deriveAidPeriods([b, c]));
    expect(inForce(c, '2025-03-15')).toBe(false);
    expect(inForce(c, '2020-01-01')).toBe(true);
    expect(inForce(b, '2019-12-31')).toBe(true);
    expect(inForce(b, '2020-01-01')).toBe(false);
  });
});
