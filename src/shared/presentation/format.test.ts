import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDetailValue,
  formatInquiryDate,
  formatInquiryPeriod,
  formatNiss,
  formatOrganisationId,
  formatTimestamp,
} from './format';
import { translator } from '../../test-support/translator';

describe('formatInquiryDate', () => {
  it('writes a complete date dd/mm/yyyy', () => {
    expect(formatInquiryDate({ value: '2024-03-05', precision: 'day' })).toBe('05/03/2024');
  });

  it('keeps an incomplete date visibly incomplete', () => {
    expect(formatInquiryDate({ value: '2019-07', precision: 'month' })).toBe('07/2019');
    expect(formatInquiryDate({ value: '2019', precision: 'year' })).toBe('2019');
  });
});

describe('formatInquiryPeriod', () => {
  it('joins both ends, or says an open period is ongoing, in the UI language', async () => {
    const fr = await translator('fr');
    const nl = await translator('nl');
    const begin = { value: '2023-02-15', precision: 'day' as const };
    expect(formatInquiryPeriod(begin, { value: '2023-12', precision: 'month' }, fr)).toBe(
      '15/02/2023 – 12/2023',
    );
    expect(formatInquiryPeriod(begin, null, fr)).toBe('depuis le 15/02/2023, en cours');
    expect(formatInquiryPeriod(begin, null, nl)).toBe('sinds 15/02/2023, lopend');
  });
});

describe('formatDetailValue', () => {
  it('formats every kind of detail', async () => {
    const t = await translator('fr');
    const de = await translator('de');
    expect(formatDetailValue({ key: 'reference', kind: 'text', text: 'R/1' }, 'fr', t)).toBe('R/1');
    expect(
      formatDetailValue(
        {
          key: 'origin',
          kind: 'localized',
          text: { fr: 'Registre national', nl: 'Rijksregister', de: 'Nationalregister' },
        },
        'nl',
        t,
      ),
    ).toBe('Rijksregister');
    expect(
      formatDetailValue(
        { key: 'decisionDate', kind: 'date', date: { value: '2024-02-20', precision: 'day' } },
        'fr',
        t,
      ),
    ).toBe('20/02/2024');
    expect(
      formatDetailValue(
        {
          key: 'declaredPeriod',
          kind: 'period',
          begin: { value: '2024-03-01', precision: 'day' },
          end: null,
        },
        'fr',
        t,
      ),
    ).toBe('depuis le 01/03/2024, en cours');
    expect(formatDetailValue({ key: 'fraud', kind: 'flag', value: true }, 'fr', t)).toBe('oui');
    expect(formatDetailValue({ key: 'blocked', kind: 'flag', value: false }, 'de', de)).toBe(
      'Nein',
    );
    expect(
      formatDetailValue({ key: 'parentNiss', kind: 'niss', niss: '85073003328' }, 'fr', t),
    ).toBe('85.07.30-033.28');
    expect(
      formatDetailValue(
        { key: 'sendingCpas', kind: 'organisation', id: '0207777760', name: 'CPAS de Liège' },
        'fr',
        t,
      ),
    ).toBe('CPAS de Liège (0207.777.760)');
    expect(
      formatDetailValue(
        { key: 'organisation', kind: 'organisation', id: 'C1201', name: 'Centre Fedasil' },
        'fr',
        t,
      ),
    ).toBe('Centre Fedasil (C1201)');
  });
});

describe('identifiers and timestamps', () => {
  it('formats a valid NISS and leaves anything else as received', () => {
    expect(formatNiss('85073003328')).toBe('85.07.30-033.28');
    expect(formatNiss('12345678901')).toBe('12345678901');
  });

  it('formats a CBE number, not a centre code', () => {
    expect(formatOrganisationId('0207777760')).toBe('0207.777.760');
    expect(formatOrganisationId('I6206')).toBe('I6206');
  });

  it('writes a timestamp in local time, dd/mm/yyyy hh:mm', () => {
    const local = new Date(2025, 4, 12, 14, 32).toISOString();
    expect(formatTimestamp(local)).toBe('12/05/2025 14:32');
    expect(formatTimestamp('not a date')).toBe('not a date');
  });

  it('writes a timestamp’s local day, dd/mm/yyyy', () => {
    expect(formatDay(new Date(2025, 4, 12, 23, 59).toISOString())).toBe('12/05/2025');
    expect(formatDay('not a date')).toBe('not a date');
  });
});
