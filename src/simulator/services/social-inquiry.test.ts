// Social Inquiry: every persona's answer validates in both versions, each status code arises where it should, the request is read namespace-aware.
import { describe, expect, it } from 'vitest';
import { DEMO_PERSONAS, demoPersona, PersonaRegistry, REPLACEMENT_NISS } from '../personas';
import { renderEnvelope } from '../soap-envelope';
import { validateXml } from './schemas';
import { SOCIAL_INQUIRY_ACTION, socialInquiryService } from './social-inquiry';
import {
  askSocialInquiry,
  envelope,
  expectFault,
  inquiryStatus,
  responseXml,
  soapRequest,
  socialInquiryPayload,
} from '../../test-support/simulator-services';
import { child, childrenNamed, parseXml, type XmlElement } from './xml';

const service = socialInquiryService({ registry: new PersonaRegistry(DEMO_PERSONAS) });
const SECTIONS_1_4 = [
  'nationalityRegisterResidence',
  'organisationsInCharge',
  'socialStatuses',
  'forms',
];
const SECTIONS_5_8 = [
  'piisLimits',
  'art35Exemptions',
  'artisticExemptions',
  'installationPremiums',
];

function sectionsOf(root: XmlElement): string[] {
  return root.children
    .map((c) => c.local)
    .filter((n) => [...SECTIONS_1_4, ...SECTIONS_5_8].includes(n));
}

describe.concurrent('every persona, versions 1 and 2', () => {
  for (const persona of DEMO_PERSONAS) {
    for (const version of [1, 2] as const) {
      it(`${persona.key} v${version}: ${persona.expected.code}, request and answer valid`, async () => {
        const payload = socialInquiryPayload({ ssin: persona.niss });
        const request = envelope(payload);
        expect((await validateXml(request, ['soapEnvelope', 'socialInquiry'])).errors).toEqual([]);

        const reply = await askSocialInquiry(service, { ssin: persona.niss, version });
        const xml = responseXml(reply);
        expect((await validateXml(xml, 'socialInquiry')).errors).toEqual([]);

        const status = inquiryStatus(reply);
        expect({ value: status.value, code: status.code }).toEqual(persona.expected);
        const sections = sectionsOf(status.root);
        if (status.value === 'DATA_FOUND') {
          // Version 1 leaves 5-8 out (to be completed through ListOfAttestation); version 2 has all eight.
          expect(sections).toEqual(
            version === 1 ? SECTIONS_1_4 : [...SECTIONS_1_4, ...SECTIONS_5_8],
          );
        } else {
          expect(sections).toEqual([]);
        }
      });
    }
  }
});

describe.concurrent('the answer', () => {
  it('carries the ticket the transport gave, timestamps, and the request blocks unchanged', async () => {
    const ticketCBSS = '2f0c1ef1-4b8e-4d54-9a9e-0c6f3a5d2b11';
    const request = soapRequest(
      envelope(
        socialInquiryPayload({ ssin: demoPersona('belgian-ris').niss, ticket: '  my ticket 42 ' }),
      ),
      SOCIAL_INQUIRY_ACTION,
      { ticketCBSS, receivedAt: new Date('2026-11-23T09:00:00Z') },
    );
    const root = parseXml(responseXml(await service.handle(request)));
    const cbss = child(root, 'informationCBSS');
    expect(cbss && child(cbss, 'ticketCBSS')?.text).toBe(ticketCBSS);
    expect(cbss && child(cbss, 'timestampReceive')?.text).toBe('2026-11-23T09:00:00.000Z');
    expect(
      Date.parse(
        cbss && child(cbss, 'timestampReply')?.text ? child(cbss, 'timestampReply')!.text : '',
      ),
    ).toBeGreaterThanOrEqual(Date.parse('2026-11-23T09:00:00Z'));
    const customer = child(root, 'informationCustomer');
    expect(customer && child(customer, 'ticket')?.text).toBe('  my ticket 42 ');
    expect(child(root, 'legalContext')?.text).toBe('PCSA:SOCIAL_INQUIRY');
    const criteria = child(root, 'criteria');
    expect(criteria && child(criteria, 'ssin')?.text).toBe(demoPersona('belgian-ris').niss);
  });

  it('renders inside the transport envelope and still validates', async () => {
    const reply = await askSocialInquiry(service, { ssin: demoPersona('asylum-to-refugee').niss });
    const full = renderEnvelope(responseXml(reply));
    expect((await validateXml(full, ['soapEnvelope', 'socialInquiry'])).errors).toEqual([]);
  });

  it('keeps only the periods that overlap the requested period', async () => {
    const persona = demoPersona('belgian-ris');
    const reply = await askSocialInquiry(service, {
      ssin: persona.niss,
      begin: '2024-01-01',
      end: '2024-12-31',
    });
    const root = inquiryStatus(reply).root;
    const forms = childrenNamed(child(root, 'forms')!, 'form');
    // The 2019 B and its C (from 2020-01-01, open) overlap 2024 only through the C's open end.
    expect(forms.map((f) => child(f, 'reference')?.text)).toEqual([
      '62063/RIS/2019/03977',
      '62063/RIS/2024/00612',
    ]);
    const residences = childrenNamed(
      child(child(root, 'nationalityRegisterResidence')!, 'residences')!,
      'residence',
    );
    expect(residences.map((r) => child(r, 'code')?.text)).toEqual(['62063']);
  });

  it('reads incomplete dates generously and keeps 9999-12-31 ends', async () => {
    const persona = demoPersona('incomplete-dates');
    // 2017-05-00 may mean 31 May: the waiting-register period still overlaps a query starting that day.
    const reply = await askSocialInquiry(service, {
      ssin: persona.niss,
      begin: '2017-05-31',
      end: '2017-05-31',
    });
    const root = inquiryStatus(reply).root;
    const registers = childrenNamed(
      child(child(root, 'nationalityRegisterResidence')!, 'registers')!,
      'register',
    );
    expect(registers.map((r) => [child(r, 'beginDate')?.text, child(r, 'endDate')?.text])).toEqual([
      ['2016-03-00', '2017-05-00'],
    ]);
    const later = inquiryStatus(
      await askSocialInquiry(service, {
        ssin: persona.niss,
        begin: '2025-01-01',
        end: '2025-12-31',
      }),
    ).root;
    const nationalities = childrenNamed(
      child(child(later, 'nationalityRegisterResidence')!, 'nationalities')!,
      'nationality',
    );
    expect(
      nationalities.map((n) => [child(n, 'beginDate')?.text, child(n, 'endDate')?.text]),
    ).toEqual([['1994-00-00', '9999-12-31']]);
  });

  it('answers MSG00100 when nothing overlaps the period', async () => {
    const reply = await askSocialInquiry(service, {
      ssin: demoPersona('asylum-to-refugee').niss,
      begin: '1970-01-01',
      end: '1970-12-31',
    });
    expect(inquiryStatus(reply)).toMatchObject({ value: 'NO_DATA_FOUND', code: 'MSG00100' });
  });

  it('shows recalculated periods, blocking, fraud, roles and parent procedures as the cases teach', async () => {
    const root = (key: string) =>
      askSocialInquiry(service, { ssin: demoPersona(key).niss }).then((r) => inquiryStatus(r).root);
    const formsOf = (r: XmlElement) => childrenNamed(child(r, 'forms')!, 'form');

    const refugeeForm = formsOf(await root('asylum-to-refugee'))[0]!;
    expect(child(refugeeForm, 'beginDate')?.text).toBe('2023-02-15');
    expect(child(child(refugeeForm, 'recalculatedPeriod')!, 'beginDate')?.text).toBe('2023-04-01');

    const blocked = formsOf(await root('overlap-blocked')).find(
      (f) => child(f, 'sendingCpas')?.children[0]?.text === '0207777760',
    )!;
    const blocking = child(blocked, 'blocking')!;
    expect(child(blocking, 'blocked')?.text).toBe('true');
    expect(child(blocking, 'reason')?.text).toBe('OVERLAP');
    expect(child(child(blocking, 'otherCpas')!, 'cbeNumber')?.text).toBe('0209999951');

    const fraud = formsOf(await root('fraud-indication')).map((f) => child(f, 'fraud')?.text);
    expect(fraud).toEqual(['false', 'true']);

    const main = formsOf(await root('couple-main-beneficiary'));
    const partner = formsOf(await root('couple-partner'));
    expect(main.map((f) => child(f, 'reference')?.text)).toEqual(
      partner.map((f) => child(f, 'reference')?.text),
    );
    expect(new Set(main.map((f) => child(f, 'role')?.text))).toEqual(new Set(['MAIN_BENEFICIARY']));
    expect(new Set(partner.map((f) => child(f, 'role')?.text))).toEqual(new Set(['PARTNER']));

    const minor = childrenNamed(
      child(await root('minor-attached-to-parent'), 'socialStatuses')!,
      'socialStatus',
    );
    expect(
      minor.map((s) => [child(s, 'attachedToParentProcedure')?.text, child(s, 'parentSsin')?.text]),
    ).toEqual([
      ['true', demoPersona('asylum-to-refugee').niss],
      ['true', demoPersona('asylum-to-refugee').niss],
    ]);

    const centre = formsOf(await root('reception-centre-in-charge'))[0]!;
    expect(child(centre, 'recalculatedPeriod')).toBeUndefined();
  });
});

describe.concurrent('status codes', () => {
  const belgian = demoPersona('belgian-ris').niss;

  it('MSG00013 for any legal context other than PCSA:SOCIAL_INQUIRY', async () => {
    const reply = await askSocialInquiry(service, {
      ssin: belgian,
      legalContext: 'PCSA:MEDIPRIMA',
    });
    expect(inquiryStatus(reply)).toMatchObject({
      value: 'NO_RESULT',
      code: 'MSG00013',
      ssin: undefined,
    });
  });

  it('MSG00014 when the request names another CBE than the client certificate, or the certificate none', async () => {
    const other = await askSocialInquiry(service, { ssin: belgian, cbe: '0209999951' });
    expect(inquiryStatus(other)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00014' });
    const none = await askSocialInquiry(service, { ssin: belgian, clientCbe: null });
    expect(inquiryStatus(none)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00014' });
  });

  it('MSG00011 for a NISS that matches the schema but fails its check digits', async () => {
    const reply = await askSocialInquiry(service, { ssin: '85073003329' });
    expect(inquiryStatus(reply)).toMatchObject({
      value: 'NO_RESULT',
      code: 'MSG00011',
      information: { ssin: '85073003329' },
    });
  });

  it('MSG00008 for a period whose begin follows its end', async () => {
    const reply = await askSocialInquiry(service, {
      ssin: belgian,
      begin: '2025-01-01',
      end: '2024-01-01',
    });
    expect(inquiryStatus(reply)).toMatchObject({ value: 'NO_RESULT', code: 'MSG00008' });
  });

  it('checks in the BCSS order: legal context before credentials before NISS before period', async () => {
    const all = await askSocialInquiry(service, {
      ssin: '85073003329',
      legalContext: 'X',
      cbe: '0209999951',
      begin: '2025-01-01',
      end: '2024-01-01',
    });
    expect(inquiryStatus(all).code).toBe('MSG00013');
    const noContext = await askSocialInquiry(service, {
      ssin: '85073003329',
      cbe: '0209999951',
      begin: '2025-01-01',
      end: '2024-01-01',
    });
    expect(inquiryStatus(noContext).code).toBe('MSG00014');
    const badNiss = await askSocialInquiry(service, {
      ssin: '85073003329',
      begin: '2025-01-01',
      end: '2024-01-01',
    });
    expect(inquiryStatus(badNiss).code).toBe('MSG00011');
    // The integration check comes after the register: an unknown NISS is MSG00005, not MSG00012.
    const unknown = await askSocialInquiry(service, { ssin: '85073003328' });
    expect(inquiryStatus(unknown).code).toBe('MSG00005');
  });

  it('a replaced NISS answers for the final NISS and says so (newSSIN); the final NISS answers plainly', async () => {
    const persona = demoPersona('replaced-niss');
    const finalNiss = REPLACEMENT_NISS[persona.niss]!;
    const old = inquiryStatus(await askSocialInquiry(service, { ssin: persona.niss }));
    expect(old).toMatchObject({
      value: 'DATA_FOUND',
      code: 'MSG00000',
      ssin: finalNiss,
      information: { newSSIN: finalNiss },
    });
    const criteria = child(old.root, 'criteria');
    expect(criteria && child(criteria, 'ssin')?.text).toBe(persona.niss);
    const current = inquiryStatus(await askSocialInquiry(service, { ssin: finalNiss }));
    expect(current).toMatchObject({
      value: 'DATA_FOUND',
      code: 'MSG00000',
      ssin: finalNiss,
      information: {},
    });
  });

  it('the deceased answer carries deceiseDate', async () => {
    const status = inquiryStatus(
      await askSocialInquiry(service, { ssin: demoPersona('deceased').niss }),
    );
    expect(status).toMatchObject({
      value: 'NO_DATA_FOUND',
      code: 'MSG00009',
      information: { deceiseDate: '2025-08-14' },
    });
  });

  it('a BIS number gets data (REG00004 is ForeignerSituation only)', async () => {
    const status = inquiryStatus(
      await askSocialInquiry(service, { ssin: demoPersona('bis-urgent-medical-aid').niss }),
    );
    expect(status).toMatchObject({ value: 'DATA_FOUND', code: 'MSG00000' });
  });
});

describe.concurrent('MSG00004 on an invalid request', () => {
  const ssin = demoPersona('belgian-ris').niss;
  const ask = (body: string) => service.handle(soapRequest(body, SOCIAL_INQUIRY_ACTION));

  it('a missing legal context', async () => {
    const payload = socialInquiryPayload({ ssin });
    const request = payload['si:socialInquiryRequest'] as Record<string, unknown>;
    delete request['legalContext'];
    expectFault(await ask(envelope(payload)), 'MSG00004');
  });

  it('a NISS that does not match SsinType (month 34)', async () => {
    expectFault(await ask(envelope(socialInquiryPayload({ ssin: '12345678901' }))), 'MSG00004');
  });

  it('a date that is not a date', async () => {
    expectFault(
      await ask(envelope(socialInquiryPayload({ ssin, begin: '2024-13-01' }))),
      'MSG00004',
    );
  });

  it('children qualified with the interface namespace (the schema wants them unqualified)', async () => {
    const body = envelope({
      socialInquiryRequest: {
        '@_xmlns': 'http://kszbcss.fgov.be/intf/SocialInquiryService/v1',
        legalContext: 'x',
      },
    });
    expectFault(await ask(body), 'MSG00004');
  });

  it('another element in the Body, or two', async () => {
    expectFault(await ask(envelope({ 'x:other': { '@_xmlns:x': 'urn:other' } })), 'MSG00004');
    const payload = socialInquiryPayload({ ssin });
    const twice = envelope({ ...payload, 'x:other': { '@_xmlns:x': 'urn:other' } });
    expectFault(await ask(twice), 'MSG00004');
  });

  it('a body that is not well-formed', async () => {
    expectFault(
      await ask(
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><a></soapenv:Body>',
      ),
      'MSG00004',
    );
  });
});

describe.concurrent('namespace-aware reading', () => {
  const ssin = demoPersona('belgian-ris').niss;

  it('accepts any envelope prefix, a Header, and a default namespace with undeclared children', async () => {
    for (const [prefix, payloadPrefix] of [
      ['S', 'ns2'],
      ['SOAP-ENV', ''],
      ['soap', 'v1'],
    ] as const) {
      const reply = await askSocialInquiry(service, { ssin, prefix, payloadPrefix, header: true });
      expect(inquiryStatus(reply).code).toBe('MSG00000');
    }
  });

  it('ignores a foreign prefix that merely looks right', async () => {
    const body = envelope({
      'si:socialInquiryRequest': { '@_xmlns:si': 'urn:not-bcss', informationCustomer: '' },
    });
    expectFault(await service.handle(soapRequest(body, SOCIAL_INQUIRY_ACTION)), 'MSG00004');
  });
});
