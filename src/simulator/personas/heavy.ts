// The heavy person's history: thirty years (1995-2024) of moves and monthly aid, over 2,000 periods, generated from a fixed seed.
import { base, Faker, fr, fr_BE } from '@faker-js/faker';
import {
  addDays,
  addMonths,
  cpasInCharge,
  endOfMonth,
  form,
  livesIn,
  nationality,
  register,
  span,
  status,
  struckOff,
} from './builders';
import { cpasOf, MUNICIPALITIES, type AidTypeCode, type MunicipalityKey } from './codes';
import type { FormRecord, IsoDate, PersonaHistory, ResidencePeriod } from './types';

const SEED = 19600314;
const FIRST_MONTH = '1995-01-01';
const MONTHS = 30 * 12;
/** Naturalised Belgian on this day: before it, Loi 65; after it, RIS and loi organique. */
const NATURALISED = '1999-06-01';
/** Struck off the registers, then back with a reference address. */
const STRUCK_OFF_FROM = '2008-02-10';
const STRUCK_OFF_UNTIL = '2008-11-30';

const MOVES: readonly MunicipalityKey[] = [
  'charleroi',
  'mons',
  'charleroi',
  'namur',
  'liege',
  'verviers',
  'liege',
  'bruxelles',
  'schaerbeek',
  'anderlecht',
  'ixelles',
  'bruxelles',
  'namur',
  'charleroi',
  'liege',
];

interface Stay {
  municipality: MunicipalityKey;
  begin: IsoDate;
  /** Inclusive; undefined for the last, still running stay. */
  end?: IsoDate;
}

export function heavyHistory(): PersonaHistory {
  const faker = new Faker({ locale: [fr_BE, fr, base], seed: SEED });
  const stays = plannedStays(faker);
  const residences: ResidencePeriod[] = [];
  for (const stay of stays) residences.push(livesIn(stay.municipality, stay.begin, stay.end));
  // The struck-off months cut one stay in two.
  const cut = residences.findIndex(
    (r) => r.begin <= STRUCK_OFF_FROM && (r.end ?? '9999') >= STRUCK_OFF_FROM,
  );
  const during = residences[cut];
  if (during && during.place.kind === 'MUNICIPALITY') {
    residences.splice(
      cut,
      1,
      livesIn(during.place.municipality, during.begin, addDays(STRUCK_OFF_FROM, -1)),
      struckOff(STRUCK_OFF_FROM, STRUCK_OFF_UNTIL),
      livesIn(during.place.municipality, addDays(STRUCK_OFF_UNTIL, 1), during.end),
    );
  }

  const forms: FormRecord[] = [];
  let sequence = 0;
  const nextRef = (stay: Stay, basis: string, date: IsoDate): string =>
    `${MUNICIPALITIES[stay.municipality].nis}/${basis}/${date.slice(0, 4)}/${String(++sequence).padStart(5, '0')}`;
  const refBasis = (basis: 'RIS' | 'LOI65' | 'ORGANIC') =>
    basis === 'LOI65' ? 'L65' : basis === 'ORGANIC' ? 'ORG' : 'RIS';
  // Before the naturalisation Loi 65, after it RIS (NATURALISED is a first of month: a month is one or the other).
  const basisOn = (day: IsoDate): 'RIS' | 'LOI65' => (day < NATURALISED ? 'LOI65' : 'RIS');

  // Lifecycles (as the generator's): each CPAS's decision runs open from the day the person settles there until
  // its stop C the day after the move. The naturalisation ends the Loi 65 aid (C) and the same CPAS decides
  // RIS. After the first move of 2012 the previous CPAS's stop comes a month late: SPP IS blocks the next
  // CPAS's decision for the overlap and retains it from the stop only.
  const aids: Aid[] = [];
  const overlapAfter = stays.findIndex((s) => s.end !== undefined && s.end >= '2012-01-01');
  let lateStop: { cpas: string; from: IsoDate } | null = null;
  const decide = (stay: Stay, basis: 'RIS' | 'LOI65', from: IsoDate) => {
    const cpas = cpasOf(stay.municipality).cbe;
    const late = lateStop && lateStop.from > from ? lateStop : null;
    forms.push(
      form({
        reference: nextRef(stay, refBasis(basis), from),
        legalBasis: basis,
        formType: basis === 'LOI65' ? 'B1' : 'B',
        cpas,
        declared: span(from),
        ...(late
          ? {
              recalculated: span(late.from),
              blocked: { reason: 'OVERLAP' as const, otherCpas: late.cpas },
            }
          : {}),
        aid: [basis === 'LOI65' ? 'EQUIVALENT_RIS' : 'RIS_ISOLATED'],
        decisionDate: addDays(from, faker.number.int({ min: 3, max: 25 })),
      }),
    );
    aids.push({ stay, basis, begin: late ? late.from : from });
    lateStop = null;
  };
  const stop = (stay: Stay, basis: 'RIS' | 'LOI65', day: IsoDate) => {
    forms.push(
      form({
        reference: nextRef(stay, refBasis(basis), day),
        legalBasis: basis,
        formType: 'C',
        cpas: cpasOf(stay.municipality).cbe,
        declared: span(day, day),
        decisionDate: addDays(day, -3),
      }),
    );
    const aid = aids.at(-1);
    if (aid) aid.end = addDays(day, -1);
  };
  stays.forEach((stay, i) => {
    decide(stay, basisOn(stay.begin), stay.begin);
    if (stay.begin < NATURALISED && (stay.end === undefined || stay.end >= NATURALISED)) {
      stop(stay, 'LOI65', NATURALISED);
      decide(stay, 'RIS', NATURALISED);
    }
    if (stay.end === undefined) return;
    const moved = addDays(stay.end, 1);
    const stopDay = i === overlapAfter ? addMonths(moved, 1) : moved;
    stop(stay, basisOn(stay.end), stopDay);
    if (stopDay !== moved) lateStop = { cpas: cpasOf(stay.municipality).cbe, from: stopDay };
  });
  // The aid running on a day (the later one where a late stop makes two run): its claims belong to it.
  const aidOn = (day: IsoDate): Aid | undefined =>
    aids.findLast((aid) => aid.begin <= day && (aid.end === undefined || aid.end >= day));

  for (let m = 0; m < MONTHS; m++) {
    const month = addMonths(FIRST_MONTH, m);
    const monthEnd = endOfMonth(month);
    const foreigner = month < NATURALISED;
    const oneOff = (basis: 'LOI65' | 'ORGANIC', type: string, aid: AidTypeCode[], day: IsoDate) => {
      const owner = aidOn(day);
      if (!owner) return;
      forms.push(
        form({
          reference: nextRef(owner.stay, refBasis(basis), day),
          legalBasis: basis,
          formType: type,
          cpas: cpasOf(owner.stay.municipality).cbe,
          declared: span(day, day),
          aid,
          entryDate: addDays(monthEnd, faker.number.int({ min: 5, max: 40 })),
        }),
      );
    };
    // The month's claim, inside the aid running on its first day; SPP IS retains the days that aid lasts.
    const owner = aidOn(month);
    if (owner) {
      const declared = span(month, monthEnd);
      const retained =
        owner.end !== undefined && owner.end < monthEnd ? span(month, owner.end) : undefined;
      forms.push(
        form({
          reference: nextRef(owner.stay, refBasis(owner.basis), month),
          legalBasis: owner.basis,
          formType: owner.basis === 'LOI65' ? 'D1' : 'D',
          cpas: cpasOf(owner.stay.municipality).cbe,
          declared,
          ...(retained ? { recalculated: retained } : {}),
          aid: [owner.basis === 'LOI65' ? 'EQUIVALENT_RIS' : 'RIS_ISOLATED'],
          entryDate: addDays(monthEnd, faker.number.int({ min: 5, max: 40 })),
        }),
      );
    }
    // A Belgian: the energy allowance, a one-off loi organique decision each month.
    if (!foreigner) oneOff('ORGANIC', 'B', ['ENERGY'], month);
    // A chronically ill person: two to four medical events a month (consultation, pharmacy, hospital): under
    // Loi 65 a cost form and its claim inside the decision, under the loi organique a one-off decision.
    const events = faker.number.int({ min: 2, max: 4 });
    for (let e = 0; e < events; e++) {
      const day = addDays(month, faker.number.int({ min: 0, max: 27 }));
      const aid: AidTypeCode[] = [
        faker.helpers.arrayElement([
          'MEDICAL_COSTS',
          'PHARMACEUTICAL_COSTS',
          'HOSPITAL_COSTS',
        ] as const),
      ];
      if (foreigner) {
        oneOff('LOI65', 'B2', aid, day);
        oneOff('LOI65', 'D2', aid, day);
      } else {
        oneOff('ORGANIC', 'B', aid, day);
      }
    }
  }
  // One fraud indication in thirty years, on a monthly claim.
  const suspicious = forms.find((f) => f.formType === 'D' && f.declared.begin >= '2016-03-01');
  if (suspicious) {
    suspicious.fraud = true;
    suspicious.blocked = { reason: 'A_POSTERIORI' };
  }

  return {
    nationalities: [
      nationality('128', '1960-03-14', addDays(NATURALISED, -1)),
      nationality('150', NATURALISED),
    ],
    registers: [
      register('FOREIGNERS', '1978-03-14', addDays(NATURALISED, -1)),
      register('POPULATION', NATURALISED),
    ],
    residences,
    inCharge: [cpasInCharge(cpasOf('charleroi').cbe, '1995-01-01', '1995-12-31')],
    statuses: [
      status('REGISTERED_FOREIGNER', '1978-03-14', {
        end: addDays(NATURALISED, -1),
        detail: 'CARD_B',
      }),
      status('BELGIAN', NATURALISED, { detail: 'NATURALISED' }),
    ],
    forms,
    piis: Array.from({ length: 30 }, (_, i) => {
      const year = 1995 + i;
      const stay = stayAt(stays, `${year}-01-01`);
      return {
        begin: `${year}-01-01`,
        end: `${year}-06-30`,
        kind: i % 3 === 0 ? ('EMPLOYMENT' as const) : ('SOCIAL' as const),
        ...(i % 2 === 0 ? { extension: span(`${year}-07-01`, `${year}-12-31`) } : {}),
        cpas: cpasOf(stay.municipality).cbe,
        reference: `${MUNICIPALITIES[stay.municipality].nis}/PIIS/${year}/${String(i + 1).padStart(5, '0')}`,
        decisionDate: `${year - 1}-12-15`,
      };
    }),
    art35: [...art35Cycle(stays, '2001-01-01'), ...art35Cycle(stays, '2015-01-01')],
    artistic: Array.from({ length: 30 }, (_, i) => {
      const year = 1995 + i;
      const stay = stayAt(stays, `${year}-01-01`);
      return {
        year,
        cpas: cpasOf(stay.municipality).cbe,
        reference: `${MUNICIPALITIES[stay.municipality].nis}/ART/${year}/${String(i + 1).padStart(5, '0')}`,
        entryDate: `${year}-02-01`,
      };
    }),
    premiums: ['1997-09-15', '2008-12-05', '2019-04-23'].map((date, i) => {
      const stay = stayAt(stays, date);
      return {
        date,
        legalBasis: date < NATURALISED ? ('LOI65' as const) : ('RIS' as const),
        cpas: cpasOf(stay.municipality).cbe,
        reference: `${MUNICIPALITIES[stay.municipality].nis}/PRI/${date.slice(0, 4)}/${String(i + 1).padStart(5, '0')}`,
      };
    }),
  };
}

/** Moves every 6 to 14 months through MOVES, over and over, from 1995 to the present. */
function plannedStays(faker: Faker): Stay[] {
  const stays: Stay[] = [];
  let begin = FIRST_MONTH;
  for (let i = 0; begin < '2024-12-01'; i++) {
    const next = addDays(
      addMonths(begin, faker.number.int({ min: 6, max: 14 })),
      faker.number.int({ min: 0, max: 27 }),
    );
    const municipality = MOVES[i % MOVES.length] ?? 'liege';
    stays.push({ municipality, begin, end: addDays(next, -1) });
    begin = next;
  }
  const last = stays[stays.length - 1];
  if (last) delete last.end;
  return stays;
}

/** A CPAS's aid under one basis: from its decision (or the day SPP IS retains it from) to the day before its stop. */
interface Aid {
  stay: Stay;
  basis: 'RIS' | 'LOI65';
  begin: IsoDate;
  end?: IsoDate;
}

function stayAt(stays: readonly Stay[], date: IsoDate): Stay {
  const found = stays.find((s) => s.begin <= date && (s.end === undefined || s.end >= date));
  // Before the first stay (never, by construction) the first one is the best answer.
  return found ?? (stays[0] as Stay);
}

/** Thirty-six monthly exemption periods spread over 72 months (every other month worked): a full counter. */
function art35Cycle(stays: readonly Stay[], start: IsoDate) {
  return Array.from({ length: 36 }, (_, i) => {
    const month = addMonths(start, i * 2);
    const stay = stayAt(stays, month);
    return {
      begin: month,
      end: endOfMonth(month),
      kind: 'ART35_1' as const,
      cpas: cpasOf(stay.municipality).cbe,
      reference: `${MUNICIPALITIES[stay.municipality].nis}/A35/${month.slice(0, 4)}/${String(i + 1).padStart(5, '0')}`,
      entryDate: addDays(endOfMonth(month), 10),
    };
  });
}
