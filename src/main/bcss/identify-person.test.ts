// The IdentifyPerson client against the simulator over mutual TLS: valid requests, typed candidates (incomplete dates, municipality in three languages), the cap, and the codes as DeskErrors.
import { describe, expect, it } from 'vitest';
import {
  call,
  persona,
  rejection,
  through,
  useClientSimulator,
} from '../../test-support/client-simulator';
import { REPLACEMENT_NISS, validateXml, DEMO_INVESTIGATOR } from '../../test-support/simulator';
import { toDeskError } from './desk-error';
import {
  IDENTIFY_PERSON,
  identifyBySsin as identifyBySsinOnLine,
  incompleteDate,
  SearchCriteriaError,
  searchPersons as searchPersonsOnLine,
} from './identify-person';
import { buildSsdnServiceRequest } from './ssdn-call';

const identifyBySsin = through(identifyBySsinOnLine);
const searchPersons = through(searchPersonsOnLine);

const counterpart = useClientSimulator();
const endpoint = (fault?: string) => counterpart.endpoint(fault);

describe('IdentifyPerson requests', () => {
  it('a phonetic search with every criterion validates against the official schema', async () => {
    const xml = buildSsdnServiceRequest(
      {
        serviceUrls: { ssdnConnector: '' },
        cbe: '0207777760',
        user: DEMO_INVESTIGATOR,
        channel: undefined as never,
      },
      {
        ...call(),
        service: IDENTIFY_PERSON,
        payload: {
          IdentifyPersonRequest: {
            '@xmlns': 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson',
            SearchCriteria: {
              PhoneticCriteria: {
                LastName: 'Wouters',
                FirstName: 'Georges',
                BirthDate: incompleteDate('1950'),
                Gender: 1,
                Tolerance: 3,
                Maximum: 10,
              },
            },
          },
        },
      },
    );
    expect(await validateXml(xml, ['ssdn', 'identifyPerson'])).toEqual({ valid: true, errors: [] });
  });

  it('writes partial birth dates as the register does', () => {
    expect(incompleteDate('1994')).toBe('1994-00-00');
    expect(incompleteDate('1994-03')).toBe('1994-03-00');
    expect(incompleteDate('1994-03-07')).toBe('1994-03-07');
    expect(() => incompleteDate('07/03/1994')).toThrow(SearchCriteriaError);
  });
});

describe('IdentifyPerson over TLS', () => {
  it('finds a person by NISS, typed: names, birth date, sex, municipality in three languages', async () => {
    const couple = persona('couple-main-beneficiary');
    const result = await identifyBySsin(endpoint(), { ...call(), ssin: couple.niss });
    expect(result.ticketCBSS).toBeTruthy();
    expect(result.candidates).toEqual([
      {
        ssin: couple.niss,
        lastName: couple.lastName,
        firstNames: couple.firstName,
        birthDate: { value: couple.birthDate, precision: 'day' },
        sex: couple.sex,
        municipality: {
          nisCode: '62063',
          postalCode: '4000',
          name: { fr: 'Liège', nl: 'Luik', de: 'Lüttich' },
        },
        countryCode: '150',
        origin: 'NATIONAL_REGISTER',
      },
    ]);
    expect(result.mayHaveMore).toBe(false);
  });

  it('keeps an incomplete birth date incomplete', async () => {
    const incomplete = persona('incomplete-dates');
    const result = await identifyBySsin(endpoint(), { ...call(), ssin: incomplete.niss });
    expect(result.candidates[0]?.birthDate).toEqual({ value: '1994', precision: 'year' });
  });

  it('finds the person under the Dutch spelling of a French-spelt name, within the tolerance', async () => {
    const wauters = persona('deceased');
    const born = Number(wauters.birthDate!.slice(0, 4));
    const found = await searchPersons(endpoint(), {
      ...call(),
      lastName: 'Wouters',
      birthDate: String(born + 2),
      tolerance: 2,
    });
    expect(found.candidates.map((c) => c.ssin)).toContain(wauters.niss);
    const tooFar = await searchPersons(endpoint(), {
      ...call(),
      lastName: 'Wouters',
      birthDate: String(born + 2),
      tolerance: 1,
    });
    expect(tooFar.candidates.map((c) => c.ssin)).not.toContain(wauters.niss);
  });

  it('says there may be more when the answers reach the maximum asked', async () => {
    const claes = persona('overlap-blocked');
    const result = await searchPersons(endpoint(), {
      ...call(),
      lastName: 'Claus',
      birthDate: claes.birthDate!.slice(0, 4),
      maximum: 1,
    });
    expect(result.candidates).toHaveLength(1);
    expect(result.mayHaveMore).toBe(true);
  });

  it('reports a replaced NISS with the candidate under its new number', async () => {
    const old = persona('replaced-niss').niss;
    const result = await identifyBySsin(endpoint(), { ...call(), ssin: old });
    expect(result.replacedBy).toBe(REPLACEMENT_NISS[old]);
    expect(result.candidates.map((c) => c.ssin)).toEqual([REPLACEMENT_NISS[old]]);
  });

  it('maps the codes: invalid and unknown NISS', async () => {
    const invalid = await rejection(identifyBySsin(endpoint(), { ...call(), ssin: '12345678901' }));
    expect(toDeskError(invalid)).toMatchObject({
      code: 'BCSS_STATUS',
      messageKey: 'inquiry.error.status.MSG00011',
    });
    const unknown = await rejection(
      identifyBySsin(endpoint(), { ...call(), ssin: persona('unknown-niss').niss }),
    );
    expect(toDeskError(unknown)).toMatchObject({ messageKey: 'inquiry.error.status.MSG00005' });
  });

  it('refuses criteria out of the service’s bounds before any call', async () => {
    counterpart.simulator().clearLog();
    const base = { ...call(), lastName: 'Claes', birthDate: '1990' };
    await expect(searchPersons(endpoint(), { ...base, tolerance: 11 })).rejects.toThrow(
      SearchCriteriaError,
    );
    await expect(searchPersons(endpoint(), { ...base, maximum: 81 })).rejects.toThrow(
      SearchCriteriaError,
    );
    await expect(searchPersons(endpoint(), { ...base, lastName: ' ' })).rejects.toThrow(
      SearchCriteriaError,
    );
    expect(counterpart.simulator().logEntries()).toHaveLength(0);
  });
});
