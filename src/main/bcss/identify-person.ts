// IdentifyPerson (OCMWCPASIdentifyPerson 20050930): a person by NISS, or candidates by phonetic search on name and birth date, as typed candidates.
import type {
  CandidateMunicipality,
  IdentifyResult,
  PersonCandidate,
} from '../../shared/contract/person-services';
import { readIncompleteDate } from './bcss-dates';
import { callSsdnService, type SsdnCallBase, type SsdnEndpoint } from './ssdn-call';
import { children, MalformedXml, optionalChild, requiredText, text, type XmlNode } from './xml';

export const IDENTIFY_PERSON = {
  serviceId: 'OCMWCPASIdentifyPerson',
  version: '20050930',
} as const;
const NAMESPACE = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson';

/** The bounds the service sets (schema and DOMAIN.md §6). */
export const SEARCH_LIMITS = { maxTolerance: 10, minAnswers: 1, maxAnswers: 80 } as const;

export interface IdentifyBySsinCall extends SsdnCallBase {
  ssin: string;
}

export interface PhoneticSearchCall extends SsdnCallBase {
  lastName: string;
  firstName?: string;
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': the precision sets the tolerance's unit. */
  birthDate: string;
  /** How far the birth date may be off (0-10), in years, months or days per the birth date's precision. */
  tolerance?: number;
  sex?: 'M' | 'F';
  /** 1-80; 80 when absent. */
  maximum?: number;
}

/** Refused before any call: an argument the service would refuse anyway. */
export class SearchCriteriaError extends RangeError {
  override name = 'SearchCriteriaError';
}

export async function identifyBySsin(
  endpoint: SsdnEndpoint,
  call: IdentifyBySsinCall,
): Promise<IdentifyResult> {
  return identify(endpoint, call, { SSIN: call.ssin }, SEARCH_LIMITS.maxAnswers);
}

export async function searchPersons(
  endpoint: SsdnEndpoint,
  call: PhoneticSearchCall,
): Promise<IdentifyResult> {
  const tolerance = call.tolerance ?? 0;
  const maximum = call.maximum ?? SEARCH_LIMITS.maxAnswers;
  if (!Number.isInteger(tolerance) || tolerance < 0 || tolerance > SEARCH_LIMITS.maxTolerance)
    throw new SearchCriteriaError(`tolerance ${tolerance} is not within 0-10`);
  if (
    !Number.isInteger(maximum) ||
    maximum < SEARCH_LIMITS.minAnswers ||
    maximum > SEARCH_LIMITS.maxAnswers
  )
    throw new SearchCriteriaError(`maximum ${maximum} is not within 1-80`);
  if (call.lastName.trim() === '') throw new SearchCriteriaError('a last name is needed');
  const criteria: XmlNode = {
    PhoneticCriteria: {
      LastName: call.lastName.trim(),
      ...(call.firstName?.trim() ? { FirstName: call.firstName.trim() } : {}),
      BirthDate: incompleteDate(call.birthDate),
      ...(call.sex ? { Gender: call.sex === 'M' ? 1 : 2 } : {}),
      Tolerance: tolerance,
      Maximum: maximum,
    },
  };
  return identify(endpoint, call, criteria, maximum);
}

/** 'YYYY' → 'YYYY-00-00', 'YYYY-MM' → 'YYYY-MM-00': the register's incomplete date form. */
export function incompleteDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!match) throw new SearchCriteriaError(`not a birth date: ${date}`);
  return `${match[1]}-${match[2] ?? '00'}-${match[3] ?? '00'}`;
}

async function identify(
  endpoint: SsdnEndpoint,
  call: SsdnCallBase,
  criteria: XmlNode,
  maximum: number,
): Promise<IdentifyResult> {
  const reply = await callSsdnService(endpoint, {
    ticket: call.ticket,
    sentAt: call.sentAt,
    ...(call.signal ? { signal: call.signal } : {}),
    service: IDENTIFY_PERSON,
    payload: { IdentifyPersonRequest: { '@xmlns': NAMESPACE, SearchCriteria: criteria } },
    replyElement: 'IdentifyPersonReply',
    replyNamespace: NAMESPACE,
    limits: 'IdentifyPerson',
    repeated: ['LimitedLegalData', 'Municipality'],
  });
  if (!reply.payload) throw new MalformedXml('unexpected', 'no IdentifyPersonReply in the answer');
  const candidates = children(
    optionalChild(reply.payload, 'SearchResults'),
    'LimitedLegalData',
  ).map(readCandidate);
  return {
    ticketCBSS: reply.ticketCBSS,
    candidates,
    mayHaveMore: candidates.length >= maximum,
    replacedBy: reply.codes.includes('MSG00006') ? (reply.information.newSSIN ?? null) : null,
  };
}

function readCandidate(node: XmlNode): PersonCandidate {
  const basic = optionalChild(node, 'Basic');
  const gender = text(basic, 'Gender');
  const birth = text(basic, 'BirthDate');
  const address = optionalChild(basic, 'Address');
  const origin = node['@origin'];
  return {
    ssin: requiredText(basic, 'SocialSecurityUser'),
    lastName: requiredText(basic, 'LastName'),
    firstNames: [text(basic, 'FirstName'), text(basic, 'MiddleName')].filter(Boolean).join(' '),
    birthDate: birth ? readIncompleteDate(birth) : null,
    sex: gender === '1' ? 'M' : gender === '2' ? 'F' : null,
    municipality: readMunicipality(address),
    countryCode: text(address, 'CountryCode'),
    origin:
      origin === 'RN_RR' ? 'NATIONAL_REGISTER' : origin === 'BCSS_KSZ' ? 'BCSS_REGISTER' : null,
  };
}

function readMunicipality(address: XmlNode | null): CandidateMunicipality | null {
  const nisCode = text(address, 'MunicipalityCode');
  if (nisCode === null) return null;
  const names: Partial<Record<string, string>> = {};
  for (const name of children(address, 'Municipality')) {
    const lang = typeof name['@lang'] === 'string' ? name['@lang'] : 'fr';
    names[lang] = String(name['#text'] ?? '');
  }
  const fr = names.fr ?? names.nl ?? names.de ?? nisCode;
  return {
    nisCode,
    postalCode: text(address, 'PostalCode'),
    name: { fr, nl: names.nl ?? fr, de: names.de ?? fr },
  };
}
