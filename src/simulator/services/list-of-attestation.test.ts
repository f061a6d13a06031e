// ListOfAttestation through the SSDN connector: valid envelopes both ways, each request type, the same facts as Social Inquiry version 2, the codes.
// (The wire as CPAS software writes it, by hand: list-of-attestation.wire.test.ts.)
import { describe, expect, it } from 'vitest';
import { attestationEnd } from '../../shared/domain/attestation-duration';
import { DEMO_PERSONAS, demoPersona, PersonaRegistry, REPLACEMENT_NISS } from '../personas';
import { REQUEST_TYPES, listOfAttestationHandler } from './list-of-attestation';
import { NS, validateXml } from './schemas';
import { socialInquiryService } from './social-inquiry';
import { ssdnConnectorService, SSDN_SEND_XML_ACTION } from './ssdn';
import {
  askListOfAttestation,
  askSocialInquiry,
  expectFault,
  inquiryStatus,
  responseXml,
  sendXmlEnvelope,
  soapRequest,
  ssdnReplyXml,
  ssdnRequestXml,
  WHOLE_HISTORY,
} from '../../test-support/simulator-services';
import { child, childrenNamed, parseXml, type XmlElement } from './xml';

const registry = new PersonaRegistry(DEMO_PERSONAS);
const ssdn = ssdnConnectorService({ handlers: [listOfAttestationHandler(registry)] });
const inquiry = socialInquiryService({ registry });

interface ParsedReply {
  contextOk: string;
  contextCodes: string[];
  serviceOk: string | undefined;
  serviceCodes: string[];
  information: Record<string, string>;
  rows: XmlElement[];
  /** The NISS the rows name (one, or none without rows). */
  finalSsin: string | undefined;
  exonerationArt35: XmlElement | undefined;
  gpmiPiis: XmlElement | undefined;
  ticket: string | undefined;
}

function parseReply(xml: string): ParsedReply {
  const root = parseXml(xml);
  const context = child(root, 'ReplyContext', NS.ssdnService)!;
  const summary = (e: XmlElement | undefined) =>
    e ? child(e, 'ResultSummary', NS.ssdnCommon) : undefined;
  const codes = (s: XmlElement | undefined) =>
    s
      ? childrenNamed(s, 'Detail', NS.ssdnCommon).map(
          (d) => child(d, 'ReasonCode', NS.ssdnCommon)?.text ?? '',
        )
      : [];
  const service = child(root, 'ServiceReply', NS.ssdnService);
  const information: Record<string, string> = {};
  for (const d of summary(service)
    ? childrenNamed(summary(service)!, 'Detail', NS.ssdnCommon)
    : []) {
    for (const i of childrenNamed(d, 'Information', NS.ssdnCommon)) {
      information[child(i, 'FieldName', NS.ssdnCommon)?.text ?? ''] =
        child(i, 'FieldValue', NS.ssdnCommon)?.text ?? '';
    }
  }
  const payload = service && child(service, 'ListOfAttestationsReply', NS.manageAttests);
  const message = child(context, 'Message', NS.ssdnService);
  const rows = payload ? childrenNamed(payload, 'Attestation', NS.manageAttests) : [];
  const ssins = new Set(rows.map((r) => text(r, 'SocialSecurityUser')));
  expect(ssins.size).toBeLessThanOrEqual(1);
  return {
    contextOk: summary(context)?.attributes['ok'] ?? '',
    contextCodes: codes(summary(context)),
    serviceOk: summary(service)?.attributes['ok'],
    serviceCodes: codes(summary(service)),
    information,
    rows,
    finalSsin: [...ssins][0],
    exonerationArt35: payload && child(payload, 'ExonerationArt35', NS.manageAttests),
    gpmiPiis: payload && child(payload, 'GpmiPiis', NS.manageAttests),
    ticket: message ? child(message, 'Ticket', NS.ssdnService)?.text : undefined,
  };
}

const L = NS.manageAttests;
function text(e: XmlElement | undefined, local: string, ns: string = L): string | undefined {
  return e ? child(e, local, ns)?.text : undefined;
}
/** An SSDN Common period (RecalculatedPeriod). */
const dates = (e: XmlElement | undefined) => [
  text(e, 'StartDate', NS.ssdnCommon),
  text(e, 'EndDate', NS.ssdnCommon),
];
/** GpmiPiis's periods: StartDate / EndDate unqualified. */
const unqualifiedDates = (e: XmlElement | undefined) => [
  text(e, 'StartDate', ''),
  text(e, 'EndDate', ''),
];
/** An Attestation's period: from DecisionDate (EntryDate without one), for its Duration; undefined end: open. */
function span(row: XmlElement): [string, string | undefined] {
  const begin = text(row, 'DecisionDate') ?? text(row, 'EntryDate')!;
  const duration = child(row, 'Duration', L);
  const count = (name: string) => Number(text(duration, name) ?? 0);
  const end = attestationEnd(begin, {
    months: count('Months'),
    weeks: count('Weeks'),
    days: count('Days'),
  });
  return [begin, end ?? undefined];
}
const code = (row: XmlElement, element: string) => text(child(row, element, L), 'Code');

async function validReply(
  options: Parameters<typeof askListOfAttestation>[1],
): Promise<ParsedReply> {
  const reply = await askListOfAttestation(ssdn, options);
  const outer = responseXml(reply);
  expect((await validateXml(outer, 'webServiceConnector')).errors).toEqual([]);
  const inner = ssdnReplyXml(reply);
  expect((await validateXml(inner, ['ssdn', 'manageAttests'])).errors).toEqual([]);
  return parseReply(inner);
}

describe.concurrent('each request type', () => {
  const cases: Record<(typeof REQUEST_TYPES)[number], string> = {
    FORMULAIRES: 'loi65-forms',
    EXONERATIONS: 'artistic-exemption',
    EXONERATIONSART35: 'art35-exemption',
    GPMI_PIIS: 'piis-extension',
    PRIME_INSTALLATION: 'installation-premium',
    STATUT65: 'nationality-change',
  };
  for (const requestType of REQUEST_TYPES) {
    it(`${requestType}: the request and the reply validate, rows come back`, async () => {
      const ssin = demoPersona(cases[requestType]).niss;
      const request = ssdnRequestXml({ ssin, requestType });
      expect((await validateXml(request, ['ssdn', 'manageAttests'])).errors).toEqual([]);
      expect(
        (await validateXml(sendXmlEnvelope(request), ['soapEnvelope', 'webServiceConnector']))
          .errors,
      ).toEqual([]);
      const reply = await validReply({ ssin, requestType });
      expect(reply).toMatchObject({ contextOk: 'YES', serviceOk: 'YES', finalSsin: ssin });
      expect(reply.rows.length).toBeGreaterThan(0);
      for (const row of reply.rows) {
        expect(text(child(row, 'AttestType', L), 'Description')).toMatch(/ \/ /);
      }
    });
  }

  it('FORMULAIRES carries role, blocking, the other CPAS, fraud and the recalculated period', async () => {
    const blocked = await validReply({
      ssin: demoPersona('overlap-blocked').niss,
      requestType: 'FORMULAIRES',
    });
    const mine = blocked.rows.find((r) => text(r, 'CPAS_KBOBCE_code') === '0207777760')!;
    expect(text(mine, 'Status')).toBe('BLOCKED_OVERLAP');
    expect(text(mine, 'OtherCPAS_KBOBCE_code')).toBe('0209999951');
    const theirs = blocked.rows.find((r) => text(r, 'CPAS_KBOBCE_code') === '0209999951')!;
    expect(span(theirs)).toEqual(['2022-01-01', undefined]);
    expect(dates(child(theirs, 'RecalculatedPeriod', L))).toEqual(['2022-01-01', '2024-09-14']);
    expect([code(theirs, 'AttestType'), code(theirs, 'FormType')]).toEqual(['RIS', 'B']);
    const partner = await validReply({
      ssin: demoPersona('couple-partner').niss,
      requestType: 'FORMULAIRES',
    });
    expect(new Set(partner.rows.map((r) => code(r, 'RelationType')))).toEqual(new Set(['PARTNER']));
    expect(text(child(partner.rows[0]!, 'RelationType', L), 'Description')).toBe(
      'Partenaire / Partner',
    );
    const fraud = await validReply({
      ssin: demoPersona('fraud-indication').niss,
      requestType: 'FORMULAIRES',
    });
    expect(fraud.rows.map((r) => [text(r, 'Status'), text(r, 'Fraud')])).toEqual([
      ['ACCEPTED', 'false'],
      ['BLOCKED_A_POSTERIORI', 'true'],
    ]);
  });

  it('GPMI_PIIS: a row per PIIS, a further row with the same Reference for its prolongation, the latest in GpmiPiis', async () => {
    const reply = await validReply({
      ssin: demoPersona('piis-extension').niss,
      requestType: 'GPMI_PIIS',
    });
    expect(reply.rows.map((r) => [text(r, 'Reference'), ...span(r)])).toEqual([
      ['62063/PIIS/2022/00530', '2022-09-01', '2023-08-31'],
      ['62063/PIIS/2022/00530', '2023-09-01', '2024-08-31'],
      ['62063/PIIS/2024/00611', '2024-09-01', undefined],
    ]);
    expect(reply.gpmiPiis?.attributes['hasAttestation']).toBe('true');
    expect(unqualifiedDates(child(reply.gpmiPiis!, 'period', L))).toEqual([
      '2024-09-01',
      undefined,
    ]);
    expect(child(reply.gpmiPiis!, 'prolongationPeriod', L)).toBeUndefined();

    const refugee = await validReply({
      ssin: demoPersona('asylum-to-refugee').niss,
      requestType: 'GPMI_PIIS',
    });
    expect(unqualifiedDates(child(refugee.gpmiPiis!, 'period', L))).toEqual([
      '2023-05-01',
      '2024-04-30',
    ]);
    expect(unqualifiedDates(child(refugee.gpmiPiis!, 'prolongationPeriod', L))).toEqual([
      '2024-05-01',
      '2024-10-31',
    ]);

    const none = await validReply({ ssin: demoPersona('no-data').niss, requestType: 'GPMI_PIIS' });
    expect(none.gpmiPiis?.attributes['hasAttestation']).toBe('false');
    expect(none.gpmiPiis?.children).toEqual([]);
  });

  it('EXONERATIONSART35 carries the counter in ExonerationArt35, whatever the SearchPeriod', async () => {
    const ssin = demoPersona('art35-exemption').niss;
    for (const period of [undefined, { start: '2024-01-01', end: '2024-12-31' }]) {
      const reply = await validReply({
        ssin,
        requestType: 'EXONERATIONSART35',
        ...(period ? { period } : {}),
      });
      expect(reply.exonerationArt35?.attributes['hasExoneration']).toBe('true');
      expect([
        text(reply.exonerationArt35, 'FirstExonerationDate'),
        text(reply.exonerationArt35, 'PaymentExoneratedDays'),
      ]).toEqual(['2021-03-01', '1037']);
      expect(reply.rows).toHaveLength(period ? 1 : 3);
    }
    const none = await validReply({
      ssin: demoPersona('belgian-ris').niss,
      requestType: 'EXONERATIONSART35',
    });
    expect(none.exonerationArt35?.attributes['hasExoneration']).toBe('false');
    expect(none.rows).toEqual([]);
  });

  it('STATUT65 widens incomplete dates and drops 9999 ends', async () => {
    const reply = await validReply({
      ssin: demoPersona('incomplete-dates').niss,
      requestType: 'STATUT65',
    });
    expect(reply.rows.map(span)).toEqual([
      ['2016-03-01', '2017-05-31'],
      ['2017-06-01', undefined],
    ]);
  });

  it('filters on the optional period', async () => {
    const all = await validReply({
      ssin: demoPersona('artistic-exemption').niss,
      requestType: 'EXONERATIONS',
    });
    const some = await validReply({
      ssin: demoPersona('artistic-exemption').niss,
      requestType: 'EXONERATIONS',
      period: { start: '2023-06-01', end: '2024-06-01' },
    });
    expect(all.rows).toHaveLength(4);
    expect(some.rows.map((r) => span(r)[0])).toEqual(['2023-01-01', '2024-01-01']);
  });

  it('accepts the SSDN request in a CDATA section, and carries the ticket', async () => {
    const ticketCBSS = '0f9a3e55-7d0c-4b0e-9a3c-1b7f2f0a4d21';
    const body = sendXmlEnvelope(
      ssdnRequestXml({ ssin: demoPersona('loi65-forms').niss, requestType: 'FORMULAIRES' }),
      { cdata: true, prefix: 'S' },
    );
    const reply = parseReply(
      ssdnReplyXml(await ssdn.handle(soapRequest(body, SSDN_SEND_XML_ACTION, { ticketCBSS }))),
    );
    expect(reply).toMatchObject({ serviceOk: 'YES', ticket: ticketCBSS });
  });
});

describe.concurrent('the same facts as Social Inquiry version 2 (sections 5-8)', () => {
  for (const persona of DEMO_PERSONAS.filter((p) => p.expected.code === 'MSG00000')) {
    it(persona.key, async () => {
      const root = inquiryStatus(
        await askSocialInquiry(inquiry, { ssin: persona.niss, version: 2 }),
      ).root;
      const section = (name: string, item: string) =>
        child(root, name) ? childrenNamed(child(root, name)!, item) : [];
      const si = (e: XmlElement | undefined, local: string) =>
        e ? child(e, local)?.text : undefined;
      const siCpas = (e: XmlElement, local = 'cpas') => [
        si(child(e, local)!, 'cbeNumber'),
        si(child(e, local)!, 'name'),
      ];
      // A GPMI_PIIS request carries no SearchPeriod; the others the period Social Inquiry was asked.
      const loa = async (requestType: string) =>
        parseReply(
          ssdnReplyXml(
            await askListOfAttestation(ssdn, {
              ssin: persona.niss,
              requestType,
              ...(requestType === 'GPMI_PIIS'
                ? {}
                : { period: { start: WHOLE_HISTORY.begin, end: WHOLE_HISTORY.end } }),
            }),
          ),
        );
      const loaCpas = (r: XmlElement) => [text(r, 'CPAS_KBOBCE_code'), text(r, 'CPAS_Name')];

      // PIIS: rows grouped by Reference, the first by start the PIIS, the next its prolongation.
      const piis = await loa('GPMI_PIIS');
      const groups = new Map<string, XmlElement[]>();
      for (const r of piis.rows) {
        const reference = text(r, 'Reference')!;
        groups.set(reference, [...(groups.get(reference) ?? []), r]);
      }
      expect(
        [...groups.values()].map(([first, extension]) => [
          code(first!, 'AttestType'),
          ...span(first!),
          ...(extension ? span(extension) : [undefined, undefined]),
          ...loaCpas(first!),
        ]),
      ).toEqual(
        section('piisLimits', 'piis').map((p) => [
          si(p, 'code'),
          si(p, 'beginDate'),
          si(p, 'endDate'),
          si(child(p, 'extension'), 'beginDate'),
          si(child(p, 'extension'), 'endDate'),
          ...siCpas(p),
        ]),
      );
      const latest = section('piisLimits', 'piis').at(-1);
      expect(piis.gpmiPiis?.attributes['hasAttestation']).toBe(latest ? 'true' : 'false');
      if (latest) {
        expect(unqualifiedDates(child(piis.gpmiPiis!, 'period', L))).toEqual([
          si(latest, 'beginDate'),
          si(latest, 'endDate'),
        ]);
      }

      const art35 = await loa('EXONERATIONSART35');
      expect(art35.rows.map((r) => [code(r, 'AttestType'), ...span(r), ...loaCpas(r)])).toEqual(
        section('art35Exemptions', 'art35Exemption').map((a) => [
          si(a, 'code'),
          si(a, 'beginDate'),
          si(a, 'endDate'),
          ...siCpas(a),
        ]),
      );
      const counter = child(root, 'art35Exemptions');
      expect([
        text(art35.exonerationArt35, 'FirstExonerationDate'),
        text(art35.exonerationArt35, 'PaymentExoneratedDays'),
      ]).toEqual([si(counter, 'firstExemptionDate'), si(counter, 'exemptedDays')]);

      expect((await loa('EXONERATIONS')).rows.map((r) => [...span(r), ...loaCpas(r)])).toEqual(
        section('artisticExemptions', 'artisticExemption').map((a) => [
          si(a, 'beginDate'),
          si(a, 'endDate'),
          ...siCpas(a),
        ]),
      );
      expect(
        (await loa('PRIME_INSTALLATION')).rows.map((r) => [
          ...span(r),
          text(r, 'LegalBasis'),
          ...loaCpas(r),
        ]),
      ).toEqual(
        section('installationPremiums', 'installationPremium').map((p) => [
          si(p, 'beginDate'),
          si(p, 'endDate'),
          si(p, 'legalBasis'),
          ...siCpas(p),
        ]),
      );
      // And FORMULAIRES lists the same forms as section 4, over the same declared periods.
      expect(
        (await loa('FORMULAIRES')).rows.map((r) => [text(r, 'Reference'), ...span(r)]),
      ).toEqual(
        section('forms', 'form').map((f) => [
          si(f, 'reference'),
          si(f, 'beginDate'),
          si(f, 'endDate'),
        ]),
      );
    });
  }
});

describe.concurrent('codes', () => {
  it('person-level codes come back in the ServiceReply', async () => {
    const expectations: [string, string, string][] = [
      ['unknown-niss', 'NO', 'MSG00005'],
      ['cancelled-niss', 'NO', 'MSG00007'],
      ['not-integrated', 'NO', 'MSG00012'],
      ['deceased', 'WARNING', 'MSG00009'],
      ['no-data', 'YES', 'MSG00100'],
    ];
    for (const [key, ok, code] of expectations) {
      const reply = await validReply({ ssin: demoPersona(key).niss, requestType: 'FORMULAIRES' });
      expect({ key, ok: reply.serviceOk, codes: reply.serviceCodes }).toEqual({
        key,
        ok,
        codes: [code],
      });
    }
  });

  it('a replaced NISS: rows for the final NISS, a WARNING MSG00006 with newSSIN', async () => {
    const persona = demoPersona('replaced-niss');
    const reply = await validReply({ ssin: persona.niss, requestType: 'FORMULAIRES' });
    const finalNiss = REPLACEMENT_NISS[persona.niss];
    expect(reply).toMatchObject({
      serviceOk: 'WARNING',
      serviceCodes: ['MSG00006'],
      information: { newSSIN: finalNiss },
      finalSsin: finalNiss,
    });
    expect(reply.rows.length).toBe(2);
  });

  it('MSG00011 and MSG00008 from the request', async () => {
    expect(
      (await validReply({ ssin: '85073003329', requestType: 'FORMULAIRES' })).serviceCodes,
    ).toEqual(['MSG00011']);
    const inverted = await validReply({
      ssin: demoPersona('belgian-ris').niss,
      requestType: 'FORMULAIRES',
      period: { start: '2025-01-01', end: '2024-01-01' },
    });
    expect(inverted.serviceCodes).toEqual(['MSG00008']);
  });

  it('an organisation other than the certificate (MSG00014) or outside the CPAS sector (MSG00013): nothing dispatched', async () => {
    const ssin = demoPersona('belgian-ris').niss;
    const other = await validReply({ ssin, requestType: 'FORMULAIRES', orgUnit: '0209999951' });
    expect(other).toMatchObject({
      contextOk: 'NO',
      contextCodes: ['MSG00014'],
      serviceOk: undefined,
    });
    const missing = await validReply({ ssin, requestType: 'FORMULAIRES', orgUnit: null });
    expect(missing.contextCodes).toEqual(['MSG00014']);
    const sector = await validReply({ ssin, requestType: 'FORMULAIRES', matrixId: 12 });
    expect(sector.contextCodes).toEqual(['MSG00013']);
  });

  it('an unknown ServiceId is refused in its ServiceReply', async () => {
    const reply = await validReply({
      ssin: demoPersona('belgian-ris').niss,
      requestType: 'FORMULAIRES',
      serviceId: 'OCMWCPASSomethingElse',
    });
    expect(reply).toMatchObject({ serviceOk: 'NO', serviceCodes: ['MSG00008'] });
  });
});

describe.concurrent('MSG00004', () => {
  const ssin = demoPersona('belgian-ris').niss;
  const ask = (body: string) => ssdn.handle(soapRequest(body, SSDN_SEND_XML_ACTION));

  it('an SSDN request that breaks its schema (unknown RequestType)', async () => {
    expectFault(
      await ask(sendXmlEnvelope(ssdnRequestXml({ ssin, requestType: 'EVERYTHING' }))),
      'MSG00004',
    );
  });

  it('an SSDN request that is not XML, or carries a DTD', async () => {
    expectFault(await ask(sendXmlEnvelope('not xml at all')), 'MSG00004');
    expectFault(await ask(sendXmlEnvelope('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')), 'MSG00004');
  });

  it('a sendXML without xmlString', async () => {
    const body = sendXmlEnvelope('x').replace(/<wsc:xmlString>x<\/wsc:xmlString>/, '');
    expectFault(await ask(body), 'MSG00004');
  });
});
