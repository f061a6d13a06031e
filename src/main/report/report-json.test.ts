import { describe, expect, it } from 'vitest';
import {
  INQUIRY_JSON_FORMAT,
  INQUIRY_JSON_VERSION,
  InquiryJsonInvalid,
  readInquiryJson,
  renderInquiryJson,
} from './report-json';
import { inquiry, item, missingSection } from '../../test-support/builders';
import { reportMissingSections } from './report-model';
import { HOSTILE } from '../../test-support/report-context';

const by = { cpasName: 'CPAS de Liège', cbe: '0207777760', investigator: 'Claire Dumont' };
const at = new Date('2026-11-23T15:00:00Z');

describe('inquiry JSON archive', () => {
  const subject = inquiry(
    [
      item({ lane: 'residence', subLane: 'register', begin: '2019', end: '2020-03' }),
      item({
        lane: 'forms',
        subLane: 'RIS',
        end: null,
        label: { fr: HOSTILE.script, nl: HOSTILE.quote, de: HOSTILE.formula },
        markers: { blocked: true, fraud: true, role: 'PARTNER', parentProcedure: false },
        details: [
          { key: 'origin', kind: 'localized', text: { fr: 'SPP IS', nl: 'POD MI', de: 'ÖPD' } },
          { key: 'decisionDate', kind: 'date', date: { value: '2024-01', precision: 'month' } },
          {
            key: 'recalculatedPeriod',
            kind: 'period',
            begin: { value: '2024-01-01', precision: 'day' },
            end: null,
          },
          { key: 'fraud', kind: 'flag', value: true },
          { key: 'parentNiss', kind: 'niss', niss: '85073003328' },
          { key: 'sendingCpas', kind: 'organisation', id: '0207777760', name: 'CPAS de Liège' },
          { key: 'reference', kind: 'text', text: 'R-1' },
        ],
      }),
    ],
    {
      answerVersion: 1,
      calls: [
        { service: 'SocialInquiry', ticket: 't-1', ticketCBSS: 'c-1' },
        { service: 'ListOfAttestation', ticket: 't-2', ticketCBSS: null, requestType: 'GPMI_PIIS' },
      ],
    },
  );

  it('round-trips to the same model, tickets included, with its format and version', () => {
    const text = renderInquiryJson(subject, by, at);
    const archive = readInquiryJson(text);
    expect(archive.inquiry).toEqual(subject);
    expect(archive).toMatchObject({
      format: INQUIRY_JSON_FORMAT,
      formatVersion: INQUIRY_JSON_VERSION,
      exportedAt: '2026-11-23T15:00:00.000Z',
      exportedBy: by,
    });
    expect(JSON.parse(text).inquiry.calls[1].requestType).toBe('GPMI_PIIS');
  });

  it('still reads an archive made before the art. 35 counter, with its months-used detail', () => {
    const before = inquiry([
      item({
        lane: 'art35',
        details: [{ key: 'monthsUsed', kind: 'text', text: '12' }],
      }),
    ]);
    expect(readInquiryJson(renderInquiryJson(before, by, at)).inquiry).toEqual(before);
  });

  it('refuses what is not exactly a known version of it', () => {
    const good = JSON.parse(renderInquiryJson(subject, by, at));
    const refuse = (mutate: (archive: typeof good) => void) => {
      const copy = structuredClone(good);
      mutate(copy);
      return () => readInquiryJson(JSON.stringify(copy));
    };
    expect(() => readInquiryJson('{not json')).toThrow(InquiryJsonInvalid);
    expect(refuse((a) => (a.formatVersion = 3))).toThrow(/formatVersion 3/);
    expect(refuse((a) => (a.format = 'other'))).toThrow(InquiryJsonInvalid);
    expect(refuse((a) => (a.inquiry.items[0].begin.value = '2019-13-45'))).toThrow(
      /items\.0\.begin/,
    );
    expect(refuse((a) => (a.inquiry.items[0].lane = 'elsewhere'))).toThrow(/items\.0\.lane/);
    expect(refuse((a) => (a.inquiry.items[1].details[0].kind = 'script'))).toThrow(
      InquiryJsonInvalid,
    );
    expect(refuse((a) => (a.inquiry.extra = true))).toThrow(InquiryJsonInvalid);
    expect(refuse((a) => delete a.inquiry.calls)).toThrow(/calls/);
  });

  it('keeps the missing sections, with their notice in the export’s language', () => {
    const partial = { ...subject, missing: [missingSection('GPMI_PIIS')] };
    const text = renderInquiryJson(partial, by, at, reportMissingSections(partial, 'nl'));
    const archive = readInquiryJson(text);
    expect(archive.inquiry).toEqual(partial);
    expect(archive.missingSections).toEqual([
      {
        lane: 'piis',
        requestType: 'GPMI_PIIS',
        notice:
          'GPMI: niet beschikbaar — de KSZ heeft niet geantwoord; vraag deze rubriek opnieuw in de toepassing',
        reason: expect.stringMatching(/^Oorzaak: .*tijdelijk onbeschikbaar/),
      },
    ]);
    // A complete inquiry's archive has neither.
    const complete = JSON.parse(renderInquiryJson(subject, by, at));
    expect(complete.missingSections).toBeUndefined();
    expect(complete.inquiry.missing).toBeUndefined();
    // A missing section of an unknown request type or lane is refused.
    const bad = JSON.parse(text);
    bad.inquiry.missing[0].requestType = 'STATUT65';
    expect(() => readInquiryJson(JSON.stringify(bad))).toThrow(/missing\.0\.requestType/);
  });

  it('still reads an archive of version 1, made before sections could be missing', () => {
    const old = { ...JSON.parse(renderInquiryJson(subject, by, at)), formatVersion: 1 };
    expect(readInquiryJson(JSON.stringify(old)).inquiry).toEqual(subject);
  });

  it('reads a file that a Windows editor saved with a BOM', () => {
    expect(readInquiryJson(`\uFEFF${renderInquiryJson(subject, by, at)}`).inquiry).toEqual(subject);
  });
});
