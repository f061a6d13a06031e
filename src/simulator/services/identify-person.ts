// The simulated SSDN service IdentifyPerson (OCMWCPASIdentifyPerson 20050930, official schema): a person by NISS, or candidates by phonetic search, from the personas.
import { parseNiss } from '../../shared/domain/niss';
import { MUNICIPALITIES, PersonaRegistry, type Persona } from '../personas';
import { STATUS_DESCRIPTIONS, type Information } from './checks';
import { incompleteBirthDate, phoneticSearch, type PhoneticCriteria } from './phonetic-search';
import { NS, type SchemaName } from './schemas';
import type { SsdnDetail, SsdnServiceHandler, SsdnServiceResult } from './ssdn';
import { child, childText, compact, type XmlElement, type XmlTree } from './xml';

export const IDENTIFY_PERSON_SERVICE_ID = 'OCMWCPASIdentifyPerson';
export const IDENTIFY_PERSON_VERSION = '20050930';
/** The most answers the service returns (the schema's bound on Maximum), and what it returns unasked. */
export const MAXIMUM_ANSWERS = 80;
/** DOMAIN.md §6: the birth-date tolerance the service accepts. */
export const MAXIMUM_TOLERANCE = 10;

const BELGIUM = '150';
const GENDER = { M: 1, F: 2 } as const;

export function identifyPersonHandler(personas: readonly Persona[]): SsdnServiceHandler {
  const registry = new PersonaRegistry(personas);
  // Only persons in a register can be found: an absent or cancelled number identifies nobody.
  const findable = personas.filter(
    (p) => p.registerState.kind !== 'absent' && p.registerState.kind !== 'cancelled',
  );
  return {
    serviceId: IDENTIFY_PERSON_SERVICE_ID,
    version: IDENTIFY_PERSON_VERSION,
    schemas: ['identifyPerson'] satisfies SchemaName[],
    payload: { ns: NS.identifyPerson, local: 'IdentifyPersonRequest' },
    handle: (payload) => handleIdentifyPerson(payload, registry, findable),
  };
}

function handleIdentifyPerson(
  payload: XmlElement,
  registry: PersonaRegistry,
  findable: readonly Persona[],
): SsdnServiceResult {
  const I = NS.identifyPerson;
  const criteria = child(payload, 'SearchCriteria', I);
  const ssin = criteria ? childText(criteria, 'SSIN', I) : undefined;
  const phonetic = criteria ? child(criteria, 'PhoneticCriteria', I) : undefined;
  const reply = (persons: { persona: Persona; niss: string }[] = []): XmlTree => ({
    IdentifyPersonReply: {
      '@_xmlns': NS.identifyPerson,
      ...(persons.length > 0
        ? { SearchResults: { LimitedLegalData: persons.map((p) => legalData(p.persona, p.niss)) } }
        : {}),
    },
  });
  const refuse = (code: string, information: Information[]): SsdnServiceResult => ({
    ok: 'NO',
    details: [detail('ERROR', code, information)],
    payload: reply(),
  });

  // The NISS wins when both are given (the schema says the phonetic criteria are then ignored).
  if (ssin !== undefined) {
    if (!parseNiss(ssin).ok) return refuse('MSG00011', [{ fieldName: 'SSIN', fieldValue: ssin }]);
    const match = registry.lookup(ssin);
    if (!match || match.state.kind === 'absent') return refuse('MSG00005', []);
    if (match.state.kind === 'cancelled') return refuse('MSG00007', []);
    if (match.state.kind === 'replaced') {
      return {
        ok: 'WARNING',
        details: [
          detail('WARNING', 'MSG00006', [{ fieldName: 'newSSIN', fieldValue: match.finalNiss }]),
        ],
        payload: reply([{ persona: match.persona, niss: match.finalNiss }]),
      };
    }
    return {
      ok: 'YES',
      details: [],
      payload: reply([{ persona: match.persona, niss: match.finalNiss }]),
    };
  }
  if (!phonetic) return refuse('MSG00008', [{ fieldName: 'SearchCriteria', fieldValue: 'empty' }]);

  const tolerance = Number(childText(phonetic, 'Tolerance', I) ?? '0');
  if (tolerance < 0 || tolerance > MAXIMUM_TOLERANCE)
    return refuse('MSG00008', [{ fieldName: 'Tolerance', fieldValue: String(tolerance) }]);
  const gender = childText(phonetic, 'Gender', I);
  const firstName = childText(phonetic, 'FirstName', I);
  const search: PhoneticCriteria = {
    lastName: childText(phonetic, 'LastName', I) ?? '',
    birthDate: childText(phonetic, 'BirthDate', I) ?? '',
    tolerance,
    // The schema bounds Maximum to 1-80; unasked, the service returns as many as it may.
    maximum: Number(childText(phonetic, 'Maximum', I) ?? MAXIMUM_ANSWERS),
    ...(firstName ? { firstName } : {}),
    ...(gender === '1' ? { sex: 'M' as const } : gender === '2' ? { sex: 'F' as const } : {}),
  };
  if (search.lastName === '')
    return refuse('MSG00008', [{ fieldName: 'LastName', fieldValue: 'empty' }]);
  const found = phoneticSearch(findable, search).map((persona) => ({
    persona,
    niss: persona.registerState.kind === 'replaced' ? persona.registerState.by : persona.niss,
  }));
  return {
    ok: 'YES',
    details: found.length === 0 ? [detail('INFORMATION', 'MSG00100', [])] : [],
    payload: reply(found),
  };
}

/** A search result: the Basic legal data, with the address of the person's current residence. */
function legalData(persona: Persona, niss: string): XmlTree {
  const bis = parseNiss(niss);
  return {
    // Our model: a BIS number's data comes from the BCSS registers, a National Register number's from there.
    '@_origin': bis.ok && bis.kind === 'bis' ? 'BCSS_KSZ' : 'RN_RR',
    Basic: compact({
      SocialSecurityUser: niss,
      LastName: persona.lastName,
      FirstName: persona.firstName,
      BirthDate: incompleteBirthDate(persona.birthDate) ?? undefined,
      Gender: persona.sex ? GENDER[persona.sex] : 0,
      Address: address(persona),
    }),
  };
}

function address(persona: Persona): XmlTree | undefined {
  const current = persona.history?.residences.find(
    (r) => r.end === undefined || r.end.startsWith('9999'),
  );
  if (!current) return undefined;
  if (current.place.kind === 'ABROAD') return { CountryCode: Number(current.place.country) };
  if (current.place.kind !== 'MUNICIPALITY') return undefined;
  const municipality = MUNICIPALITIES[current.place.municipality];
  return {
    CountryCode: Number(BELGIUM),
    MunicipalityCode: Number(municipality.nis),
    Municipality: (['fr', 'nl', 'de'] as const).map((lang) => ({
      '@_lang': lang,
      '#text': municipality.labels[lang],
    })),
    PostalCode: municipality.postalCode,
  };
}

function detail(
  severity: SsdnDetail['severity'],
  code: string,
  information: Information[],
): SsdnDetail {
  return { severity, reasonCode: code, diagnostic: STATUS_DESCRIPTIONS[code] ?? code, information };
}
