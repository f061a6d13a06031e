// Maps a person to the National Register extract of Tx25 (xm25 information types), from the same timelines as Social Inquiry's sections 1 and 2.
import {
  CIVIL_STATES,
  COUNTRIES,
  cpasByCbe,
  FAMILY_ROLES,
  MUNICIPALITIES,
  RECEPTION_STRUCTURES,
  REGISTERS,
  STRUCK_OFF,
  type IncompleteDate,
  type Labels,
  type Persona,
  type ResidencePeriod,
  type Span,
} from '../personas';
import { isOpenEnd } from './periods';
import { NS } from './schemas';
import { compact, type XmlTree } from './xml';

export type ExtractLanguage = 'fr' | 'nl' | 'de';

export interface RegisterExtract {
  /** The content of `rrn_it_implicit` (xm25 FileInfoType), namespace declared. */
  tree: XmlTree;
  /** Information type entries over the whole history (0 → NO_DATA_FOUND), whatever `history` asked. */
  count: number;
}

const R = 'rn:';

/** Municipalities whose register language is Dutch or German (TI 001 Language 2); the others are French (1). */
const NOT_FRENCH = new Set(['gent', 'antwerpen', 'leuven', 'brugge', 'eupen', 'sanktVith']);

/** Synthetic streets (TI 020): the register's street code and name; every address is invented. */
const STREETS: readonly { code: string; labels: Labels }[] = [
  { code: '1010', labels: lb('Rue de la Station', 'Stationsstraat', 'Bahnhofstraße') },
  { code: '1204', labels: lb("Rue de l'Église", 'Kerkstraat', 'Kirchstraße') },
  { code: '2331', labels: lb('Avenue des Tilleuls', 'Lindenlaan', 'Lindenallee') },
  { code: '3007', labels: lb('Rue du Moulin', 'Molenstraat', 'Mühlenstraße') },
  { code: '4415', labels: lb('Place du Marché', 'Marktplein', 'Marktplatz') },
];

/**
 * The person's register file: TI 031 nationalities, TI 210 registers, TI 001 residences (with a TI 020
 * address for each Belgian municipality), TI 207 organisations in charge — the periods of Social
 * Inquiry's sections 1 and 2 that the National Register holds (not those of the BCSS's own register) —
 * plus TI 120 civil states and TI 140 / 141 household where the persona has them, TI 000 (the number),
 * TI 010 (the name, from the first date of the file) and TI 253 (the date the file was collected). `history` false keeps only what is current (no end).
 */
export function registerExtract(
  persona: Persona,
  finalNiss: string,
  language: ExtractLanguage,
  history: boolean,
): RegisterExtract {
  const h = persona.history;
  const inRegister = <T extends Span & { origin: string }>(items: readonly T[] | undefined): T[] =>
    [...(items ?? [])]
      .filter((item) => item.origin !== 'BCSS_REGISTER')
      .sort((a, b) => (a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : 0));
  const nationalities = inRegister(h?.nationalities);
  const registers = inRegister(h?.registers);
  const residences = inRegister(h?.residences);
  const inCharge = inRegister(h?.inCharge);
  const civilStates = persona.registerExtras?.civilStates ?? [];
  const household = persona.registerExtras?.household ?? [];
  const addresses = residences.filter((r) => r.place.kind === 'MUNICIPALITY');
  const count =
    nationalities.length +
    registers.length +
    residences.length +
    addresses.length +
    inCharge.length +
    civilStates.length +
    household.length;

  const keep = <T extends Span>(items: readonly T[]): T[] =>
    history ? [...items] : items.filter((i) => isOpenEnd(i.end));
  const text = (l: Labels): string => l[language];
  const group = (name: string, entry: string, entries: XmlTree[]): XmlTree =>
    entries.length === 0 ? {} : { [R + name]: { [R + entry]: entries } };

  const firstDate = [...nationalities, ...registers, ...residences].map((s) => s.begin).sort()[0];
  const nameSince = firstDate ?? persona.birthDate ?? undefined;
  const tree: XmlTree = {
    '@_xmlns:rn': NS.xm25,
    ...nationalNumber(finalNiss, persona),
    ...group(
      'FileOwner',
      'Residences',
      keep(residences).map((r) =>
        entry('001', r, {
          [R + 'Residence']: codeLabel(residenceCode(r), text(residenceLabels(r))),
          [R + 'Fusion']: '0',
          [R + 'Language']:
            r.place.kind === 'MUNICIPALITY' && NOT_FRENCH.has(r.place.municipality) ? '2' : '1',
        }),
      ),
    ),
    // The name holds from the file's first date (or the birth date); xm25 puts Names before the addresses.
    ...(count > 0 && persona.lastName && nameSince
      ? group('Names', 'Name', [
          entry(
            '010',
            { begin: nameSince },
            {
              [R + 'Name']: {
                [R + 'LastName']: codeLabel(persona.lastName, persona.lastName),
                ...(persona.firstName
                  ? { [R + 'FirstName']: codeLabel(persona.firstName, persona.firstName) }
                  : {}),
              },
            },
          ),
        ])
      : {}),
    ...group(
      'LegalMainAddresses',
      'LegalMainAddress',
      keep(addresses).map((r) => entry('020', r, { [R + 'Address']: address(r, finalNiss, text) })),
    ),
    ...group(
      'Nationalities',
      'Nationality',
      keep(nationalities).map((n) =>
        entry('031', n, { [R + 'Nationality']: codeLabel(n.country, text(COUNTRIES[n.country])) }),
      ),
    ),
    ...group(
      'CivilStates',
      'CivilState',
      keep(civilStates).map((c) =>
        entry('120', c, {
          [R + 'CivilState']: codeLabel(c.state, text(CIVIL_STATES[c.state])),
          ...(c.spouseNiss
            ? {
                [R + 'Spouse']: {
                  [R + 'NationalNumber']: { [R + 'NationalNumber']: c.spouseNiss },
                },
              }
            : {}),
        }),
      ),
    ),
    ...group(
      'FamilyMembers',
      'FamilyMember',
      keep(household.filter((m) => m.position === 'REFERENCE')).map((m) =>
        entry('140', m, householdFields(m.role, m.otherNiss, text)),
      ),
    ),
    ...group(
      'HeadOfFamily',
      'HeadOfFamily',
      keep(household.filter((m) => m.position === 'MEMBER')).map((m) =>
        entry('141', m, householdFields(m.role, m.otherNiss, text)),
      ),
    ),
    ...group(
      'OrganizationsInCharge',
      'OrganizationInCharge',
      keep(inCharge).map((p) => {
        if (p.organisation.kind === 'CPAS') {
          const m = MUNICIPALITIES[cpasByCbe(p.organisation.cbe).municipality];
          return entry('207', p, {
            [R + 'SocialWelfare']: { [R + 'Place']: codeLabel(m.nis, text(m.labels)) },
          });
        }
        const structure = RECEPTION_STRUCTURES[p.organisation.code];
        if (structure.kind === 'ILA') {
          // A local reception initiative is the CPAS's own: the register names the CPAS and the initiative.
          const m = MUNICIPALITIES[structure.municipality];
          return entry('207', p, {
            [R + 'SocialWelfare']: {
              [R + 'Place']: codeLabel(m.nis, text(m.labels)),
              [R + 'Initiative']: codeLabel(structure.code, structure.name),
            },
          });
        }
        return entry('207', p, {
          [R + 'RefugeeCentre']: codeLabel(structure.code, structure.name),
        });
      }),
    ),
    ...group(
      'RegistrationRegisters',
      'RegistrationRegister',
      keep(registers).map((r) =>
        entry('210', r, {
          [R + 'RegistrationRegister']: codeLabel(r.register, text(REGISTERS[r.register])),
        }),
      ),
    ),
    // TI 253 is outside the types the app knows by name: it shows an extract carries more than those.
    ...(firstDate ? { [R + 'CreationDate']: entry('253', { begin: firstDate }, {}) } : {}),
  };
  return { tree, count };
}

/** An xm25 date: century, year, month, day; an unknown month or day is written 00, as the register does. */
export function xm25Date(date: IncompleteDate): XmlTree {
  const match = /^(\d{2})(\d{2})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  const [, century, year, month, day] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  return { [R + 'Century']: century, [R + 'Year']: year, [R + 'Month']: month, [R + 'Day']: day };
}

function entry(type: string, span: Span, fields: XmlTree): XmlTree {
  return {
    '@_Type': type,
    [R + 'Date']: xm25Date(span.begin),
    ...(span.end !== undefined && !isOpenEnd(span.end)
      ? { [R + 'DelDate']: xm25Date(span.end) }
      : {}),
    ...fields,
  };
}

function codeLabel(code: string, label: string): XmlTree {
  return { [R + 'Code']: code, [R + 'Label']: label };
}

function nationalNumber(niss: string, persona: Persona): XmlTree {
  // TI 000 wants a birth date and a sex; a person the register knows neither of has no such entry here.
  if (persona.sex === null || persona.birthDate === null) return {};
  const [year = '', month = '00', day = '00'] = persona.birthDate.split('-');
  return {
    [R + 'NationalNumber']: {
      '@_Type': '000',
      [R + 'NationalNumber']: {
        [R + 'NationalNumber']: niss,
        [R + 'Date']: xm25Date(`${year}-${month}-${day}`),
        [R + 'Sex']: persona.sex === 'M' ? '1' : '2',
      },
    },
  };
}

function residenceCode(r: ResidencePeriod): string {
  switch (r.place.kind) {
    case 'MUNICIPALITY':
      return MUNICIPALITIES[r.place.municipality].nis;
    case 'ABROAD':
      return r.place.country;
    case 'STRUCK_OFF':
      return STRUCK_OFF.code;
  }
}

function residenceLabels(r: ResidencePeriod): Labels {
  switch (r.place.kind) {
    case 'MUNICIPALITY':
      return MUNICIPALITIES[r.place.municipality].labels;
    case 'ABROAD':
      return COUNTRIES[r.place.country];
    case 'STRUCK_OFF':
      return STRUCK_OFF.labels;
  }
}

/** A synthetic street and number, the same for the same person and period on every call. */
function address(r: ResidencePeriod, niss: string, text: (l: Labels) => string): XmlTree {
  if (r.place.kind !== 'MUNICIPALITY') throw new Error('an address needs a municipality');
  const seed = [...`${niss}${r.begin}`].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 100_003, 7);
  const street = STREETS[seed % STREETS.length] as (typeof STREETS)[number];
  return compact({
    [R + 'ZipCode']: MUNICIPALITIES[r.place.municipality].postalCode,
    [R + 'Street']: codeLabel(street.code, text(street.labels)),
    [R + 'HouseNumber']: String((seed % 180) + 1),
    [R + 'Box']: seed % 3 === 0 ? String((seed % 9) + 1) : undefined,
  });
}

function householdFields(
  role: keyof typeof FAMILY_ROLES,
  otherNiss: string,
  text: (l: Labels) => string,
): XmlTree {
  return {
    [R + 'FamilyRole']: codeLabel(role, text(FAMILY_ROLES[role])),
    [R + 'NationalNumber']: { [R + 'NationalNumber']: otherNiss },
  };
}

function lb(fr: string, nl: string, de: string): Labels {
  return { fr, nl, de };
}
