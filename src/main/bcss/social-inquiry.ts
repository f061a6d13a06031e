// The Social Inquiry service (SPP IS, our model: resources/schemas/socialinquiry): the request it takes and
// the mapping of its answer to the Inquiry model. The one module to change when the official XSD arrives.
import { answerNiss } from './answer-niss';
import type {
  InquiryDate,
  InquiryDetail,
  InquiryItem,
  LaneId,
  LocalizedText,
  SubLaneId,
} from '../../shared/domain/inquiry';
import { art35CounterDetails } from './art35-counter';
import { readEndDate, readIncompleteDate } from './bcss-dates';
import { codeLabel } from './code-labels';
import { children, optionalChild, requiredText, text, type XmlNode } from './xml';

export const SOCIAL_INQUIRY = {
  name: 'SocialInquiry',
  soapAction: 'http://kszbcss.fgov.be/intf/SocialInquiryService/v1/socialInquiry',
  answerElement: 'socialInquiryResponse',
  intfNamespace: 'http://kszbcss.fgov.be/intf/SocialInquiryService/v1',
} as const;

export const SOCIAL_INQUIRY_LEGAL_CONTEXT = 'PCSA:SOCIAL_INQUIRY';

/** Elements that may repeat in the answer (read as lists even when one occurs). */
export const SOCIAL_INQUIRY_REPEATED = new Set([
  'description',
  'information',
  'nationality',
  'register',
  'residence',
  'organisationInCharge',
  'socialStatus',
  'form',
  'aidType',
  'piis',
  'art35Exemption',
  'artisticExemption',
  'installationPremium',
]);

export interface SocialInquiryRequest {
  ticket: string;
  sentAt: Date;
  cbe: string;
  ssin: string;
  period: { from: string; to: string };
  legalContext?: string;
}

export function buildSocialInquiryRequest(request: SocialInquiryRequest): XmlNode {
  return {
    'si:socialInquiryRequest': {
      '@xmlns:si': SOCIAL_INQUIRY.intfNamespace,
      informationCustomer: {
        ticket: request.ticket,
        timestampSent: request.sentAt.toISOString(),
        customerIdentification: { cbeNumber: request.cbe },
      },
      legalContext: request.legalContext ?? SOCIAL_INQUIRY_LEGAL_CONTEXT,
      criteria: {
        ssin: request.ssin,
        period: { beginDate: request.period.from, endDate: request.period.to },
      },
    },
  };
}

export interface StatusBlock {
  value: string;
  code: string;
  description: string;
  information: Record<string, string>;
}

export interface SocialInquiryAnswer {
  ticketCBSS: string | null;
  status: StatusBlock;
  /** The final NISS, when the answer names one. */
  ssin: string | null;
  /** True when the answer carried sections 5-8 (version 2 of the service). */
  hasSections5to8: boolean;
  items: InquiryItem[];
}

export function readStatus(node: XmlNode): StatusBlock {
  const status = optionalChild(node, 'status');
  const information: Record<string, string> = {};
  for (const info of children(status, 'information')) {
    const name = text(info, 'fieldName');
    if (name) information[name] = text(info, 'fieldValue') ?? '';
  }
  return {
    value: requiredText(status, 'value'),
    code: text(status, 'code') ?? '',
    description: text(status, 'description') ?? '',
    information,
  };
}

/** CommonV3 LocalizedDescriptionsType: up to three descriptions with a language attribute. */
export function readLabel(node: XmlNode | null): LocalizedText {
  const byLanguage: Record<string, string> = {};
  for (const description of children(node, 'description')) {
    const language = String(description['@language'] ?? 'fr').toLowerCase();
    byLanguage[language] = String(description['#text'] ?? '');
  }
  const fallback =
    byLanguage.fr ?? byLanguage.nl ?? byLanguage.de ?? Object.values(byLanguage)[0] ?? '';
  return {
    fr: byLanguage.fr ?? fallback,
    nl: byLanguage.nl ?? fallback,
    de: byLanguage.de ?? fallback,
  };
}

function cpasDetail(key: InquiryDetail['key'], node: XmlNode | null): InquiryDetail[] {
  if (!node) return [];
  return [
    {
      key,
      kind: 'organisation',
      id: requiredText(node, 'cbeNumber'),
      name: requiredText(node, 'name'),
    },
  ];
}

function openPeriodDetail(key: InquiryDetail['key'], node: XmlNode | null): InquiryDetail[] {
  if (!node) return [];
  return [
    {
      key,
      kind: 'period',
      begin: readIncompleteDate(requiredText(node, 'beginDate')),
      end: readEndDate(text(node, 'endDate')),
    },
  ];
}

/** Reads the fields every period has and lets the section add its own. */
class ItemCollector {
  readonly items: InquiryItem[] = [];
  private readonly counters = new Map<string, number>();

  add(
    lane: LaneId,
    subLane: SubLaneId | null,
    node: XmlNode,
    extra: {
      details?: InquiryDetail[];
      markers?: Partial<InquiryItem['markers']>;
      span?: { begin: InquiryDate; end: InquiryDate | null };
    } = {},
  ): void {
    const key = `${lane}${subLane ? `-${subLane}` : ''}`;
    const index = this.counters.get(key) ?? 0;
    this.counters.set(key, index + 1);
    const origin = text(node, 'origin');
    this.items.push({
      id: `${key}-${index}`,
      lane,
      subLane,
      begin: extra.span?.begin ?? readIncompleteDate(requiredText(node, 'beginDate')),
      end: extra.span ? extra.span.end : readEndDate(text(node, 'endDate')),
      code: requiredText(node, 'code'),
      label: readLabel(optionalChild(node, 'label')),
      source: 'SocialInquiry',
      markers: {
        blocked: false,
        fraud: false,
        role: null,
        parentProcedure: false,
        ...extra.markers,
      },
      details: [
        ...(origin
          ? [
              {
                key: 'origin' as const,
                kind: 'localized' as const,
                text: codeLabel('origin', origin),
              },
            ]
          : []),
        ...(extra.details ?? []),
      ],
    });
  }
}

export function readSocialInquiryAnswer(answer: XmlNode): SocialInquiryAnswer {
  const status = readStatus(answer);
  const items = new ItemCollector();

  const section1 = optionalChild(answer, 'nationalityRegisterResidence');
  for (const node of children(optionalChild(section1, 'nationalities'), 'nationality')) {
    items.add('residence', 'nationality', node);
  }
  for (const node of children(optionalChild(section1, 'registers'), 'register')) {
    items.add('residence', 'register', node);
  }
  for (const node of children(optionalChild(section1, 'residences'), 'residence')) {
    const postalCode = text(node, 'postalCode');
    items.add('residence', 'municipality', node, {
      details: [
        {
          key: 'placeKind',
          kind: 'localized',
          text: codeLabel('placeKind', requiredText(node, 'placeKind')),
        },
        { key: 'municipalityCode', kind: 'text', text: requiredText(node, 'code') },
        ...(postalCode
          ? [{ key: 'postalCode' as const, kind: 'text' as const, text: postalCode }]
          : []),
      ],
    });
  }

  for (const node of children(
    optionalChild(answer, 'organisationsInCharge'),
    'organisationInCharge',
  )) {
    const organisation = optionalChild(node, 'organisation');
    const id = text(organisation, 'cbeNumber') ?? text(organisation, 'centreCode') ?? '';
    items.add('organisation', null, node, {
      details: [
        { key: 'organisation', kind: 'organisation', id, name: requiredText(organisation, 'name') },
      ],
    });
  }

  for (const node of children(optionalChild(answer, 'socialStatuses'), 'socialStatus')) {
    const attached = text(node, 'attachedToParentProcedure') === 'true';
    const detail = optionalChild(node, 'detail');
    const parent = text(node, 'parentSsin');
    items.add('status', null, node, {
      markers: { parentProcedure: attached },
      details: [
        ...(detail
          ? [
              {
                key: 'statusDetail' as const,
                kind: 'localized' as const,
                text: readLabel(optionalChild(detail, 'label')),
              },
            ]
          : []),
        { key: 'parentProcedure', kind: 'flag', value: attached },
        ...(parent
          ? [
              {
                key: 'parentNiss' as const,
                kind: 'niss' as const,
                niss: answerNiss(parent, 'a parent procedure'),
              },
            ]
          : []),
      ],
    });
  }

  for (const node of children(optionalChild(answer, 'forms'), 'form')) {
    const legalBasis = requiredText(node, 'legalBasis') as 'RIS' | 'LOI65' | 'ORGANIC';
    const role = requiredText(node, 'role') as 'MAIN_BENEFICIARY' | 'PARTNER';
    const blocking = optionalChild(node, 'blocking');
    const blocked = text(blocking, 'blocked') === 'true';
    const reason = text(blocking, 'reason');
    const fraud = text(node, 'fraud') === 'true';
    const recalculated = optionalChild(node, 'recalculatedPeriod');
    const declared = {
      begin: readIncompleteDate(requiredText(node, 'beginDate')),
      end: readEndDate(text(node, 'endDate')),
    };
    const decisionDate = text(node, 'decisionDate');
    items.add('forms', legalBasis, node, {
      // The SPP IS recalculates the period it reimburses: that is the one to see on the timeline.
      span: recalculated
        ? {
            begin: readIncompleteDate(requiredText(recalculated, 'beginDate')),
            end: readEndDate(text(recalculated, 'endDate')),
          }
        : declared,
      markers: { blocked, fraud, role },
      details: [
        { key: 'legalBasis', kind: 'localized', text: codeLabel('legalBasis', legalBasis) },
        { key: 'formType', kind: 'text', text: requiredText(node, 'code') },
        ...cpasDetail('sendingCpas', optionalChild(node, 'sendingCpas')),
        { key: 'declaredPeriod', kind: 'period', begin: declared.begin, end: declared.end },
        ...openPeriodDetail('recalculatedPeriod', recalculated),
        { key: 'role', kind: 'localized', text: codeLabel('role', role) },
        ...children(optionalChild(node, 'aidTypes'), 'aidType').map((aid): InquiryDetail => ({
          key: 'aidType',
          kind: 'localized',
          text: readLabel(optionalChild(aid, 'label')),
        })),
        { key: 'blocked', kind: 'flag', value: blocked },
        ...(reason
          ? [
              {
                key: 'blockingReason' as const,
                kind: 'localized' as const,
                text: codeLabel('blockingReason', reason),
              },
            ]
          : []),
        ...cpasDetail('blockingCpas', optionalChild(blocking, 'otherCpas')),
        { key: 'fraud', kind: 'flag', value: fraud },
        ...(decisionDate
          ? [
              {
                key: 'decisionDate' as const,
                kind: 'date' as const,
                date: readIncompleteDate(decisionDate),
              },
            ]
          : []),
        { key: 'reference', kind: 'text', text: requiredText(node, 'reference') },
      ],
    });
  }

  const section5 = optionalChild(answer, 'piisLimits');
  for (const node of children(section5, 'piis')) {
    items.add('piis', null, node, {
      details: [
        ...openPeriodDetail('extension', optionalChild(node, 'extension')),
        ...cpasDetail('cpas', optionalChild(node, 'cpas')),
      ],
    });
  }
  const section6 = optionalChild(answer, 'art35Exemptions');
  // The person's counter, given once for the section, goes with each of its exemptions.
  const firstExemption = text(section6, 'firstExemptionDate');
  const counter =
    firstExemption === null
      ? []
      : art35CounterDetails(firstExemption, requiredText(section6, 'exemptedDays'));
  for (const node of children(section6, 'art35Exemption')) {
    items.add('art35', null, node, {
      details: [...counter, ...cpasDetail('cpas', optionalChild(node, 'cpas'))],
    });
  }
  const section7 = optionalChild(answer, 'artisticExemptions');
  for (const node of children(section7, 'artisticExemption')) {
    items.add('artistic', null, node, {
      details: [
        { key: 'year', kind: 'text', text: requiredText(node, 'year') },
        ...cpasDetail('cpas', optionalChild(node, 'cpas')),
      ],
    });
  }
  const section8 = optionalChild(answer, 'installationPremiums');
  for (const node of children(section8, 'installationPremium')) {
    const legalBasis = requiredText(node, 'legalBasis');
    items.add('installationPremium', null, node, {
      details: [
        { key: 'legalBasis', kind: 'localized', text: codeLabel('legalBasis', legalBasis) },
        ...cpasDetail('cpas', optionalChild(node, 'cpas')),
      ],
    });
  }

  return {
    ticketCBSS: text(optionalChild(answer, 'informationCBSS'), 'ticketCBSS'),
    status,
    ssin: answerNiss(text(answer, 'ssin'), 'the answer'),
    hasSections5to8: [section5, section6, section7, section8].some((section) => section !== null),
    items: items.items,
  };
}
