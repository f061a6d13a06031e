// IdentifyPerson through the SSDN connector: valid documents both ways, search by NISS, phonetic search across French and Dutch spellings, tolerance, sex and the cap on answers.
import { describe, expect, it } from 'vitest';
import {
  DEMO_PERSONAS,
  demoPersona,
  generatePersonas,
  REPLACEMENT_NISS,
  type Persona,
} from '../personas';
import {
  IDENTIFY_PERSON_SERVICE_ID,
  IDENTIFY_PERSON_VERSION,
  identifyPersonHandler,
  MAXIMUM_ANSWERS,
} from './identify-person';
import { birthWindow, soundsAlike } from './phonetic-search';
import { NS, validateXml } from './schemas';
import { ssdnConnectorService } from './ssdn';
import {
  askSsdn,
  expectFault,
  responseXml,
  ssdnReplyXml,
  ssdnServiceRequestXml,
} from '../../test-support/simulator-services';
import { child, childrenNamed, parseXml, type XmlTree } from './xml';

const I = NS.identifyPerson;
const ssdn = ssdnConnectorService({ handlers: [identifyPersonHandler(DEMO_PERSONAS)] });

interface Criteria {
  ssin?: string;
  lastName?: string;
  firstName?: string;
  birthDate?: string;
  gender?: 0 | 1 | 2;
  tolerance?: number;
  maximum?: number;
}

function identifyXml(c: Criteria): string {
  const phonetic: XmlTree | undefined =
    c.lastName === undefined
      ? undefined
      : {
          LastName: c.lastName,
          ...(c.firstName ? { FirstName: c.firstName } : {}),
          BirthDate: c.birthDate ?? '1900-00-00',
          ...(c.gender === undefined ? {} : { Gender: c.gender }),
          ...(c.tolerance === undefined ? {} : { Tolerance: c.tolerance }),
          ...(c.maximum === undefined ? {} : { Maximum: c.maximum }),
        };
  return ssdnServiceRequestXml(
    { serviceId: IDENTIFY_PERSON_SERVICE_ID, version: IDENTIFY_PERSON_VERSION },
    {
      IdentifyPersonRequest: {
        '@_xmlns': I,
        SearchCriteria: {
          ...(c.ssin ? { SSIN: c.ssin } : {}),
          ...(phonetic ? { PhoneticCriteria: phonetic } : {}),
        },
      },
    },
  );
}

async function identify(c: Criteria, service = ssdn) {
  const request = identifyXml(c);
  expect((await validateXml(request, ['ssdn', 'identifyPerson'])).errors).toEqual([]);
  const reply = await askSsdn(service, request);
  const inner = ssdnReplyXml(reply);
  expect((await validateXml(inner, ['ssdn', 'identifyPerson'])).errors).toEqual([]);
  const serviceReply = child(parseXml(inner), 'ServiceReply', NS.ssdnService)!;
  const summary = child(serviceReply, 'ResultSummary', NS.ssdnCommon)!;
  const results = child(child(serviceReply, 'IdentifyPersonReply', I)!, 'SearchResults', I);
  return {
    ok: summary.attributes['ok'],
    codes: childrenNamed(summary, 'Detail', NS.ssdnCommon).map(
      (d) => child(d, 'ReasonCode', NS.ssdnCommon)?.text,
    ),
    found: (results ? childrenNamed(results, 'LimitedLegalData', I) : []).map((r) => {
      const basic = child(r, 'Basic', I)!;
      return {
        niss: child(basic, 'SocialSecurityUser', I)!.text,
        lastName: child(basic, 'LastName', I)!.text,
        birthDate: child(basic, 'BirthDate', I)!.text,
        municipality: child(child(basic, 'Address', I) ?? basic, 'MunicipalityCode', I)?.text,
      };
    }),
  };
}

const wauters = demoPersona('deceased');
const claes = demoPersona('overlap-blocked');
const yearOf = (p: Persona) => p.birthDate!.slice(0, 4);

describe('search by NISS', () => {
  it('finds the person, with the municipality of residence', async () => {
    const persona = demoPersona('couple-main-beneficiary');
    const reply = await identify({ ssin: persona.niss });
    expect(reply.ok).toBe('YES');
    expect(reply.found).toEqual([
      expect.objectContaining({
        niss: persona.niss,
        lastName: persona.lastName,
        municipality: '62063',
      }),
    ]);
  });

  it('answers the codes: invalid NISS, unknown, cancelled, replaced (with the final NISS)', async () => {
    expect((await identify({ ssin: '12345678901' })).codes).toEqual(['MSG00011']);
    expect((await identify({ ssin: demoPersona('unknown-niss').niss })).codes).toEqual([
      'MSG00005',
    ]);
    expect((await identify({ ssin: demoPersona('cancelled-niss').niss })).codes).toEqual([
      'MSG00007',
    ]);
    const old = demoPersona('replaced-niss').niss;
    const replaced = await identify({ ssin: old });
    expect(replaced).toMatchObject({ ok: 'WARNING', codes: ['MSG00006'] });
    expect(replaced.found.map((f) => f.niss)).toEqual([REPLACEMENT_NISS[old]]);
  });

  it('refuses a request with neither a NISS nor phonetic criteria', async () => {
    expect(await identify({})).toMatchObject({ ok: 'NO', codes: ['MSG00008'] });
  });
});

describe('phonetic search', () => {
  it('finds a Flemish name spelt the French way, and the other way round', async () => {
    expect(soundsAlike('Wouters', 'Wauters')).toBe(true);
    expect(soundsAlike('Claus', 'Claes')).toBe(true);
    const byDutch = await identify({ lastName: 'Wouters', birthDate: `${yearOf(wauters)}-00-00` });
    expect(byDutch.found.map((f) => f.niss)).toContain(wauters.niss);
    const byFrench = await identify({
      lastName: 'Claus',
      firstName: 'Jonathan',
      birthDate: `${yearOf(claes)}-00-00`,
    });
    expect(byFrench.found.map((f) => f.niss)).toEqual([claes.niss]);
  });

  it('ignores case, accents and spaces, and puts the exact spelling first', async () => {
    const persona = demoPersona('couple-partner');
    const reply = await identify({
      lastName: persona.lastName.toUpperCase().replace(' ', ''),
      birthDate: `${yearOf(persona)}-00-00`,
    });
    expect(reply.found[0]?.niss).toBe(persona.niss);
  });

  it('does not find a name that sounds different', async () => {
    const reply = await identify({
      lastName: 'Vandenberghe',
      birthDate: `${yearOf(wauters)}-00-00`,
      tolerance: 10,
    });
    expect(reply.found.map((f) => f.niss)).not.toContain(wauters.niss);
  });

  it('finds a birth year within the tolerance and not beyond it', async () => {
    const born = Number(yearOf(claes));
    const at = (year: number, tolerance: number) =>
      identify({ lastName: 'Claes', birthDate: `${year}-00-00`, tolerance });
    expect((await at(born + 3, 3)).found.map((f) => f.niss)).toEqual([claes.niss]);
    expect((await at(born + 3, 2)).found).toEqual([]);
    expect((await at(born - 10, 10)).found.map((f) => f.niss)).toEqual([claes.niss]);
  });

  it('reads a full birth date tolerance in days, a month date’s in months', () => {
    expect(birthWindow('1990-03-15', 2)).toEqual({ from: '1990-03-13', to: '1990-03-17' });
    expect(birthWindow('1990-03-00', 1)).toEqual({ from: '1990-02-01', to: '1990-04-30' });
    expect(birthWindow('1990-00-00', 1)).toEqual({ from: '1989-01-01', to: '1991-12-31' });
  });

  it('refuses a tolerance over 10', async () => {
    const reply = await identify({ lastName: 'Claes', birthDate: '1990-00-00', tolerance: 11 });
    expect(reply).toMatchObject({ ok: 'NO', codes: ['MSG00008'] });
  });

  it('filters on the sex asked', async () => {
    const sex = claes.sex === 'M' ? 1 : 2;
    const other = sex === 1 ? 2 : 1;
    const year = `${yearOf(claes)}-00-00`;
    expect(
      (await identify({ lastName: 'Claes', birthDate: year, gender: sex })).found,
    ).toHaveLength(1);
    expect((await identify({ lastName: 'Claes', birthDate: year, gender: other })).found).toEqual(
      [],
    );
  });

  it('caps the answers at Maximum, and at 80 when none is asked', async () => {
    // 120 namesakes born the same year: more than the service returns.
    const namesakes = generatePersonas(
      120,
      5,
      DEMO_PERSONAS.map((p) => p.niss),
    ).map((p) => ({
      ...p,
      lastName: 'Peeters',
      birthDate: '1980-05-05',
      registerState: { kind: 'active' as const },
    }));
    const crowded = ssdnConnectorService({ handlers: [identifyPersonHandler(namesakes)] });
    const asked = await identify(
      { lastName: 'Pieters', birthDate: '1980-00-00', maximum: 7 },
      crowded,
    );
    expect(asked.found).toHaveLength(7);
    const unasked = await identify({ lastName: 'Peeters', birthDate: '1980-00-00' }, crowded);
    expect(unasked.found).toHaveLength(MAXIMUM_ANSWERS);
  });

  it('says when nothing is found (MSG00100)', async () => {
    expect(await identify({ lastName: 'Zzyzx', birthDate: '1950-00-00' })).toMatchObject({
      ok: 'YES',
      codes: ['MSG00100'],
      found: [],
    });
  });

  it('refuses a Maximum over 80 as an invalid structure (the schema bounds it)', async () => {
    const request = identifyXml({ lastName: 'Claes', birthDate: '1990-00-00', maximum: 81 });
    const reply = await askSsdn(ssdn, request);
    expectFault(reply, 'MSG00004');
    expect(() => responseXml(reply)).toThrow();
  });
});
