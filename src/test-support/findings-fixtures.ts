// Items for the findings' tests: forms, TI 207, statuses, PIIS and art. 35 with the details the rules read.
import type { Inquiry, InquiryDetail, InquiryItem, Role } from '../shared/domain/inquiry';
import { findingContext } from '../shared/findings';
import type { FindingContext } from '../shared/findings/types';
import { dateOf, inquiry, item } from './builders';

export const LIEGE = { id: '0207777760', name: 'CPAS de Liège' };
export const BRUXELLES = { id: '0212000032', name: 'CPAS de Bruxelles' };

const org = (key: 'sendingCpas' | 'cpas', cpas: { id: string; name: string }): InquiryDetail => ({
  key,
  kind: 'organisation',
  id: cpas.id,
  name: cpas.name,
});

export function formItem(
  basis: 'RIS' | 'LOI65' | 'ORGANIC',
  type: string,
  begin: string,
  end: string | null,
  options: {
    cpas?: { id: string; name: string };
    role?: Role;
    blocked?: boolean;
    fraud?: boolean;
    details?: InquiryDetail[];
  } = {},
): InquiryItem {
  return item({
    lane: 'forms',
    subLane: basis,
    code: type,
    begin,
    end,
    markers: {
      blocked: options.blocked ?? false,
      fraud: options.fraud ?? false,
      role: options.role ?? 'MAIN_BENEFICIARY',
      parentProcedure: false,
    },
    details: [org('sendingCpas', options.cpas ?? LIEGE), ...(options.details ?? [])],
  });
}

export function organisationItem(
  name: string,
  id: string,
  begin: string,
  end: string | null,
): InquiryItem {
  return item({
    lane: 'organisation',
    begin,
    end,
    details: [{ key: 'organisation', kind: 'organisation', id, name }],
  });
}

export function statusItem(code: string, begin: string, end: string | null): InquiryItem {
  return item({ lane: 'status', code, begin, end, label: { fr: code, nl: code, de: code } });
}

export function municipalityItem(name: string, begin: string, end: string | null): InquiryItem {
  return item({
    lane: 'residence',
    subLane: 'municipality',
    begin,
    end,
    label: { fr: name, nl: name, de: name },
    details: [{ key: 'postalCode', kind: 'text', text: '4000' }],
  });
}

export function piisItem(
  begin: string,
  end: string,
  extension?: [string, string],
  cpas = LIEGE,
): InquiryItem {
  return item({
    lane: 'piis',
    begin,
    end,
    details: [
      ...(extension
        ? [
            {
              key: 'extension' as const,
              kind: 'period' as const,
              begin: dateOf(extension[0]),
              end: dateOf(extension[1]),
            },
          ]
        : []),
      org('cpas', cpas),
    ],
  });
}

export function art35Item(begin: string, end: string, days: number, first: string): InquiryItem {
  return item({
    lane: 'art35',
    begin,
    end,
    details: [
      { key: 'firstExemption', kind: 'date', date: dateOf(first) },
      { key: 'exemptedDays', kind: 'text', text: `${days} / 1096` },
      org('cpas', LIEGE),
    ],
  });
}

/** The context of an inquiry by the CPAS de Liège over 2020-2025, made on `today`. */
export function contextOf(
  items: InquiryItem[],
  today = '2025-05-12',
  period = { from: '2020-01-01', to: '2025-05-12' },
): FindingContext {
  const made: Inquiry = inquiry(items, {
    consultedAt: `${today}T10:00:00.000Z`,
    request: { period },
  });
  return findingContext(made);
}
