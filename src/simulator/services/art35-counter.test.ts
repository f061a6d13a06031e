// The art. 35 counter: cycles of 72 months, days summed and capped at 1096.
import { describe, expect, it } from 'vitest';
import { demoPersona, type Art35Record } from '../personas';
import { art35Counter, ART35_MAX_DAYS } from './art35-counter';

const exemption = (begin: string, end: string): Art35Record => ({
  begin,
  end,
  kind: 'ART35_1',
  cpas: '0207777760',
  reference: `A35-${begin}`,
  entryDate: begin,
});

describe('art35Counter', () => {
  it('is null for a person who never had an exemption', () => {
    expect(art35Counter([])).toBeNull();
  });

  it('sums the days of the cycle, whatever the order of the records', () => {
    expect(
      art35Counter([exemption('2024-01-01', '2024-12-31'), exemption('2021-03-01', '2021-12-31')]),
    ).toEqual({ firstExemptionDate: '2021-03-01', exemptedDays: 306 + 366 });
  });

  it('starts a new cycle with an exemption 72 months or more after the cycle began', () => {
    expect(
      art35Counter([exemption('2015-03-01', '2015-03-31'), exemption('2021-02-28', '2021-03-01')]),
    ).toEqual({ firstExemptionDate: '2015-03-01', exemptedDays: 31 + 2 });
    expect(
      art35Counter([exemption('2015-03-01', '2015-03-31'), exemption('2021-03-01', '2021-03-02')]),
    ).toEqual({ firstExemptionDate: '2021-03-01', exemptedDays: 2 });
  });

  it('caps the days at 1096', () => {
    expect(
      art35Counter([exemption('2016-01-01', '2017-12-31'), exemption('2018-01-01', '2019-12-31')]),
    ).toEqual({ firstExemptionDate: '2016-01-01', exemptedDays: ART35_MAX_DAYS });
  });

  it('follows the demo persons', () => {
    expect(art35Counter(demoPersona('art35-exemption').history!.art35)).toEqual({
      firstExemptionDate: '2021-03-01',
      exemptedDays: 306 + 365 + 366,
    });
    // Two cycles of 36 monthly exemptions: the second, from 2015, is the current one, and full.
    expect(art35Counter(demoPersona('heavy-history').history!.art35)).toEqual({
      firstExemptionDate: '2015-01-01',
      exemptedDays: ART35_MAX_DAYS,
    });
  });
});
