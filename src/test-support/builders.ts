// The one builder of test data: inquiries and their items, supplements, valid synthetic NISS, fictional names.
import {
  ATTESTATION_SECTIONS,
  type AttestationSection,
  type Inquiry,
  type InquiryItem,
  type LaneId,
  type LocalizedText,
  type MissingSection,
} from '../shared/domain/inquiry';
// The simulator's generator is the one NISS generator; imported directly so the crash test's bundle stays small.
import { makeNiss } from '../simulator/personas/make-niss';
import { DEMO_PERSONAS, type Persona } from '../simulator/personas';

export { makeNiss, type NissParts } from '../simulator/personas/make-niss';

/** Valid 11-digit NISS (National Register, born 1940-1999), deterministic in `n`. */
export function syntheticNiss(n: number): string {
  return makeNiss({
    year: 1940 + (n % 60),
    month: 1 + (Math.floor(n / 60) % 12),
    day: 1 + (Math.floor(n / 720) % 28),
    counter: 1 + ((Math.floor(n / 20160) * 37 + n) % 997),
  });
}

export const FIRST_NAMES = [
  'Amélie',
  'Bruno',
  'Chloé',
  'Dries',
  'Élodie',
  'Fatou',
  'Gaëtan',
  'Hanne',
];
export const LAST_NAMES = [
  'Vandermolen',
  'Lefébure',
  'Ölçer',
  'Dewaelheyns',
  'Quaghebeur',
  'Zoltanik',
];

/** A fictional full name, deterministic in `n`. */
export function syntheticName(n: number): string {
  return `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(n / 8) % LAST_NAMES.length]}`;
}

/** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' as an inquiry date; the precision follows the length. */
export const dateOf = (value: string) => ({
  value,
  precision:
    value.length === 4
      ? ('year' as const)
      : value.length === 7
        ? ('month' as const)
        : ('day' as const),
});

let counter = 0;

/** A period with sensible defaults; dates as 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (precision follows). */
export function item(
  partial: Partial<Omit<InquiryItem, 'begin' | 'end'>> & {
    begin?: string;
    end?: string | null;
  } = {},
): InquiryItem {
  const { begin = '2024-01-01', end = '2024-12-31', ...rest } = partial;
  counter += 1;
  return {
    id: `item-${counter}`,
    lane: 'status',
    subLane: null,
    code: 'CODE',
    label: { fr: 'Libellé', nl: 'Omschrijving', de: 'Bezeichnung' },
    source: 'SocialInquiry',
    markers: { blocked: false, fraud: false, role: null, parentProcedure: false },
    details: [],
    ...rest,
    begin: dateOf(begin),
    end: end === null ? null : dateOf(end),
  };
}

/** What a test may change of an inquiry: `request` is merged over the default; `niss` is the requested and final NISS. */
export type InquiryOverrides = Partial<Omit<Inquiry, 'request'>> & {
  request?: Partial<Inquiry['request']>;
  niss?: string;
};

/** An inquiry of `items` (85.07.30-033.28 over 2020-2024, version 2), with real-looking BCSS tickets. */
export function inquiry(items: InquiryItem[], overrides: InquiryOverrides = {}): Inquiry {
  const { niss = '85073003328', request, ...rest } = overrides;
  return {
    id: 'inquiry-1',
    request: {
      niss,
      period: { from: '2020-01-01', to: '2024-12-31' },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      cbe: '0207777760',
      ...request,
    },
    finalNiss: niss,
    nissReplaced: false,
    consultedAt: '2025-05-12T10:32:00.000Z',
    environment: 'demo',
    answerVersion: 2,
    calls: [
      {
        service: 'SocialInquiry',
        ticket: '11111111-2222-4333-8444-555555555555',
        ticketCBSS: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      },
    ],
    dataFound: true,
    items,
    ...rest,
  };
}

/** A section the BCSS did not give: by default PIIS, its three tries answered by "BCSS unavailable". */
export function missingSection(
  requestType: AttestationSection = 'GPMI_PIIS',
  reason: MissingSection['reason'] = {
    code: 'BCSS_FAULT',
    messageKey: 'inquiry.error.fault.server',
    details: { code: 'MSG00001', description: 'Simulated failure (HTTP 503)', ticketCBSS: null },
  },
): MissingSection {
  return {
    requestType,
    lane: ATTESTATION_SECTIONS[requestType],
    reason,
    failedAt: '2025-05-12T10:32:04.000Z',
  };
}

/** A Tx25 extract (current and past nationality, a residence known to the month, a type the app does not know) and a ForeignerSituation. */
export function supplements(
  partial: { history?: boolean } = {},
): NonNullable<Inquiry['supplements']> {
  const history = partial.history ?? true;
  return {
    registerExtract: {
      consultedAt: '2025-05-12T10:40:00.000Z',
      calls: [
        {
          ticket: '22222222-3333-4444-8555-666666666666',
          ticketCBSS: 'tx25tx25-0000-4000-8000-000000000001',
        },
      ],
      extract: {
        found: true,
        replacedBy: null,
        history,
        informationTypes: [
          {
            code: '031',
            group: 'Nationalities',
            date: dateOf('2019-03-04'),
            endDate: null,
            fields: [{ name: 'Nationality', value: '150', label: 'Belgique' }],
            current: true,
          },
          ...(history
            ? [
                {
                  code: '031',
                  group: 'Nationalities',
                  date: dateOf('1985-07-30'),
                  endDate: dateOf('2019-03-03'),
                  fields: [{ name: 'Nationality', value: '354', label: 'Maroc' }],
                  current: false,
                },
              ]
            : []),
          {
            code: '001',
            group: 'Residences',
            date: dateOf('2019-07'),
            endDate: null,
            fields: [{ name: 'Municipality', value: '62063', label: 'Liège' }],
            current: true,
          },
          {
            code: '253',
            group: 'CollectionDate',
            date: null,
            endDate: null,
            fields: [{ name: 'Value.Date', value: '2025-05-12' }],
            current: true,
          },
        ],
      },
    },
    foreignerSituation: {
      consultedAt: '2025-05-12T10:41:00.000Z',
      calls: [
        {
          ticket: '33333333-4444-4555-8666-777777777777',
          ticketCBSS: 'frgnfrgn-0000-4000-8000-000000000002',
        },
        {
          ticket: '44444444-5555-4666-8777-888888888888',
          ticketCBSS: 'frgnfrgn-0000-4000-8000-000000000003',
        },
      ],
      ssin: '85073003328',
      replacedBy: null,
      employmentCards: [
        {
          number: 'EC-2021-000117',
          inception: dateOf('2021-02'),
          end: dateOf('2022-01-31'),
          expiry: dateOf('2022-01-31'),
          indefinite: false,
          comment: null,
          duplicate: null,
        },
      ],
      workPermits: [
        {
          number: 'WP-B-2023-4471',
          inception: dateOf('2023-05-01'),
          end: null,
          expiry: null,
          indefinite: true,
          comment: 'Permis B',
        },
      ],
      specialInfos: [
        {
          inception: dateOf('2020-09-15'),
          expiry: dateOf('2025-09-14'),
          indefinite: false,
          comments: ['Carte A'],
          reason: {
            code: '01010101',
            label: {
              fr: 'Regroupement familial avec un non européen - Epoux/partenaire',
              nl: 'Gezinshereniging met een niet Europeaan - Echtgenoot/partner',
              de: 'Regroupement familial avec un non européen - Epoux/partenaire',
            },
          },
          reunificationWith: { kind: 'ssin', ssin: '90011512363' },
        },
      ],
    },
  };
}

/** Labels as the BCSS sends them; the vault's no-clear-text test looks for each of them on disk. */
export const LABELS: Record<LaneId, LocalizedText> = {
  residence: {
    fr: 'Registre de la population de Florennes',
    nl: 'Bevolkingsregister van Florennes',
    de: 'Bevölkerungsregister von Florennes',
  },
  organisation: {
    fr: 'Centre d’accueil de Kapellen-Zuid',
    nl: 'Opvangcentrum Kapellen-Zuid',
    de: 'Aufnahmezentrum Kapellen-Zuid',
  },
  status: {
    fr: 'Réfugié reconnu par le CGRA',
    nl: 'Erkend vluchteling door het CGVS',
    de: 'Anerkannter Flüchtling durch das GKFS',
  },
  forms: {
    fr: 'Revenu d’intégration catégorie famille à charge',
    nl: 'Leefloon categorie persoon met gezinslast',
    de: 'Eingliederungseinkommen Kategorie Familie zu Lasten',
  },
  piis: {
    fr: 'Projet individualisé d’intégration sociale',
    nl: 'Geïndividualiseerd project voor maatschappelijke integratie',
    de: 'Individualisiertes Projekt zur sozialen Eingliederung',
  },
  art35: {
    fr: 'Exonération socioprofessionnelle article 35',
    nl: 'Socioprofessionele vrijstelling artikel 35',
    de: 'Sozialberufliche Freistellung Artikel 35',
  },
  artistic: {
    fr: 'Exonération pour revenus artistiques',
    nl: 'Vrijstelling voor artistieke inkomsten',
    de: 'Freistellung für künstlerische Einkünfte',
  },
  installationPremium: {
    fr: 'Prime d’installation sans-abri',
    nl: 'Installatiepremie dakloze',
    de: 'Einrichtungsprämie Obdachlose',
  },
};

export const ORGANISATION_NAME = 'CPAS de Wellin-Sohier';

const LANE_IDS = Object.keys(LABELS) as LaneId[];

/**
 * A typical saved inquiry: `periods` items (10-20 is typical) spread over the lanes. Deterministic in
 * `n`, so a test can rebuild what a child process saved from its id alone.
 */
export function syntheticInquiry(
  n: number,
  options: { consultedAt?: string; periods?: number; id?: string } = {},
): Inquiry {
  const periods = options.periods ?? 10 + (n % 11);
  const items: InquiryItem[] = [];
  for (let i = 0; i < periods; i++) {
    const lane = LANE_IDS[i % LANE_IDS.length]!;
    const year = 2015 + (i % 10);
    items.push(
      item({
        id: `${lane}-${i}`,
        lane,
        subLane: lane === 'forms' ? 'RIS' : lane === 'residence' ? 'register' : null,
        begin: `${year}-0${1 + (i % 9)}-01`,
        end: i % 4 === 0 ? null : `${year}-12`,
        code: `C${100 + i}`,
        label: LABELS[lane],
        source: i % 3 === 0 ? 'ListOfAttestation' : 'SocialInquiry',
        markers: {
          blocked: i % 7 === 3,
          fraud: false,
          role: lane === 'forms' ? 'PARTNER' : null,
          parentProcedure: false,
        },
        details: [
          { key: 'origin', kind: 'text', text: 'Registre national' },
          { key: 'cpas', kind: 'organisation', id: '0212344876', name: ORGANISATION_NAME },
          { key: 'decisionDate', kind: 'date', date: dateOf(`${year}-03-15`) },
          { key: 'reference', kind: 'text', text: `REF-${n}-${i}` },
        ],
      }),
    );
  }
  return inquiry(items, {
    id: options.id ?? `inq-${n}`,
    niss: syntheticNiss(n),
    request: { period: { from: '2015-01-01', to: '2024-12-31' }, cbe: '0212344876' },
    consultedAt: options.consultedAt ?? new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
    calls: [
      { service: 'SocialInquiry', ticket: `t-${n}`, ticketCBSS: `cbss-${n}` },
      {
        service: 'ListOfAttestation',
        ticket: `t-${n}-2`,
        ticketCBSS: null,
        requestType: 'FORMULAIRES',
      },
    ],
  });
}

/** A demo persona by its key (docs/personas.md): tests name the person they mean, not a NISS. */
export const persona = (key: string): Persona => {
  const found = DEMO_PERSONAS.find((p) => p.key === key);
  if (!found) throw new Error(`no demo persona "${key}"`);
  return found;
};
