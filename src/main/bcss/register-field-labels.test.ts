// Every element an information type of xm25.xsd (the Tx25 register extract's schema) may hold below its entry has
// a label in fr, nl and de, and every information type a name: a new version of the schema that adds one fails
// here until it is named.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  decodeRegisterValue,
  REGISTER_FIELD_LABELS,
  registerFieldLabel,
} from '../../shared/domain/register-field-labels';
import { informationTypeLabel, KNOWN_INFORMATION_TYPES } from '../../shared/domain/register-information-types';
import { LANGUAGES } from '../../shared/domain/preferences';

type Node = { [key: string]: unknown };

const schema = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
  readFileSync('resources/schemas/be/fgov/rrn/ibz/xsd/xm25/xm25.xsd', 'utf8'),
) as { 'xs:schema': { 'xs:complexType': Node[] } };
const complexTypes = new Map(
  schema['xs:schema']['xs:complexType'].map((type) => [String(type['@name']), type]),
);

/** The element names below a schema node, following the named types it uses (r:...), once each. */
function elementNames(node: unknown, seen: Set<string>, out: Set<string>): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) elementNames(item, seen, out);
    return out;
  }
  if (typeof node !== 'object' || node === null) return out;
  const object = node as Node;
  // Elements only: the reader leaves attributes (Type, Structure...) out of the fields.
  for (const element of [object['xs:element']].flat()) {
    const name = (element as Node | undefined)?.['@name'];
    if (typeof name === 'string') out.add(name);
  }
  for (const reference of [object['@type'], object['@base']]) {
    if (typeof reference !== 'string' || !reference.startsWith('r:')) continue;
    const name = reference.slice(2);
    const type = complexTypes.get(name);
    if (type && !seen.has(name)) {
      seen.add(name);
      elementNames(type, seen, out);
    }
  }
  for (const [key, value] of Object.entries(object)) {
    if (!key.startsWith('@')) elementNames(value, seen, out);
  }
  return out;
}

const informationTypes = [...complexTypes.keys()].filter((name) => /^IT\d{3}$/.test(name));
// The entry's own dates become its period; an xm25 date's parts are read into one value.
const NOT_FIELDS = new Set(['Date', 'DelDate', 'Century', 'Year', 'Month', 'Day', 'Graphic']);
const fieldNames = new Set<string>();
for (const name of informationTypes) {
  for (const element of elementNames(complexTypes.get(name), new Set([name]), new Set())) {
    if (!NOT_FIELDS.has(element)) fieldNames.add(element);
  }
}

describe('the register extract in the investigator’s language', () => {
  it('reads the schema (guards the test itself)', () => {
    expect(informationTypes.length).toBeGreaterThan(80);
    expect(fieldNames).toContain('ZipCode');
    expect(fieldNames).toContain('Sex');
    expect(fieldNames.size).toBeGreaterThan(150);
  });

  it('names every field the schema defines, in fr, nl and de', () => {
    const missing: string[] = [];
    for (const name of fieldNames) {
      for (const language of LANGUAGES) {
        const text = REGISTER_FIELD_LABELS[name]?.[language];
        if (!text || text.trim() === '') missing.push(`${name} (${language})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names every information type of the schema, in fr, nl and de', () => {
    for (const type of informationTypes) {
      const code = type.slice(2);
      for (const language of LANGUAGES) {
        expect(KNOWN_INFORMATION_TYPES[code]?.[language], `${code} ${language}`).toBeTruthy();
      }
    }
    // A type a later schema adds is still shown, generically, by its number.
    expect(informationTypeLabel('999')).toEqual({ fr: 'TI 999', nl: 'IT 999', de: 'IT 999' });
  });

  it('labels a field’s path, saying a repeated wrapper once', () => {
    expect(registerFieldLabel('Address.ZipCode', 'fr')).toBe('Adresse › Code postal');
    // Under the type Adresse, its wrapper is not repeated.
    expect(registerFieldLabel('Address.ZipCode', 'fr', 'Adresse')).toBe('Code postal');
    expect(registerFieldLabel('NationalNumber.Date', 'nl')).toBe('Geboortedatum');
    expect(registerFieldLabel('Name.FirstName', 'de')).toBe('Vorname');
    expect(registerFieldLabel('Spouse.Date', 'fr')).toBe('Conjoint › Date');
    expect(registerFieldLabel('NationalNumber.NationalNumber', 'nl')).toBe('Rijksregisternummer');
    expect(registerFieldLabel('Spouse.NationalNumber.NationalNumber', 'de')).toBe(
      'Ehepartner › Nationalregisternummer',
    );
    // An element a newer schema adds keeps its own name rather than vanishing.
    expect(registerFieldLabel('Address.NewThing', 'fr')).toBe('Adresse › NewThing');
  });

  it('decodes the codes the register sends without a label', () => {
    expect(decodeRegisterValue('NationalNumber.Sex', '2', 'fr')).toBe('Femme');
    expect(decodeRegisterValue('NationalNumber.Sex', '1', 'de')).toBe('Mann');
    expect(decodeRegisterValue('Gender.Code', '2', 'nl')).toBe('Vrouw');
    expect(decodeRegisterValue('Language', '2', 'fr')).toBe('Néerlandais ou allemand');
    expect(decodeRegisterValue('Fusion', '0', 'nl')).toBe('Nee');
    expect(decodeRegisterValue('Address.ZipCode', '4000', 'fr')).toBeNull();
    expect(decodeRegisterValue('NationalNumber.Sex', '9', 'fr')).toBeNull();
  });
});
