// Reading ListOfAttestation replies by the wire names alone: no addition of ours needed, Duration read from
// DecisionDate (or EntryDate), PIIS rows grouped by Reference, GpmiPiis and ExonerationArt35 at reply level.
import { describe, expect, it } from 'vitest';
import { readAttestationItems, type AttestationRequestType } from './list-of-attestation';
import { ANSWER_LIMITS } from './answer-limits';
import { readDocument } from './answer-reader';
import { children, optionalChild } from './xml';

const WHOLE = { from: '1990-01-01', to: '2030-12-31' };

/** A reply as the real service writes it: prefixed, qualified, GpmiPiis's dates unqualified. */
function reply(inner: string) {
  const xml =
    `<ns3:ListOfAttestationsReply xmlns:ns3="http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests">` +
    `${inner}</ns3:ListOfAttestationsReply>`;
  const payload = readDocument(xml, {
    element: {
      namespace: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests',
      name: 'ListOfAttestationsReply',
    },
    namespaces: [],
    repeated: ['Attestation'],
    limits: ANSWER_LIMITS.ListOfAttestation,
  });
  return {
    attestations: children(payload, 'Attestation'),
    exonerationArt35: optionalChild(payload, 'ExonerationArt35'),
    gpmiPiis: optionalChild(payload, 'GpmiPiis'),
  };
}

function row(fields: {
  type: string;
  entry?: string;
  decision?: string;
  duration?: [number, number, number] | null;
  reference?: string;
  extra?: string;
}): string {
  const [days, weeks, months] = fields.duration ?? [0, 0, 0];
  return (
    '<ns3:Attestation>' +
    '<ns3:SocialSecurityUser>85073003328</ns3:SocialSecurityUser>' +
    '<ns3:CPAS_KBOBCE_code>0207777760</ns3:CPAS_KBOBCE_code>' +
    `<ns3:EntryDate>${fields.entry ?? '2020-01-15'}</ns3:EntryDate>` +
    `<ns3:AttestType><ns3:Code>${fields.type}</ns3:Code><ns3:Description>Libellé / Omschrijving</ns3:Description></ns3:AttestType>` +
    (fields.duration === null
      ? ''
      : `<ns3:Duration><ns3:Days>${days}</ns3:Days><ns3:Weeks>${weeks}</ns3:Weeks><ns3:Months>${months}</ns3:Months></ns3:Duration>`) +
    (fields.decision ? `<ns3:DecisionDate>${fields.decision}</ns3:DecisionDate>` : '') +
    (fields.reference ? `<ns3:Reference>${fields.reference}</ns3:Reference>` : '') +
    (fields.extra ?? '') +
    '</ns3:Attestation>'
  );
}

const read = (type: AttestationRequestType, inner: string, period = WHOLE) =>
  readAttestationItems(type, reply(inner), period);
const spans = (items: ReturnType<typeof read>) =>
  items.map((i) => [i.begin.value, i.end?.value ?? null]);

describe('readAttestationItems', () => {
  it('reads a row without any addition of ours: the CPAS by its CBE number, no legal basis', () => {
    const [item] = read(
      'PRIME_INSTALLATION',
      row({ type: '7', decision: '2023-05-10', duration: [1, 0, 0] }),
    );
    expect(item).toMatchObject({
      id: 'installationPremium-0',
      lane: 'installationPremium',
      begin: { value: '2023-05-10', precision: 'day' },
      end: { value: '2023-05-10', precision: 'day' },
      code: '7',
      label: { fr: 'Libellé', nl: 'Omschrijving', de: 'Libellé' },
      source: 'ListOfAttestation',
    });
    expect(item!.details.map((d) => d.key)).toEqual(['origin', 'cpas']);
    expect(item!.details[1]).toEqual({
      key: 'cpas',
      kind: 'organisation',
      id: '0207777760',
      name: '0207777760',
    });
  });

  it('uses CPAS_Name and LegalBasis when they are there', () => {
    const [item] = read(
      'PRIME_INSTALLATION',
      row({
        type: '7',
        decision: '2023-05-10',
        duration: [1, 0, 0],
        extra: '<ns3:CPAS_Name>CPAS de Liège</ns3:CPAS_Name><ns3:LegalBasis>RIS</ns3:LegalBasis>',
      }),
    );
    expect(item!.details.map((d) => d.key)).toEqual(['origin', 'legalBasis', 'cpas']);
    expect(item!.details[2]).toMatchObject({ name: 'CPAS de Liège' });
  });

  it('begins on DecisionDate, or EntryDate without one; no Duration, or all zero, is open', () => {
    expect(
      spans(
        read(
          'EXONERATIONS',
          row({ type: 'A', entry: '2021-01-01', duration: [0, 0, 12] }) +
            row({ type: 'A', entry: '2021-02-10', decision: '2022-01-31', duration: [1, 0, 1] }) +
            row({ type: 'A', entry: '2023-01-01', duration: null }) +
            row({ type: 'A', entry: '2024-01-01' }),
        ),
      ),
    ).toEqual([
      ['2021-01-01', '2021-12-31'],
      ['2022-01-31', '2022-02-28'],
      ['2023-01-01', null],
      ['2024-01-01', null],
    ]);
  });

  it('keeps the rows that overlap the inquiry period', () => {
    const items = read(
      'EXONERATIONS',
      row({ type: 'A', decision: '2021-01-01', duration: [0, 0, 12] }) +
        row({ type: 'A', decision: '2022-01-01', duration: [0, 0, 12] }),
      { from: '2022-06-01', to: '2022-06-30' },
    );
    expect(spans(items)).toEqual([['2022-01-01', '2022-12-31']]);
    expect(items[0]!.id).toBe('artistic-0');
  });

  it('GPMI_PIIS: groups the rows by Reference, the later ones the prolongation', () => {
    const items = read(
      'GPMI_PIIS',
      `<ns3:GpmiPiis hasAttestation="true"><ns3:period><StartDate>2024-09-01</StartDate></ns3:period></ns3:GpmiPiis>` +
        row({ type: 'S', decision: '2023-09-01', duration: [0, 0, 12], reference: 'P1' }) +
        row({ type: 'S', decision: '2022-09-01', duration: [0, 0, 12], reference: 'P1' }) +
        row({ type: 'S', decision: '2024-09-01', reference: 'P2' }),
    );
    expect(spans(items)).toEqual([
      ['2022-09-01', '2023-08-31'],
      ['2024-09-01', null],
    ]);
    expect(items[0]!.details.map((d) => d.key)).toEqual(['origin', 'extension', 'cpas']);
    expect(items[0]!.details[1]).toEqual({
      key: 'extension',
      kind: 'period',
      begin: { value: '2023-09-01', precision: 'day' },
      end: { value: '2024-08-31', precision: 'day' },
    });
    expect(items[1]!.details.map((d) => d.key)).toEqual(['origin', 'cpas']);
  });

  it('GPMI_PIIS: shows GpmiPiis itself when no row has its period, and nothing when hasAttestation is false', () => {
    const items = read(
      'GPMI_PIIS',
      `<ns3:GpmiPiis hasAttestation="true">` +
        `<ns3:period><StartDate>2024-03-01</StartDate><EndDate>2025-02-28</EndDate></ns3:period>` +
        `<ns3:prolongationPeriod><StartDate>2025-03-01</StartDate><EndDate>2025-08-31</EndDate></ns3:prolongationPeriod>` +
        `</ns3:GpmiPiis>`,
    );
    expect(spans(items)).toEqual([['2024-03-01', '2025-02-28']]);
    expect(items[0]).toMatchObject({ code: 'GPMI_PIIS', lane: 'piis' });
    expect(items[0]!.details.map((d) => d.key)).toEqual(['origin', 'extension']);
    expect(read('GPMI_PIIS', '<ns3:GpmiPiis hasAttestation="false"/>')).toEqual([]);
  });

  it('EXONERATIONSART35: every item carries the counter of ExonerationArt35', () => {
    const items = read(
      'EXONERATIONSART35',
      `<ns3:ExonerationArt35 hasExoneration="true"><ns3:FirstExonerationDate>2021-03-01</ns3:FirstExonerationDate>` +
        `<ns3:PaymentExoneratedDays>123</ns3:PaymentExoneratedDays></ns3:ExonerationArt35>` +
        row({ type: '1', decision: '2021-03-01', duration: [0, 0, 2] }) +
        row({ type: '1', decision: '2022-03-01', duration: [3, 0, 0] }),
    );
    expect(spans(items)).toEqual([
      ['2021-03-01', '2021-04-30'],
      ['2022-03-01', '2022-03-03'],
    ]);
    for (const item of items) {
      expect(item.details.slice(1, 3)).toEqual([
        { key: 'firstExemption', kind: 'date', date: { value: '2021-03-01', precision: 'day' } },
        { key: 'exemptedDays', kind: 'text', text: '123 / 1096' },
      ]);
    }
  });

  it('refuses a row whose dates or Duration are not what the wire says', () => {
    expect(() =>
      read('EXONERATIONS', row({ type: 'A', decision: '2021-13', duration: [1, 0, 0] })),
    ).toThrow(/DecisionDate/);
    expect(() =>
      read(
        'EXONERATIONS',
        row({ type: 'A', decision: '2021-01-01' }).replace('<ns3:Days>0', '<ns3:Days>-1'),
      ),
    ).toThrow(/Duration/);
  });
});
