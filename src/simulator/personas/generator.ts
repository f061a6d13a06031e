// Generates any number of further realistic synthetic persons from a seed, for benchmarks and load tests.
import { base, Faker, fr, fr_BE, nl, nl_BE } from '@faker-js/faker';
import { parseNiss } from '../../shared/domain/niss';
import {
  addDays,
  addMonths,
  cpasInCharge,
  form,
  livesIn,
  nationality,
  register,
  span,
  status,
  structureInCharge,
} from './builders';
import {
  cpasOf,
  DEMO_CPAS_CBE,
  MUNICIPALITIES,
  RECEPTION_STRUCTURES,
  type AidTypeCode,
  type CountryCode,
  type MunicipalityKey,
  type ReceptionStructureCode,
} from './codes';
import { makeNiss } from './make-niss';
import {
  type CivilStatePeriod,
  type ForeignerRecords,
  type FormRecord,
  type IsoDate,
  type Persona,
  type PersonaHistory,
  type WorkDocument,
  emptyHistory,
} from './types';

type Archetype = 'belgian' | 'foreigner' | 'refugee';

const FLEMISH: ReadonlySet<MunicipalityKey> = new Set(['gent', 'antwerpen', 'leuven', 'brugge']);
const FOREIGN_COUNTRIES: readonly CountryCode[] = ['354', '235', '306', '124', '128', '111'];
const REFUGEE_COUNTRIES: readonly CountryCode[] = ['237', '251', '254', '349', '334'];
const STRUCTURES = Object.keys(RECEPTION_STRUCTURES) as ReceptionStructureCode[];
/** Generated histories run up to this day and stay open after it. */
const HORIZON = '2026-06-30';

/**
 * One realistic person, the same for the same seed (and library version). Its NISS is valid but only
 * unique among the persons of one `generatePersonas` call; `generatePersona` alone does not check.
 */
export function generatePersona(seed: number): Persona {
  return build(seed, 0);
}

/**
 * `count` persons from consecutive seeds, with NISS numbers unique among themselves and distinct from
 * `reserved` (e.g. the demo persons' numbers).
 */
export function generatePersonas(
  count: number,
  seed: number,
  reserved: Iterable<string> = [],
): Persona[] {
  const used = new Set(reserved);
  const persons: Persona[] = [];
  for (let i = 0; i < count; i++) {
    let bump = 0;
    let candidate = build(seed + i, bump);
    // A collision shifts the counter by two (keeping the sex) until the number is free.
    while (used.has(candidate.niss)) candidate = build(seed + i, ++bump);
    used.add(candidate.niss);
    persons.push(candidate);
  }
  return persons;
}

function build(seed: number, counterBump: number): Persona {
  const probe = new Faker({ locale: [base], seed });
  const home = probe.helpers.arrayElement(Object.keys(MUNICIPALITIES) as MunicipalityKey[]);
  const flemish = FLEMISH.has(home);
  const faker = new Faker({ locale: flemish ? [nl_BE, nl, base] : [fr_BE, fr, base], seed });
  const archetype = faker.helpers.weightedArrayElement<Archetype>([
    { value: 'belgian', weight: 5 },
    { value: 'foreigner', weight: 3 },
    { value: 'refugee', weight: 2 },
  ]);
  const sex = faker.helpers.arrayElement(['M', 'F'] as const);
  const birth = faker.date.between({ from: '1950-01-01T00:00:00Z', to: '2004-12-31T00:00:00Z' });
  const counterBase = faker.number.int({ min: 0, max: 480 }) * 2 + (sex === 'M' ? 1 : 2);
  const counter = ((counterBase - 1 + counterBump * 2) % 998) + 1;
  const niss = makeNiss({
    year: birth.getUTCFullYear(),
    month: birth.getUTCMonth() + 1,
    day: birth.getUTCDate(),
    counter,
  });
  const parsed = parseNiss(niss);
  if (!parsed.ok) throw new Error(`generated an invalid NISS ${niss}`);
  const birthDate = birth.toISOString().slice(0, 10);
  const history = generateHistory(faker, archetype, home, birthDate);
  const persona: Persona = {
    key: `generated-${seed}`,
    niss,
    lastName: faker.person.lastName(),
    firstName: faker.person.firstName(sex === 'M' ? 'male' : 'female'),
    birthDate: parsed.birthDate,
    sex: parsed.sex,
    teaches: {
      fr: `Personne générée (graine ${seed}) pour les mesures de charge.`,
      nl: `Gegenereerde persoon (seed ${seed}) voor belastingsmetingen.`,
      de: `Erzeugte Person (Seed ${seed}) für Lastmessungen.`,
    },
    expected: { value: 'DATA_FOUND', code: 'MSG00000' },
    registerState: { kind: 'active' },
    integratedFor: [DEMO_CPAS_CBE],
    history,
  };
  // Drawn after everything else, so adding them left the persons generated before unchanged.
  persona.registerExtras = { civilStates: generateCivilStates(faker, birthDate), household: [] };
  const arrival = history.registers[0]?.begin;
  if (archetype === 'foreigner' && arrival) persona.foreigner = generateWorkPermits(faker, arrival);
  return persona;
}

/** Single from birth; one in three married later (the spouse is not among the generated persons). */
function generateCivilStates(faker: Faker, birthDate: IsoDate): CivilStatePeriod[] {
  const adult = addMonths(birthDate, 20 * 12);
  if (adult >= '2025-01-01' || faker.number.int({ min: 1, max: 3 }) !== 1) {
    return [{ state: '10', begin: birthDate }];
  }
  const married = addDays(adult, faker.number.int({ min: 0, max: 3650 }));
  const wedding = married < HORIZON ? married : addDays(HORIZON, -1);
  return [
    { state: '10', begin: birthDate, end: addDays(wedding, -1) },
    { state: '20', begin: wedding },
  ];
}

/** A foreign worker's first one-year permit from arrival, then, for half of them, an indefinite one. */
function generateWorkPermits(faker: Faker, arrival: IsoDate): ForeignerRecords {
  const firstEnd = addDays(addMonths(arrival, 12), -1);
  const permits: WorkDocument[] = [
    {
      number: `WP-${arrival.slice(0, 4)}-${faker.string.numeric(4)}`,
      inception: arrival,
      expiry: firstEnd,
      ...(firstEnd < HORIZON ? { end: firstEnd } : {}),
    },
  ];
  const renewed = addDays(firstEnd, 1);
  if (renewed < HORIZON && faker.datatype.boolean()) {
    permits.push({
      number: `WP-${renewed.slice(0, 4)}-${faker.string.numeric(4)}`,
      inception: renewed,
      expiry: '9999-00-00',
    });
  }
  return { employmentCards: [], workPermits: permits, specialInfos: [] };
}

function generateHistory(
  faker: Faker,
  archetype: Archetype,
  home: MunicipalityKey,
  birthDate: IsoDate,
): PersonaHistory {
  const history = emptyHistory();
  const adult = addMonths(birthDate, 18 * 12);
  const start = maxDate(
    adult,
    `${faker.number.int({ min: 2005, max: 2021 })}-${pad(faker.number.int({ min: 1, max: 12 }))}-01`,
  );
  const moves = faker.number.int({ min: 0, max: 4 });
  const places: MunicipalityKey[] = [home];
  for (let i = 0; i < moves; i++)
    places.unshift(faker.helpers.arrayElement(Object.keys(MUNICIPALITIES) as MunicipalityKey[]));
  // Stays from `start` to the horizon, one per place; the last place is home and stays open.
  const stays: { municipality: MunicipalityKey; begin: IsoDate; end?: IsoDate }[] = [];
  let begin = start;
  places.forEach((municipality, i) => {
    const last = i === places.length - 1;
    const next = addDays(
      addMonths(begin, faker.number.int({ min: 8, max: 30 })),
      faker.number.int({ min: 0, max: 27 }),
    );
    // Places drawn beyond the horizon are never lived in (drawn all the same: the later draws stay).
    if (begin >= HORIZON) return;
    if (last || next >= HORIZON) {
      stays.push({ municipality, begin });
      begin = HORIZON;
    } else if (begin < HORIZON) {
      stays.push({ municipality, begin, end: addDays(next, -1) });
      begin = next;
    }
  });

  let country: CountryCode = '150';
  if (archetype === 'foreigner') country = faker.helpers.arrayElement(FOREIGN_COUNTRIES);
  if (archetype === 'refugee') country = faker.helpers.arrayElement(REFUGEE_COUNTRIES);
  history.nationalities.push(nationality(country, birthDate));
  history.residences.push(...stays.map((s) => livesIn(s.municipality, s.begin, s.end)));

  let aidFrom = start;
  if (archetype === 'belgian') {
    history.registers.push(register('POPULATION', birthDate));
    history.statuses.push(status('BELGIAN', birthDate, { detail: 'BELGIAN_BY_BIRTH' }));
  } else if (archetype === 'foreigner') {
    history.registers.push(register('FOREIGNERS', start));
    history.statuses.push(
      status('REGISTERED_FOREIGNER', start, {
        detail: faker.helpers.arrayElement(['CARD_A', 'CARD_B'] as const),
      }),
    );
  } else {
    // A reception centre first, recognition after 8-24 months, then the CPAS of the first stay.
    const recognised = addMonths(start, faker.number.int({ min: 8, max: 24 }));
    const structure = faker.helpers.arrayElement(STRUCTURES);
    history.registers.push(
      register('WAITING', start, addDays(recognised, -1)),
      register('FOREIGNERS', recognised),
    );
    history.inCharge.push(structureInCharge(structure, start, addDays(recognised, -1)));
    history.inCharge.push(cpasInCharge(cpasOf(stays[0]?.municipality ?? home).cbe, recognised));
    history.statuses.push(
      status('ASYLUM_SEEKER', start, {
        end: addDays(recognised, -1),
        detail: 'APPLICATION_LODGED',
      }),
      faker.datatype.boolean()
        ? status('RECOGNISED_REFUGEE', recognised, { detail: 'CGRS_RECOGNITION' })
        : status('SUBSIDIARY_PROTECTION', recognised, { detail: 'CGRS_SUBSIDIARY' }),
    );
    aidFrom = recognised;
  }

  let sequence = 0;
  const ref = (municipality: MunicipalityKey, basis: string, date: IsoDate) =>
    `${MUNICIPALITIES[municipality].nis}/${basis}/${date.slice(0, 4)}/${String(++sequence).padStart(5, '0')}`;
  const loi65 = archetype === 'foreigner';
  const aid: AidTypeCode = loi65
    ? 'EQUIVALENT_RIS'
    : faker.helpers.arrayElement(['RIS_COHABITANT', 'RIS_ISOLATED', 'RIS_FAMILY'] as const);
  // Lifecycles: each CPAS's decision runs open until its stop C on the move; one stop in four comes a month
  // late (decided from the day of the month the stay ended: no extra draw, so the persons' names stay), and
  // SPP IS then blocks the next CPAS's decision for the overlap and retains it from the stop only.
  let lateStop: { cpas: string; from: IsoDate } | null = null;
  // A move within the same municipality keeps the same CPAS: its decision runs on, no stop.
  let running: string | null = null;
  stays.forEach((stay, i) => {
    const from = maxDate(stay.begin, aidFrom);
    if (stay.end !== undefined && stay.end < from) return;
    const cpas = cpasOf(stay.municipality).cbe;
    const basis = loi65 ? 'LOI65' : 'RIS';
    const nextStay = stays[i + 1];
    const staying = nextStay !== undefined && cpasOf(nextStay.municipality).cbe === cpas;
    // Drawn for every stay, decision or not, so the draws that follow (and the names) stay the same.
    const decisionDelay = faker.number.int({ min: 2, max: 20 });
    if (running !== cpas) {
      const decision: FormRecord = form({
        reference: ref(stay.municipality, loi65 ? 'L65' : 'RIS', from),
        legalBasis: basis,
        formType: loi65 ? 'B1' : 'B',
        cpas,
        declared: span(from),
        ...(lateStop && lateStop.from > from
          ? {
              recalculated: span(lateStop.from),
              blocked: { reason: 'OVERLAP' as const, otherCpas: lateStop.cpas },
            }
          : {}),
        aid: [aid],
        decisionDate: addDays(from, decisionDelay),
      });
      history.forms.push(decision);
    }
    running = cpas;
    lateStop = null;
    if (stay.end !== undefined && !staying) {
      running = null;
      const moved = addDays(stay.end, 1);
      const late = Number(stay.end.slice(8, 10)) % 4 === 0;
      const stopDay = late ? addMonths(moved, 1) : moved;
      history.forms.push(
        form({
          reference: ref(stay.municipality, loi65 ? 'L65' : 'RIS', stopDay),
          legalBasis: basis,
          formType: 'C',
          cpas,
          declared: span(stopDay, stopDay),
          decisionDate: addDays(stopDay, -3),
        }),
      );
      if (late) lateStop = { cpas, from: stopDay };
    }
    // Monthly claims while the stay lasts (capped: a benchmark person, not the heavy one), inside the decision.
    const months = Math.min(24, monthsBetween(from, stay.end ?? HORIZON));
    for (let m = 0; m < months; m++) {
      const month = addMonths(from, m);
      history.forms.push(
        form({
          reference: ref(stay.municipality, loi65 ? 'L65' : 'RIS', month),
          legalBasis: loi65 ? 'LOI65' : 'RIS',
          formType: loi65 ? 'D1' : 'D',
          cpas,
          declared: span(maxDate(month, from), addDays(addMonths(month, 1), -1)),
          aid: [aid],
        }),
      );
    }
    if (!loi65 && faker.datatype.boolean()) {
      history.piis.push({
        begin: from,
        end: addDays(addMonths(from, 12), -1),
        kind: faker.helpers.arrayElement(['EMPLOYMENT', 'SOCIAL', 'STUDIES'] as const),
        ...(faker.datatype.boolean()
          ? { extension: span(addMonths(from, 12), addDays(addMonths(from, 18), -1)) }
          : {}),
        cpas,
        reference: ref(stay.municipality, 'PIIS', from),
        decisionDate: addDays(from, -5),
      });
    }
  });
  const stayAt = (date: IsoDate) =>
    stays.find((s) => s.begin <= date && (s.end === undefined || s.end >= date));
  if (archetype !== 'foreigner' && faker.number.int({ min: 1, max: 4 }) === 1) {
    const at = addMonths(aidFrom, 3);
    const stay = stayAt(at);
    if (stay) {
      history.premiums.push({
        date: at,
        legalBasis: 'RIS',
        cpas: cpasOf(stay.municipality).cbe,
        reference: ref(stay.municipality, 'PRI', at),
      });
    }
  }
  if (archetype === 'belgian' && faker.number.int({ min: 1, max: 5 }) === 1) {
    const year = Number(aidFrom.slice(0, 4)) + 1;
    const stay = stayAt(`${year}-01-01`);
    if (year <= 2025 && stay) {
      history.artistic.push({
        year,
        cpas: cpasOf(stay.municipality).cbe,
        reference: ref(stay.municipality, 'ART', `${year}-01-01`),
        entryDate: `${year}-02-01`,
      });
    }
  }
  if (archetype !== 'foreigner' && faker.number.int({ min: 1, max: 4 }) === 1) {
    const from = addMonths(aidFrom, 6);
    const months = faker.number.int({ min: 1, max: 12 });
    const stay = stayAt(from);
    if (stay) {
      history.art35.push({
        begin: from,
        end: addDays(addMonths(from, months), -1),
        kind: 'ART35_1',
        cpas: cpasOf(stay.municipality).cbe,
        reference: ref(stay.municipality, 'A35', from),
        entryDate: addDays(from, 12),
      });
    }
  }
  return history;
}

function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  return Math.max(0, (ty - fy) * 12 + (tm - fm) + 1);
}

function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
