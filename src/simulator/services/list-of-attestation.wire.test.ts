// ListOfAttestation on the wire (DOMAIN.md §6 wire facts): requests written by hand exactly as CPAS software
// sends them (prefixes ns1 / ns2, no SearchPeriod for GPMI_PIIS), and the element names and namespaces of the
// reply such software reads.
import { describe, expect, it } from 'vitest';
import { DEMO_CPAS_CBE, DEMO_PERSONAS, demoPersona, PersonaRegistry } from '../personas';
import { listOfAttestationHandler } from './list-of-attestation';
import { NS, validateXml } from './schemas';
import { ssdnConnectorService, SSDN_SEND_XML_ACTION } from './ssdn';
import {
  responseXml,
  sendXmlEnvelope,
  soapRequest,
  ssdnReplyXml,
} from '../../test-support/simulator-services';
import { child, childrenNamed, parseXml, type XmlElement } from './xml';

const ssdn = ssdnConnectorService({
  handlers: [listOfAttestationHandler(new PersonaRegistry(DEMO_PERSONAS))],
});

const MANAGE_ATTESTS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests';
const SSDN_COMMON = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common';

/** The SSDN request, character for character as the PHP clients build it (only the RequestContext is ours). */
function wireRequest(ssin: string, requestType: string, period?: [string, string]): string {
  return (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>" +
    "<SSDNRequest xmlns='http://www.ksz-bcss.fgov.be/XSD/SSDN/Service'>" +
    '<RequestContext><AuthorizedUser><UserID>00901732883</UserID>' +
    `<Email>enquetes@cpas-liege.example</Email><OrgUnit>${DEMO_CPAS_CBE}</OrgUnit>` +
    '<MatrixID>17</MatrixID><MatrixSubID>1</MatrixSubID></AuthorizedUser>' +
    '<Message><Reference>wire-test</Reference><TimeRequest>20261123T100000</TimeRequest></Message>' +
    '</RequestContext>' +
    '<ServiceRequest>' +
    '<ServiceId>OCMWCPASListOfAttestations</ServiceId>' +
    '<Version>20080317</Version>' +
    "<ns1:ListOfAttestationsRequest xmlns:ns1='http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests' xmlns:ns2='http://www.ksz-bcss.fgov.be/XSD/SSDN/Common'>" +
    `<ns1:SocialSecurityUser>${ssin}</ns1:SocialSecurityUser>` +
    `<ns1:RequestType>${requestType}</ns1:RequestType>` +
    (period
      ? '<ns1:SearchPeriod>' +
        `<ns2:StartDate>${period[0]}</ns2:StartDate>` +
        `<ns2:EndDate>${period[1]}</ns2:EndDate>` +
        '</ns1:SearchPeriod>'
      : '') +
    '</ns1:ListOfAttestationsRequest>' +
    '</ServiceRequest>' +
    '</SSDNRequest>'
  );
}

interface WireReply {
  returnCode: string | undefined;
  diagnostic: string | undefined;
  payload: XmlElement | undefined;
}

async function send(request: string): Promise<WireReply> {
  expect((await validateXml(request, ['ssdn', 'manageAttests'])).errors).toEqual([]);
  const reply = await ssdn.handle(soapRequest(sendXmlEnvelope(request), SSDN_SEND_XML_ACTION));
  expect(responseXml(reply)).toContain('sendXMLResponse');
  const inner = ssdnReplyXml(reply);
  expect((await validateXml(inner, ['ssdn', 'manageAttests'])).errors).toEqual([]);
  const root = parseXml(inner);
  const service = child(root, 'ServiceReply', NS.ssdnService)!;
  const summary = child(service, 'ResultSummary', SSDN_COMMON)!;
  const detail = child(summary, 'Detail', SSDN_COMMON);
  return {
    returnCode: child(summary, 'ReturnCode', SSDN_COMMON)?.text,
    diagnostic: detail && child(detail, 'Diagnostic', SSDN_COMMON)?.text,
    payload: child(service, 'ListOfAttestationsReply', MANAGE_ATTESTS),
  };
}

/** Child elements as `{namespace}local`, or `local` for the unqualified ones. */
const names = (e: XmlElement | undefined) =>
  (e?.children ?? []).map((c) => (c.ns === '' ? c.local : `{${c.ns}}${c.local}`));
const q = (...locals: string[]) => locals.map((l) => `{${MANAGE_ATTESTS}}${l}`);

/** The Attestation children of the wire facts, in their order. */
const WIRE_ATTESTATION = [
  'SocialSecurityUser',
  'CPAS_KBOBCE_code',
  'EntryDate',
  'AttestType',
  'FormType',
  'Duration',
  'DecisionDate',
  'Reference',
  'Status',
  'RelationType',
];
const OUR_ADDITIONS = [
  'CPAS_Name',
  'LegalBasis',
  'RecalculatedPeriod',
  'AidType',
  'OtherCPAS_KBOBCE_code',
  'Fraud',
];

function expectWireAttestation(row: XmlElement, ssin: string) {
  const locals = names(row).map((n) => n.replace(`{${MANAGE_ATTESTS}}`, ''));
  // Every child qualified, known, and in the model's order: the wire's first, then our additions.
  expect(names(row)).toEqual(q(...locals));
  const order = [...WIRE_ATTESTATION, ...OUR_ADDITIONS];
  expect(
    locals.every((l) => order.includes(l)),
    locals.join(),
  ).toBe(true);
  expect(locals).toEqual([...locals].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  expect(child(row, 'SocialSecurityUser', MANAGE_ATTESTS)?.text).toBe(ssin);
  for (const coded of ['AttestType', 'FormType', 'RelationType']) {
    const element = child(row, coded, MANAGE_ATTESTS);
    if (!element) continue;
    expect(names(element), coded).toEqual(q('Code', 'Description'));
    expect(child(element, 'Description', MANAGE_ATTESTS)?.text, coded).toMatch(/^[^/]+ \/ [^/]+$/);
  }
  expect(names(child(row, 'Duration', MANAGE_ATTESTS))).toEqual(q('Days', 'Weeks', 'Months'));
}

describe.concurrent('ListOfAttestation as CPAS software sends and reads it', () => {
  it('EXONERATIONSART35 with a SearchPeriod: ExonerationArt35@hasExoneration and its counter, Attestation rows', async () => {
    const ssin = demoPersona('art35-exemption').niss;
    const reply = await send(wireRequest(ssin, 'EXONERATIONSART35', ['2016-01-01', '2025-12-31']));
    expect(reply.returnCode).toBe('0');
    expect(names(reply.payload)).toEqual(
      q('ExonerationArt35', 'Attestation', 'Attestation', 'Attestation'),
    );
    const exoneration = child(reply.payload!, 'ExonerationArt35', MANAGE_ATTESTS)!;
    expect(exoneration.attributes).toEqual({ hasExoneration: 'true' });
    expect(names(exoneration)).toEqual(q('FirstExonerationDate', 'PaymentExoneratedDays'));
    expect(exoneration.children.map((c) => c.text)).toEqual(['2021-03-01', '1037']);
    const rows = childrenNamed(reply.payload!, 'Attestation', MANAGE_ATTESTS);
    for (const row of rows) expectWireAttestation(row, ssin);
    // A year of exemption from 2024-01-01: DecisionDate is its first day, Duration its length.
    const last = rows[2]!;
    expect(child(last, 'DecisionDate', MANAGE_ATTESTS)?.text).toBe('2024-01-01');
    expect(child(last, 'Duration', MANAGE_ATTESTS)!.children.map((c) => c.text)).toEqual([
      '0',
      '0',
      '12',
    ]);
  });

  it('EXONERATIONSART35 for a person without exemption: hasExoneration="false", nothing inside', async () => {
    const reply = await send(
      wireRequest(demoPersona('belgian-ris').niss, 'EXONERATIONSART35', [
        '2016-01-01',
        '2025-12-31',
      ]),
    );
    expect(names(reply.payload)).toEqual(q('ExonerationArt35'));
    const exoneration = child(reply.payload!, 'ExonerationArt35', MANAGE_ATTESTS)!;
    expect(exoneration.attributes).toEqual({ hasExoneration: 'false' });
    expect(exoneration.children).toEqual([]);
  });

  it('GPMI_PIIS without SearchPeriod: GpmiPiis@hasAttestation, period and prolongationPeriod with unqualified dates', async () => {
    const ssin = demoPersona('asylum-to-refugee').niss;
    const reply = await send(wireRequest(ssin, 'GPMI_PIIS'));
    expect(reply.returnCode).toBe('0');
    expect(names(reply.payload)).toEqual(q('GpmiPiis', 'Attestation', 'Attestation'));
    const gpmi = child(reply.payload!, 'GpmiPiis', MANAGE_ATTESTS)!;
    expect(gpmi.attributes).toEqual({ hasAttestation: 'true' });
    expect(names(gpmi)).toEqual(q('period', 'prolongationPeriod'));
    for (const [element, dates] of [
      ['period', ['2023-05-01', '2024-04-30']],
      ['prolongationPeriod', ['2024-05-01', '2024-10-31']],
    ] as const) {
      const period = child(gpmi, element, MANAGE_ATTESTS)!;
      // Unqualified: no namespace at all.
      expect(names(period), element).toEqual(['StartDate', 'EndDate']);
      expect(period.children.map((c) => c.text)).toEqual(dates);
    }
    // The PIIS and its prolongation: two rows with the same Reference.
    const rows = childrenNamed(reply.payload!, 'Attestation', MANAGE_ATTESTS);
    for (const row of rows) expectWireAttestation(row, ssin);
    expect(new Set(rows.map((r) => child(r, 'Reference', MANAGE_ATTESTS)?.text)).size).toBe(1);
    expect(rows.map((r) => child(r, 'DecisionDate', MANAGE_ATTESTS)?.text)).toEqual([
      '2023-05-01',
      '2024-05-01',
    ]);
  });

  it('GPMI_PIIS for a person without PIIS: hasAttestation="false"', async () => {
    const reply = await send(wireRequest(demoPersona('art35-exemption').niss, 'GPMI_PIIS'));
    expect(names(reply.payload)).toEqual(q('GpmiPiis'));
    expect(child(reply.payload!, 'GpmiPiis', MANAGE_ATTESTS)!.attributes).toEqual({
      hasAttestation: 'false',
    });
  });

  it('FORMULAIRES: every element of the wire facts, FormType and RelationType as Code and Description', async () => {
    const ssin = demoPersona('couple-partner').niss;
    const reply = await send(wireRequest(ssin, 'FORMULAIRES', ['2016-01-01', '2025-12-31']));
    const rows = childrenNamed(reply.payload!, 'Attestation', MANAGE_ATTESTS);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expectWireAttestation(row, ssin);
      const locals = row.children.map((c) => c.local);
      expect(locals.slice(0, WIRE_ATTESTATION.length)).toEqual(WIRE_ATTESTATION);
      expect(child(child(row, 'RelationType', MANAGE_ATTESTS)!, 'Code', MANAGE_ATTESTS)?.text).toBe(
        'PARTNER',
      );
    }
  });

  it('an error: ReturnCode > 0, and a Diagnostic whose first "|" part is the message', async () => {
    const reply = await send(
      wireRequest('85073003328', 'PRIME_INSTALLATION', ['2016-01-01', '2025-12-31']),
    );
    expect(Number(reply.returnCode)).toBeGreaterThan(0);
    expect(reply.diagnostic?.split('|')[0]?.trim()).toBe('The SSIN does not exist');
  });
});
