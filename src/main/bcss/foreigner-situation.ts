// ForeignerSituation (our model: resources/schemas/foreignersituation): a foreigner's employment cards, work permits and residence reasons, typed; BIS numbers refused before any call.
import type { InquiryDate } from '../../shared/domain/inquiry';
import type {
  EmploymentInfos,
  ForeignerAnswer,
  SpecialInfo,
  SpecialInfos,
  WorkDocument,
} from '../../shared/domain/supplements';
import { parseNiss } from '../../shared/domain/niss';
import { residenceReasonLabel } from '../../shared/domain/residence-reasons';
import { readEndDate, readIncompleteDate } from './bcss-dates';
import { BcssStatusError } from './failures';
import {
  callNewStyle,
  type NewStyleCall,
  type NewStyleCallBase,
  type NewStyleEndpoint,
} from './new-style-call';
import { readLabel } from './social-inquiry';
import { children, optionalChild, requiredText, text, type XmlNode } from './xml';

export const FOREIGNER_SITUATION = {
  name: 'ForeignerSituation',
  namespace: 'http://kszbcss.fgov.be/intf/ForeignerSituationService/v1',
  soapActions: {
    employment: 'http://kszbcss.fgov.be/intf/ForeignerSituationService/v1/consultEmploymentInfos',
    special: 'http://kszbcss.fgov.be/intf/ForeignerSituationService/v1/consultSpecialInfos',
  },
  /** Our model: a CPAS consults it within its social inquiry. */
  legalContext: 'PCSA:SOCIAL_INQUIRY',
} as const;

/**
 * The BCSS's BIS register holds nothing about work documents or residence reasons, and the service
 * refuses such a number (REG00004): the client refuses it first and spares the call. It is a
 * BcssStatusError, so it reaches the user as the REG00004 message, and is never retried.
 */
export class BisNumberRefused extends BcssStatusError {
  constructor(readonly ssin: string) {
    super('NO_RESULT', 'REG00004', 'A BIS number: ForeignerSituation is not asked', {}, null);
    this.name = 'BisNumberRefused';
  }
}

export interface EmploymentInfosCall extends NewStyleCallBase {
  ssin: string;
  /** Both true by default. */
  employmentCards?: boolean;
  workPermits?: boolean;
}

export interface SpecialInfosCall extends NewStyleCallBase {
  ssin: string;
}

export async function consultEmploymentInfos(
  endpoint: NewStyleEndpoint,
  call: EmploymentInfosCall,
): Promise<EmploymentInfos> {
  refuseBis(call.ssin);
  const reply = await callNewStyle(endpoint, employmentInfosCall(call));
  const result = optionalChild(reply.answer, 'result');
  return {
    ...common(reply, call.ssin),
    employmentCards: children(optionalChild(result, 'employmentCards'), 'employmentCard').map(
      (card) => {
        const duplicate = text(card, 'duplicate');
        return {
          ...workDocument(card, 'cardNumber'),
          duplicate: duplicate === null ? null : Number(duplicate),
        };
      },
    ),
    workPermits: children(optionalChild(result, 'workPermits'), 'workPermit').map((permit) =>
      workDocument(permit, 'permitNumber'),
    ),
  };
}

/** The consultEmploymentInfos call for a request (built here so tests can check it against the schema). */
export function employmentInfosCall(call: EmploymentInfosCall): NewStyleCall {
  return {
    ...base(call),
    service: 'foreignerSituation',
    soapAction: FOREIGNER_SITUATION.soapActions.employment,
    namespace: FOREIGNER_SITUATION.namespace,
    requestElement: 'consultEmploymentInfosRequest',
    legalContext: FOREIGNER_SITUATION.legalContext,
    body: {
      criteria: {
        ssin: call.ssin,
        dataGroups: {
          employmentCards: String(call.employmentCards ?? true),
          workPermits: String(call.workPermits ?? true),
        },
      },
    },
    answerElement: 'consultEmploymentInfosResponse',
    repeated: ['employmentCard', 'workPermit'],
  };
}

export async function consultSpecialInfos(
  endpoint: NewStyleEndpoint,
  call: SpecialInfosCall,
): Promise<SpecialInfos> {
  refuseBis(call.ssin);
  const reply = await callNewStyle(endpoint, specialInfosCall(call));
  const infos = optionalChild(optionalChild(reply.answer, 'result'), 'specialInfos');
  return {
    ...common(reply, call.ssin),
    specialInfos: children(infos, 'specialInfo').map(specialInfo),
  };
}

/** The consultSpecialInfos call for a request. */
export function specialInfosCall(call: SpecialInfosCall): NewStyleCall {
  return {
    ...base(call),
    service: 'foreignerSituation',
    soapAction: FOREIGNER_SITUATION.soapActions.special,
    namespace: FOREIGNER_SITUATION.namespace,
    requestElement: 'consultSpecialInfosRequest',
    legalContext: FOREIGNER_SITUATION.legalContext,
    body: { criteria: { ssin: call.ssin } },
    answerElement: 'consultSpecialInfosResponse',
    repeated: ['specialInfo'],
  };
}

function base(call: NewStyleCallBase): NewStyleCallBase {
  return {
    ticket: call.ticket,
    sentAt: call.sentAt,
    ...(call.signal ? { signal: call.signal } : {}),
  };
}

function refuseBis(ssin: string): void {
  const parsed = parseNiss(ssin);
  if (parsed.ok && parsed.kind === 'bis') throw new BisNumberRefused(ssin);
}

function common(reply: Awaited<ReturnType<typeof callNewStyle>>, asked: string): ForeignerAnswer {
  return {
    ticketCBSS: reply.ticketCBSS,
    ssin: text(reply.answer, 'ssin') ?? reply.replacedBy ?? asked,
    replacedBy: reply.replacedBy,
    found: reply.found,
  };
}

/** 9999-… is the register's "indefinite"; anything else is a (possibly incomplete) date. */
function expiry(value: string | null): { expiry: InquiryDate | null; indefinite: boolean } {
  if (value === null || value.trim() === '') return { expiry: null, indefinite: false };
  if (value.startsWith('9999')) return { expiry: null, indefinite: true };
  return { expiry: readIncompleteDate(value), indefinite: false };
}

function workDocument(node: XmlNode, numberElement: string): WorkDocument {
  const details = optionalChild(node, 'expirationDetails');
  return {
    number: requiredText(node, numberElement),
    inception: readIncompleteDate(requiredText(node, 'inceptionDate')),
    end: readEndDate(text(node, 'expiryDate')),
    ...expiry(text(details, 'expiryDate')),
    comment: text(details, 'comment'),
  };
}

function specialInfo(node: XmlNode): SpecialInfo {
  const limosa = optionalChild(node, 'limosa');
  const reason = optionalChild(limosa, 'reason1');
  const base = optionalChild(limosa, 'nrBase');
  const code = reason ? requiredText(reason, 'code') : null;
  const ssin = text(base, 'ssin');
  const fictional = text(base, 'fictionalIdentificationNumber');
  return {
    inception: readIncompleteDate(requiredText(node, 'inceptionDate')),
    ...expiry(text(node, 'expiryDate')),
    comments: [text(node, 'comment1'), text(node, 'comment2')].filter(
      (c): c is string => c !== null && c !== '',
    ),
    reason:
      code === null
        ? null
        : {
            code,
            // The answer's own labels first; our copy of the published list when it gives none.
            label: optionalChild(reason, 'description')
              ? readLabel(optionalChild(reason, 'description'))
              : residenceReasonLabel(code),
          },
    reunificationWith: ssin
      ? { kind: 'ssin', ssin }
      : fictional
        ? { kind: 'fictional', number: fictional }
        : null,
  };
}
