// Synthetic inquiries and report contexts for the report's unit tests (no simulator, no browser).
import type { Inquiry, InquiryItem } from '../shared/domain/inquiry';
import type { ReportContext } from '../main/report/report-model';

let counter = 0;

const dateOf = (value: string) => ({
  value,
  precision:
    value.length === 4
      ? ('year' as const)
      : value.length === 7
        ? ('month' as const)
        : ('day' as const),
});

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

export function inquiry(items: InquiryItem[], partial: Partial<Inquiry> = {}): Inquiry {
  return {
    id: 'inquiry-1',
    request: {
      niss: '85073003328',
      period: { from: '2020-01-01', to: '2024-12-31' },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      cbe: '0207777760',
    },
    finalNiss: '85073003328',
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
    ...partial,
  };
}

export function context(partial: Partial<ReportContext> = {}): ReportContext {
  return {
    language: 'fr',
    organisation: { cpasName: 'CPAS de Liège', cbe: '0207777760' },
    investigator: 'Claire Dumont',
    environment: 'demo',
    generatedAt: new Date('2025-05-13T08:00:00.000Z'),
    ...partial,
  };
}

/** Text that must stay text wherever it lands: HTML, SVG, header templates, CSV. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  quote: 'L\'aide "urgente" & <b>gras</b>',
  formula: '=HYPERLINK("http://evil.example","clic")',
};

const dayOf = (value: string) => dateOf(value);

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
            date: dayOf('2019-03-04'),
            endDate: null,
            fields: [{ name: 'Nationality', value: '150', label: 'Belgique' }],
            current: true,
          },
          ...(history
            ? [
                {
                  code: '031',
                  group: 'Nationalities',
                  date: dayOf('1985-07-30'),
                  endDate: dayOf('2019-03-03'),
                  fields: [{ name: 'Nationality', value: '354', label: 'Maroc' }],
                  current: false,
                },
              ]
            : []),
          {
            code: '001',
            group: 'Residences',
            date: dayOf('2019-07'),
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
          inception: dayOf('2021-02'),
          end: dayOf('2022-01-31'),
          expiry: dayOf('2022-01-31'),
          indefinite: false,
          comment: null,
          duplicate: null,
        },
      ],
      workPermits: [
        {
          number: 'WP-B-2023-4471',
          inception: dayOf('2023-05-01'),
          end: null,
          expiry: null,
          indefinite: true,
          comment: 'Permis B',
        },
      ],
      specialInfos: [
        {
          inception: dayOf('2020-09-15'),
          expiry: dayOf('2025-09-14'),
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
