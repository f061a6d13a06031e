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

  for (let m = 0; m < MONTHS; m++) {
    const month = addMonths(FIRST_MONTH, m);
    const monthEnd = endOfMonth(month);
    const stay = stayAt(stays, month);
    const cpas = cpasOf(stay.municipality).cbe;
    const foreigner = month < NATURALISED;
    // A stay that ends inside the month: SPP IS only retains the days the CPAS was competent.
    const recalculated =
      stay.end !== undefined && stay.end < monthEnd ? span(month, stay.end) : undefined;
    const claim = (
      basis: 'RIS' | 'LOI65' | 'ORGANIC',
      type: string,
      aid: AidTypeCode[],
      declared = span(month, monthEnd),
    ) =>
      forms.push(
        form({
          reference: nextRef(
            stay,
            basis === 'LOI65' ? 'L65' : basis === 'ORGANIC' ? 'ORG' : 'RIS',
            month,
          ),
          legalBasis: basis,
          formType: type,
          cpas,
          declared,
          ...(recalculated ? { recalculated } : {}),
          aid,
          entryDate: addDays(monthEnd, faker.number.int({ min: 5, max: 40 })),
        }),
      );

    if (month === stay.begin.slice(0, 8) + '01' || m === 0) {
      // A new CPAS decides: Loi 65 B1 or RIS B, and the previous one stops.
      forms.push(
        form({
          reference: nextRef(stay, foreigner ? 'L65' : 'RIS', month),
          legalBasis: foreigner ? 'LOI65' : 'RIS',
          formType: foreigner ? 'B1' : 'B',
          cpas,
          declared: span(stay.begin, stay.end),
          aid: [foreigner ? 'EQUIVALENT_RIS' : 'RIS_ISOLATED'],
          decisionDate: addDays(stay.begin, faker.number.int({ min: 3, max: 25 })),
        }),
      );
    }
    if (foreigner) {
      claim('LOI65', 'D1', ['EQUIVALENT_RIS']);
    } else {
      claim('RIS', 'D', ['RIS_ISOLATED']);
      claim('ORGANIC', 'B', ['ENERGY']);
    }
    // A chronically ill person: two to four medical events a month (consultation, pharmacy, hospital), each a cost form and its claim.
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
        claim('LOI65', 'B2', aid, span(day, day));
        claim('LOI65', 'D2', aid, span(day, day));
      } else {
        claim('ORGANIC', 'B', aid, span(day, day));
      }
    }
  }
  // One overlap and one fraud indication in thirty years, where they would plausibly arise.
  // The overlap: after a move in 2012, the previous CPAS had not stopped its RIS.
  const decisions = forms.filter((f) => f.formType === 'B' && f.legalBasis === 'RIS');
  const afterMove = decisions.findIndex((f, i) => i > 0 && f.declared.begin > '2012-01-01');
  const [previous, moved] = [decisions[afterMove - 1], decisions[afterMove]];
  if (previous && moved && previous.cpas !== moved.cpas) {
    moved.blocked = { reason: 'OVERLAP', otherCpas: previous.cpas };
  }
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
