// The Tx25 client against the simulator over mutual TLS: schema-valid requests, the extract as generic information types (known or not), history, replaced numbers, and the codes as DeskErrors.
import { describe, expect, it } from 'vitest';
import {
  call,
  persona,
  rejection,
  through,
  useClientSimulator,
} from '../../test-support/client-simulator';
import {
  informationTypeLabel,
  KNOWN_INFORMATION_TYPES,
} from '../../shared/domain/register-information-types';
import { validateXml } from '../../test-support/simulator';
import { toDeskError } from './desk-error';
import { BcssFault, BcssStatusError } from './failures';
import { newStyleRequest } from './new-style-call';
import {
  readInformationTypes,
  registerExtractCall,
  retrieveRegisterExtract as retrieveRegisterExtractOnLine,
} from './register-extract';
import type { InformationTypeEntry } from '../../shared/domain/supplements';
import { buildEnvelope } from './soap';
import { ANSWER_LIMITS } from './answer-limits';
import { readDocument } from './answer-reader';

const retrieveRegisterExtract = through(retrieveRegisterExtractOnLine);

const counterpart = useClientSimulator();
const endpoint = (fault?: string) => counterpart.endpoint(fault);

const ofType = (entries: InformationTypeEntry[], code: string) =>
  entries.filter((e) => e.code === code);

describe('Tx25 requests', () => {
  it('follow the official schema, with and without history, in each language', async () => {
    for (const language of ['fr', 'nl', 'de'] as const) {
      for (const history of [true, false]) {
        const request = buildEnvelope(
          newStyleRequest(
            { cbe: '0207777760' },
            registerExtractCall({ ...call(), ssin: '87041214292', language, history }),
          ),
        );
        expect((await validateXml(request, ['soapEnvelope', 'retrieveTIGroups'])).errors).toEqual(
          [],
        );
      }
    }
  });
});

describe('Tx25 extract', () => {
  it('reads the current nationality, register, residence and address, labelled in the language asked for', async () => {
    const extract = await retrieveRegisterExtract(endpoint(), {
      ...call(),
      ssin: persona('belgian-ris').niss,
      language: 'nl',
    });
    expect(extract.found).toBe(true);
    expect(extract.ticketCBSS).toMatch(/^[0-9a-f-]{36}$/);
    expect(extract.informationTypes.every((e) => e.current && e.endDate === null)).toBe(true);
    expect(ofType(extract.informationTypes, '031')).toEqual([
      {
        code: '031',
        group: 'Nationalities',
        date: { value: '1987-04-12', precision: 'day' },
        endDate: null,
        fields: [{ name: 'Nationality', value: '150', label: 'België' }],
        current: true,
      },
    ]);
    const [residence] = ofType(extract.informationTypes, '001');
    expect(residence?.fields).toContainEqual({ name: 'Residence', value: '62063', label: 'Luik' });
    const [address] = ofType(extract.informationTypes, '020');
    expect(address?.fields).toContainEqual({ name: 'Address.ZipCode', value: '4000' });
    expect(ofType(extract.informationTypes, '120')[0]?.fields).toEqual([
      { name: 'CivilState', value: '10', label: 'Ongehuwd' },
    ]);
  });

  it('gives ended periods, with their end, only when history is asked', async () => {
    const ssin = persona('moves-and-registers').niss;
    const current = await retrieveRegisterExtract(endpoint(), { ...call(), ssin });
    const all = await retrieveRegisterExtract(endpoint(), { ...call(), ssin, history: true });
    const ended = all.informationTypes.filter((e) => !e.current);
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.every((e) => e.endDate !== null)).toBe(true);
    expect(current.informationTypes).toEqual(all.informationTypes.filter((e) => e.current));
  });

  it('keeps incomplete dates at their precision', async () => {
    const extract = await retrieveRegisterExtract(endpoint(), {
      ...call(),
      ssin: persona('incomplete-dates').niss,
      history: true,
    });
    const precisions = extract.informationTypes
      .flatMap((e) => [e.date, e.endDate])
      .map((d) => d?.precision);
    expect(precisions).toContain('month');
  });

  it('names every information type it reads (000 and 253 included), keeping the fields as they came', async () => {
    const persona0 = persona('belgian-ris');
    const extract = await retrieveRegisterExtract(endpoint(), { ...call(), ssin: persona0.niss });
    const unknown = extract.informationTypes.filter((e) => !(e.code in KNOWN_INFORMATION_TYPES));
    expect(unknown).toEqual([]);
    expect(informationTypeLabel('000').fr).toBe('Numéro d’identification');
    expect(informationTypeLabel('253').de).toBe('Erhebungsdatum');
    const [number] = ofType(extract.informationTypes, '000');
    expect(number?.fields).toEqual([
      { name: 'NationalNumber.NationalNumber', value: persona0.niss },
      { name: 'NationalNumber.Date', value: '1987-04-12' },
      { name: 'NationalNumber.Sex', value: '2' },
    ]);
    expect(informationTypeLabel('999')).toEqual({ fr: 'TI 999', nl: 'IT 999', de: 'IT 999' });
  });

  it('reads the register of a replaced number for its replacement', async () => {
    const replaced = persona('replaced-niss');
    const final = replaced.registerState.kind === 'replaced' ? replaced.registerState.by : '';
    const extract = await retrieveRegisterExtract(endpoint(), { ...call(), ssin: replaced.niss });
    expect(extract.replacedBy).toBe(final);
    expect(ofType(extract.informationTypes, '000')[0]?.fields[0]?.value).toBe(final);
  });
});

describe('reading an extract generically', () => {
  it('reads a type it does not know, and one without its Type attribute, from their elements', () => {
    const file = readDocument(
      `<rrn_it_implicit xmlns:rn="http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema">
        <rn:MilitaryServices><rn:MilitaryService Type="160"><rn:Date><rn:Century>20</rn:Century><rn:Year>05</rn:Year><rn:Month>00</rn:Month></rn:Date>
          <rn:Service><rn:Code>X1</rn:Code><rn:Label>Synthetic</rn:Label></rn:Service><rn:Remark>free text</rn:Remark></rn:MilitaryService></rn:MilitaryServices>
        <rn:Nationalities><rn:Nationality><rn:Date><rn:Century>19</rn:Century><rn:Year>94</rn:Year><rn:Month>00</rn:Month><rn:Day>00</rn:Day></rn:Date>
          <rn:DelDate><rn:Century>20</rn:Century><rn:Year>16</rn:Year><rn:Month>03</rn:Month><rn:Day>00</rn:Day></rn:DelDate>
          <rn:Nationality><rn:Code>111</rn:Code><rn:Label>France</rn:Label></rn:Nationality></rn:Nationality></rn:Nationalities>
      </rrn_it_implicit>`,
      {
        element: { namespace: '', name: 'rrn_it_implicit' },
        namespaces: ['http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema'],
        repeated: [],
        limits: ANSWER_LIMITS.RegisterExtract,
      },
    );
    expect(readInformationTypes(file)).toEqual([
      {
        code: '160',
        group: 'MilitaryServices',
        date: { value: '2005', precision: 'year' },
        endDate: null,
        fields: [
          { name: 'Service', value: 'X1', label: 'Synthetic' },
          { name: 'Remark', value: 'free text' },
        ],
        current: true,
      },
      {
        code: '031',
        group: 'Nationalities',
        date: { value: '1994', precision: 'year' },
        endDate: { value: '2016-03', precision: 'month' },
        fields: [{ name: 'Nationality', value: '111', label: 'France' }],
        current: false,
      },
    ]);
  });
});

describe('Tx25 refusals', () => {
  it.each([
    ['unknown-niss', 'MSG00005'],
    ['cancelled-niss', 'MSG00007'],
    ['deceased', 'MSG00009'],
    ['not-integrated', 'MSG00012'],
    ['bis-urgent-medical-aid', 'REG00004'],
  ])('%s: %s, as the localized status message', async (key, code) => {
    const error = await rejection(
      retrieveRegisterExtract(endpoint(), { ...call(), ssin: persona(key).niss }),
    );
    expect(error).toBeInstanceOf(BcssStatusError);
    expect((error as BcssStatusError).code).toBe(code);
    expect(toDeskError(error)).toMatchObject({
      code: 'BCSS_STATUS',
      messageKey: `inquiry.error.status.${code}`,
      details: { code },
    });
  });

  it('a server fault stays a retryable fault', async () => {
    const error = await rejection(
      retrieveRegisterExtract(endpoint('http=503'), {
        ...call(),
        ssin: persona('belgian-ris').niss,
      }),
    );
    expect(error).toBeInstanceOf(BcssFault);
    expect((error as BcssFault).transient).toBe(true);
  });
});
