// Synthetic inquiries and report contexts for the report's unit tests (no simulator, no browser).
import type { Inquiry, InquiryItem } from '../../../shared/inquiry';
import type { ReportContext } from '../report-model';

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
