// The simulated Tx25 (RetrieveTIGroups v2): schema-valid requests and answers, the same nationalities, registers, residences and organisations as Social Inquiry, history on and off, the codes.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNiss } from '../../shared/domain/niss';
import {
  cpasByCbe,
  DEMO_PERSONAS,
  demoPersona,
  generatePersona,
  generatePersonas,
  type Persona,
  MUNICIPALITIES,
  PersonaRegistry,
  REPLACEMENT_NISS,
} from '../personas';
import type { SoapService } from '../soap-service';
import { AccessRegistrations } from './access-registrations';
import {
  REGISTER_EXTRACT_ACTION,
  REGISTER_EXTRACT_LEGAL_CONTEXT,
  registerExtractService,
} from './register-extract';
import { NS, validateXml } from './schemas';
import { socialInquiryService } from './social-inquiry';
import {
  askSocialInquiry,
  CLIENT_CBE,
  envelope,
  expectFault,
  inquiryStatus,
  responseXml,
  soapRequest,
} from '../../test-support/simulator-services';
import { child, childrenNamed, childText, parseXml, type XmlElement } from './xml';

const GENERATED = generatePersonas(
  25,
  2511,
  DEMO_PERSONAS.map((p) => p.niss),
);
const PERSONAS = [...DEMO_PERSONAS, ...GENERATED];
const registry = new PersonaRegistry(PERSONAS);
const tx25 = registerExtractService({ registry });
const inquiry = socialInquiryService({ registry });
/** Wider than any history, so Social Inquiry's period filter keeps everything the register has. */
const EVERYTHING = { begin: '1900-01-01', end: '2099-12-31' };

interface Tx25Options {
  ssin: string;
  language?: 'fr' | 'nl' | 'de';
  history?: boolean;
  legalContext?: string;
}

function tx25Request(options: Tx25Options): string {
  return envelope({
    'tx:retrieveTIGroupsRequest': {
      '@_xmlns:tx': NS.retrieveTIGroupsIntf,
      informationCustomer: {
        ticket: randomUUID(),
        timestampSent: '2026-11-23T10:00:00.000+01:00',
        customerIdentification: { cbeNumber: CLIENT_CBE },
      },
      legalContext: options.legalContext ?? REGISTER_EXTRACT_LEGAL_CONTEXT,
      searchInformation: {
        ssin: options.ssin,
        ...(options.language ? { language: options.language } : {}),
        ...(options.history === undefined ? {} : { history: String(options.history) }),
      },
    },
  });
}

async function askTx25(options: Tx25Options, service = tx25) {
  const reply = await service.handle(soapRequest(tx25Request(options), REGISTER_EXTRACT_ACTION));
  const xml = responseXml(reply);
  const root = parseXml(xml);
  return { xml, root, status: inquiryStatus(reply), file: child(root, 'rrn_it_implicit') };
}

/** The entries of one xm25 group (e.g. Nationalities/Nationality), as code, begin and end. */
function entries(file: XmlElement | undefined, group: string, entry: string, codeOf: string[]) {
  const holder = file ? child(file, group, NS.xm25) : undefined;
  return (holder ? childrenNamed(holder, entry, NS.xm25) : []).map((e) => {
    let node: XmlElement | undefined = e;
    for (const step of codeOf) node = node ? child(node, step, NS.xm25) : undefined;
    return {
      code: node?.text ?? '',
      begin: xm25Date(child(e, 'Date', NS.xm25)),
      end: xm25Date(child(e, 'DelDate', NS.xm25)),
      type: e.attributes['Type'],
    };
  });
}

function xm25Date(date: XmlElement | undefined): string | undefined {
  if (!date) return undefined;
  const part = (name: string) => child(date, name, NS.xm25)?.text ?? '00';
  return `${part('Century')}${part('Year')}-${part('Month')}-${part('Day')}`;
}

/** Section 1 and 2 of a Social Inquiry answer, as code, begin and end, without the BCSS register's own periods. */
function inquiryPeriods(root: XmlElement, path: string[]) {
  let nodes: XmlElement[] = [root];
  for (const step of path) nodes = nodes.flatMap((n) => childrenNamed(n, step));
  return nodes
    .filter((n) => childText(n, 'origin') !== 'BCSS_REGISTER')
    .map((n) => ({
      code: childText(n, 'code') ?? '',
      begin: childText(n, 'beginDate'),
      end: openEnd(childText(n, 'endDate')),
    }));
}

function openEnd(end: string | undefined): string | undefined {
  return end === undefined || end.startsWith('9999') ? undefined : end;
}

const strip = (list: { code: string; begin?: string; end?: string }[]) =>
  list.map(({ code, begin, end }) => ({ code, begin, end: openEnd(end) }));

describe('Tx25 messages', () => {
  it('accepts the requests a client sends and answers schema-valid extracts for every person', async () => {
    for (const persona of PERSONAS) {
      for (const history of [true, false]) {
        const request = tx25Request({ ssin: persona.niss, history, language: 'nl' });
        expect((await validateXml(request, ['soapEnvelope', 'retrieveTIGroups'])).errors).toEqual(
          [],
        );
        const { xml } = await askTx25({ ssin: persona.niss, history, language: 'nl' });
        expect((await validateXml(xml, 'retrieveTIGroups')).errors, persona.key).toEqual([]);
      }
    }
  }, 120_000); // every persona twice, each answer schema-validated: seconds of work, more on a loaded machine

  it('refuses a request that breaks the schema with MSG00004', async () => {
    const request = tx25Request({ ssin: demoPersona('belgian-ris').niss, language: 'fr' }).replace(
      '<language>fr</language>',
      '<language>en</language>',
    );
    expectFault(await tx25.handle(soapRequest(request, REGISTER_EXTRACT_ACTION)), 'MSG00004');
  });
});

/**
 * Checks that Tx25 shows what Social Inquiry's sections 1 and 2 show for the person (or the same refusal);
 * false when there was nothing to compare (a refusal, or a BIS number the register does not hold).
 */
async function checkAgreement(
  persona: Persona,
  services: { tx25: SoapService; inquiry: SoapService },
): Promise<boolean> {
  const si = inquiryStatus(
    await askSocialInquiry(services.inquiry, { ssin: persona.niss, ...EVERYTHING }),
  );
  const { status, file } = await askTx25({ ssin: persona.niss, history: true }, services.tx25);
  const final = parseNiss(si.ssin ?? persona.niss);
  if (si.code === 'MSG00000' && final.ok && final.kind === 'bis') {
    expect(status.code, persona.key).toBe('REG00004');
    return false;
  }
  if (si.code !== 'MSG00000') {
    expect(status.code, persona.key).toBe(si.code);
    return false;
  }
  expect(status.value, persona.key).toMatch(/^(DATA_FOUND|NO_DATA_FOUND)$/);
  const section1 = ['nationalityRegisterResidence'];
  expect(
    entries(file, 'Nationalities', 'Nationality', ['Nationality', 'Code']).map(strip1),
    persona.key,
  ).toEqual(strip(inquiryPeriods(si.root, [...section1, 'nationalities', 'nationality'])));
  expect(
    entries(file, 'RegistrationRegisters', 'RegistrationRegister', [
      'RegistrationRegister',
      'Code',
    ]).map(strip1),
    persona.key,
  ).toEqual(strip(inquiryPeriods(si.root, [...section1, 'registers', 'register'])));
  const residences = inquiryPeriods(si.root, [...section1, 'residences', 'residence']);
  expect(
    entries(file, 'FileOwner', 'Residences', ['Residence', 'Code']).map(strip1),
    persona.key,
  ).toEqual(strip(residences));
  // Every Belgian municipality of residence has its address, in that municipality's postal code.
  const municipalities = residences.filter((r) =>
    Object.values(MUNICIPALITIES).some((m) => m.nis === r.code),
  );
  const addresses = entries(file, 'LegalMainAddresses', 'LegalMainAddress', ['Address', 'ZipCode']);
  expect(
    addresses.map((a) => [a.code, a.begin]),
    persona.key,
  ).toEqual(
    municipalities.map((r) => [
      Object.values(MUNICIPALITIES).find((m) => m.nis === r.code)?.postalCode,
      r.begin,
    ]),
  );
  const inCharge = childrenNamed(
    childrenNamed(si.root, 'organisationsInCharge')[0] ?? si.root,
    'organisationInCharge',
  ).map((o) => {
    const organisation = child(o, 'organisation');
    const cbe = organisation ? childText(organisation, 'cbeNumber') : undefined;
    const code = cbe
      ? MUNICIPALITIES[cpasByCbe(cbe).municipality].nis
      : (childText(organisation!, 'centreCode') ?? '');
    return { code, begin: childText(o, 'beginDate'), end: openEnd(childText(o, 'endDate')) };
  });
  const ti207 = childrenNamed(
    (file && child(file, 'OrganizationsInCharge', NS.xm25)) ?? parseXml('<x/>'),
    'OrganizationInCharge',
    NS.xm25,
  ).map((e) => {
    const welfare = child(e, 'SocialWelfare', NS.xm25);
    const initiative = welfare && child(welfare, 'Initiative', NS.xm25);
    const code = initiative
      ? child(initiative, 'Code', NS.xm25)?.text
      : welfare
        ? child(child(welfare, 'Place', NS.xm25)!, 'Code', NS.xm25)?.text
        : child(child(e, 'RefugeeCentre', NS.xm25)!, 'Code', NS.xm25)?.text;
    return {
      code: code ?? '',
      begin: xm25Date(child(e, 'Date', NS.xm25)),
      end: xm25Date(child(e, 'DelDate', NS.xm25)),
    };
  });
  expect(ti207, persona.key).toEqual(inCharge);
  return true;
}

describe('Tx25 and Social Inquiry agree', () => {
  it('on nationalities, registers, residences and organisations in charge, for every demo person', async () => {
    let compared = 0;
    for (const persona of DEMO_PERSONAS)
      if (await checkAgreement(persona, { tx25, inquiry })) compared++;
    expect(compared).toBeGreaterThan(15);
  });

  it('for any generated person (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1_000_000 }), async (seed) => {
        const persona = generatePersona(seed);
        const own = new PersonaRegistry([persona]);
        const services = {
          tx25: registerExtractService({ registry: own }),
          inquiry: socialInquiryService({ registry: own }),
        };
        expect(await checkAgreement(persona, services)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('answers no data for a person the register holds nothing about', async () => {
    const { status } = await askTx25({ ssin: demoPersona('no-data').niss });
    expect([status.value, status.code]).toEqual(['NO_DATA_FOUND', 'MSG00100']);
  });
});

function strip1(e: { code: string; begin?: string; end?: string }) {
  return { code: e.code, begin: e.begin, end: e.end };
}

describe('Tx25 history', () => {
  const persona = demoPersona('moves-and-registers');

  it('gives every period with history, only the current ones without', async () => {
    const all = await askTx25({ ssin: persona.niss, history: true });
    const current = await askTx25({ ssin: persona.niss, history: false });
    const residences = (file: XmlElement | undefined) =>
      entries(file, 'FileOwner', 'Residences', ['Residence', 'Code']);
    expect(residences(all.file).length).toBeGreaterThan(1);
    expect(residences(current.file)).toEqual(
      residences(all.file).filter((r) => r.end === undefined),
    );
    expect(residences(current.file)).toHaveLength(1);
    expect(current.xml).not.toContain('DelDate');
  });

  it('gives current values only when history is not asked (the schema default)', async () => {
    const implicit = await askTx25({ ssin: persona.niss });
    expect(implicit.xml).not.toContain('DelDate');
  });
});

describe('Tx25 content', () => {
  it('writes incomplete dates with 00 for the unknown month or day', async () => {
    const { file, xml } = await askTx25({
      ssin: demoPersona('incomplete-dates').niss,
      history: true,
    });
    const dates = [
      ...entries(file, 'Nationalities', 'Nationality', ['Nationality', 'Code']),
      ...entries(file, 'FileOwner', 'Residences', ['Residence', 'Code']),
      ...entries(file, 'RegistrationRegisters', 'RegistrationRegister', [
        'RegistrationRegister',
        'Code',
      ]),
    ].flatMap((e) => [e.begin, e.end]);
    expect(dates.some((d) => d?.endsWith('-00'))).toBe(true);
    expect((await validateXml(xml, 'retrieveTIGroups')).errors).toEqual([]);
  });

  it('labels in the language asked for', async () => {
    const ssin = demoPersona('belgian-ris').niss;
    const labelsOf = async (language: 'fr' | 'nl' | 'de') =>
      (await askTx25({ ssin, language })).xml.match(/<rn:Label>([^<]*)<\/rn:Label>/g);
    expect(await labelsOf('fr')).toContain('<rn:Label>Liège</rn:Label>');
    expect(await labelsOf('nl')).toContain('<rn:Label>Luik</rn:Label>');
    expect(await labelsOf('de')).toContain('<rn:Label>Lüttich</rn:Label>');
  });

  it('shows a couple married, one the reference person of the household and the other a member', async () => {
    const head = demoPersona('couple-main-beneficiary');
    const partner = demoPersona('couple-partner');
    const headFile = (await askTx25({ ssin: head.niss, history: true })).file;
    const partnerFile = (await askTx25({ ssin: partner.niss, history: true })).file;
    expect(
      entries(headFile, 'CivilStates', 'CivilState', ['CivilState', 'Code']).map((c) => c.code),
    ).toEqual(['10', '20']);
    expect(
      entries(headFile, 'FamilyMembers', 'FamilyMember', ['NationalNumber', 'NationalNumber']),
    ).toEqual([{ code: partner.niss, begin: '2019-09-16', end: undefined, type: '140' }]);
    expect(
      entries(partnerFile, 'HeadOfFamily', 'HeadOfFamily', ['NationalNumber', 'NationalNumber']),
    ).toEqual([{ code: head.niss, begin: '2019-09-16', end: undefined, type: '141' }]);
  });

  it('gives generated persons a civil state from birth', async () => {
    for (const persona of GENERATED) {
      const { file } = await askTx25({ ssin: persona.niss, history: true });
      const states = entries(file, 'CivilStates', 'CivilState', ['CivilState', 'Code']);
      expect(states[0], persona.key).toMatchObject({ code: '10', begin: persona.birthDate });
      expect(
        states.map((s) => s.code),
        persona.key,
      ).toEqual(persona.registerExtras?.civilStates.map((c) => c.state));
    }
  });

  it('carries information types beyond the known ones (TI 000, TI 253), with their Type', async () => {
    const { file } = await askTx25({ ssin: demoPersona('belgian-ris').niss });
    expect(child(file!, 'NationalNumber', NS.xm25)?.attributes['Type']).toBe('000');
    expect(child(file!, 'CreationDate', NS.xm25)?.attributes['Type']).toBe('253');
  });
});

describe('Tx25 status codes', () => {
  it.each([
    ['unknown-niss', 'NO_RESULT', 'MSG00005'],
    ['cancelled-niss', 'NO_RESULT', 'MSG00007'],
    ['deceased', 'NO_DATA_FOUND', 'MSG00009'],
    ['not-integrated', 'NO_RESULT', 'MSG00012'],
    ['legal-context-refused', 'NO_RESULT', 'MSG00013'],
    ['bis-urgent-medical-aid', 'NO_RESULT', 'REG00004'],
  ])('%s answers %s %s', async (key, value, code) => {
    const { status, file } = await askTx25({ ssin: demoPersona(key).niss });
    expect([status.value, status.code]).toEqual([value, code]);
    expect(file).toBeUndefined();
  });

  it('answers a wrong legal context with MSG00013', async () => {
    const { status } = await askTx25({
      ssin: demoPersona('belgian-ris').niss,
      legalContext: 'PCSA:OTHER',
    });
    expect(status.code).toBe('MSG00013');
  });

  it('answers a replaced number for its replacement, which the extract names (TI 000)', async () => {
    const persona = demoPersona('replaced-niss');
    const { status, file } = await askTx25({ ssin: persona.niss });
    const final = persona.registerState.kind === 'replaced' ? persona.registerState.by : '';
    expect(REPLACEMENT_NISS[persona.niss]).toBe(final);
    expect([status.code, status.information['newSSIN']]).toEqual(['MSG00000', final]);
    const number = child(child(file!, 'NationalNumber', NS.xm25)!, 'NationalNumber', NS.xm25)!;
    expect(child(number, 'NationalNumber', NS.xm25)?.text).toBe(final);
  });

  it('lifts MSG00012 once the CPAS registered the person through ManageAccess', async () => {
    const registrations = new AccessRegistrations();
    const service = registerExtractService({ registry, registrations });
    const ssin = demoPersona('not-integrated').niss;
    expect((await askTx25({ ssin }, service)).status.code).toBe('MSG00012');
    registrations.register(CLIENT_CBE, ssin, 2, { begin: '2026-01-01', end: null });
    expect((await askTx25({ ssin }, service)).status.code).not.toBe('MSG00012');
  });
});
