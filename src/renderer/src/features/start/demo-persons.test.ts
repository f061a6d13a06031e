import { describe, expect, it } from 'vitest';
import type { DemoPerson } from '../../../../shared/contract/contract';
import {
  demoOptionText,
  demoPersonFor,
  demoPersonName,
  groupDemoPersons,
  pickedNissText,
  shorten,
} from './demo-persons';

const teaches = (fr: string) => ({ fr, nl: `${fr} (nl)`, de: `${fr} (de)` });
const PERSONS: DemoPerson[] = [
  {
    niss: '85073003328',
    lastName: 'Lejeune',
    firstName: 'Martine',
    teaches: teaches(
      'Une Belge au RIS classique : nationalité, registre et commune stables, un formulaire B ouvert.',
    ),
    expectedCode: null,
  },
  {
    niss: '17073003384',
    lastName: 'Dupont',
    firstName: 'Jean',
    teaches: teaches('Le NISS n’existe pas.'),
    expectedCode: 'MSG00005',
  },
  {
    niss: '98472899765',
    lastName: 'Haddad',
    firstName: 'Rami',
    teaches: teaches('Un demandeur d’asile.'),
    expectedCode: null,
  },
];

describe('demo persons', () => {
  it('splits readable cases from BCSS codes, keeping the order', () => {
    const groups = groupDemoPersons(PERSONS);
    expect(groups.cases.map((p) => p.lastName)).toEqual(['Lejeune', 'Haddad']);
    expect(groups.codes.map((p) => p.lastName)).toEqual(['Dupont']);
  });

  it('writes a short option: name, code, the start of what the case teaches', () => {
    const [lejeune, dupont] = PERSONS;
    const text = demoOptionText(lejeune!, 'fr', 60);
    expect(text.startsWith('LEJEUNE Martine — Une Belge au RIS')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(60);
    expect(demoOptionText(dupont!, 'nl')).toBe(
      'DUPONT Jean — MSG00005 · Le NISS n’existe pas. (nl)',
    );
  });

  it('cuts at a word boundary', () => {
    expect(shorten('abc def ghi', 9)).toBe('abc def…');
    expect(shorten('short', 9)).toBe('short');
  });

  it('finds the person whose NISS is in the field, whatever the separators', () => {
    expect(demoPersonFor(PERSONS, '85.07.30-033.28')?.lastName).toBe('Lejeune');
    expect(demoPersonFor(PERSONS, '')).toBeUndefined();
    expect(demoPersonFor(PERSONS, '85.07.30-033.29')).toBeUndefined();
  });

  it('names a person LASTNAME Firstname, as the saved inquiry will', () => {
    expect(demoPersonName(PERSONS[0]!)).toBe('LEJEUNE Martine');
    expect(demoPersonName({ lastName: 'El Amrani', firstName: 'Nadia' })).toBe('EL AMRANI Nadia');
  });

  it('fills the field as if the NISS had been typed', () => {
    expect(pickedNissText(PERSONS[2]!)).toBe('98.47.28-997.65');
  });
});
