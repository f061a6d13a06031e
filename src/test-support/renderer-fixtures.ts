// Test helpers: a real i18next instance over the shared catalogues, and synthetic inquiries.
import i18next, { type TFunction } from 'i18next';
import { i18nextResources } from '../shared/i18n';
import type { Inquiry, InquiryItem } from '../shared/domain/inquiry';
import type { Language } from '../shared/domain/preferences';

export async function translator(language: Language = 'fr'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: i18nextResources,
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

let counter = 0;

/** A period with sensible defaults; dates as 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (precision follows). */
export function item(
  partial: Partial<Omit<InquiryItem, 'begin' | 'end'>> & {
    begin?: string;
    end?: string | null;
  } = {},
): InquiryItem {
  const { begin = '2024-01-01', end = '2024-12-31', ...rest } = partial;
  const date = (value: string) => ({
    value,
    precision:
      value.length === 4
        ? ('year' as const)
        : value.length === 7
          ? ('month' as const)
          : ('day' as const),
  });
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
    begin: date(begin),
    end: end === null ? null : date(end),
  };
}

export function inquiry(items: InquiryItem[], partial: Partial<Inquiry> = {}): Inquiry {
  return {
    id: 'inquiry-1',
    request: {
      niss: '85073003328',
      period: { from: '2024-01-01', to: '2024-12-31' },
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      cbe: '0207777760',
    },
    finalNiss: '85073003328',
    nissReplaced: false,
    consultedAt: '2025-05-12T12:32:00.000Z',
    environment: 'demo',
    answerVersion: 2,
    calls: [{ service: 'SocialInquiry', ticket: 't-1', ticketCBSS: 'c-1' }],
    dataFound: true,
    items,
    ...partial,
  };
}
