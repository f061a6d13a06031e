// One BCSS new-style (CommonV3) call for the services beside Social Inquiry: the common request blocks, the SOAP call, the status read, refusals thrown as status errors.
import { answerNiss } from './answer-niss';
import type { ServiceUrls } from '../../shared/contract/settings';
import { BcssStatusError } from './failures';
import { readStatus, type StatusBlock } from './social-inquiry';
import { ANSWER_LIMITS } from './answer-limits';
import { callSoap } from './soap';
import type { BcssChannel } from './audited-call';
import { optionalChild, text, type XmlNode } from './xml';

/** Where and as which organisation the call goes (a BcssEndpoint or an SsdnEndpoint fits). */
export interface NewStyleEndpoint {
  /** The services' full URLs; the call names its own. */
  serviceUrls: Pick<ServiceUrls, NewStyleService>;
  /** The audited try's channel (see audited-call.ts). */
  channel: BcssChannel;
  /** The CPAS's CBE number, as informationCustomer/customerIdentification/cbeNumber. */
  cbe: string;
  headers?: Record<string, string>;
}

export interface NewStyleCallBase {
  /** Our reference of the call (a UUID, at most 36 characters), echoed by the BCSS. */
  ticket: string;
  sentAt: Date;
  signal?: AbortSignal;
}

/** The new-style services beside Social Inquiry, by their key in the environment's addresses. */
export type NewStyleService = 'registerExtract' | 'foreignerSituation';

export interface NewStyleCall extends NewStyleCallBase {
  /** Which of the endpoint's addresses the call goes to. */
  service: NewStyleService;
  soapAction: string;
  /** The request element with its namespace; `informationCustomer` and `legalContext` are put first. */
  requestElement: string;
  namespace: string;
  legalContext: string;
  /** The request's own blocks after legalContext (criteria, searchInformation...). */
  body: XmlNode;
  answerElement: string;
  /** Namespaces the answer's content may use besides the service's own and none. */
  namespaces?: readonly string[];
  /** Local names of the answer's repeatable elements (so one occurrence still reads as a list). */
  repeated: readonly string[];
}

const LIMITS = {
  registerExtract: ANSWER_LIMITS.RegisterExtract,
  foreignerSituation: ANSWER_LIMITS.ForeignerSituation,
} as const;

export interface NewStyleAnswer {
  answer: XmlNode;
  ticketCBSS: string | null;
  status: StatusBlock;
  /** False for NO_DATA_FOUND MSG00100: the person is known, the supplier has nothing. */
  found: boolean;
  /** Set when the status says the NISS asked for was replaced (information newSSIN). */
  replacedBy: string | null;
}

/** The request element as the call sends it in the SOAP Body (for callSoap, and for tests to validate). */
export function newStyleRequest(
  endpoint: Pick<NewStyleEndpoint, 'cbe'>,
  call: NewStyleCall,
): XmlNode {
  return {
    [`ns:${call.requestElement}`]: {
      '@xmlns:ns': call.namespace,
      informationCustomer: {
        ticket: call.ticket,
        timestampSent: call.sentAt.toISOString(),
        customerIdentification: { cbeNumber: endpoint.cbe },
      },
      legalContext: call.legalContext,
      ...call.body,
    },
  };
}

/** Calls the service; any status but DATA_FOUND and NO_DATA_FOUND MSG00100 throws a BcssStatusError. */
export async function callNewStyle(
  endpoint: NewStyleEndpoint,
  call: NewStyleCall,
): Promise<NewStyleAnswer> {
  const answer = await callSoap(endpoint.channel, {
    url: endpoint.serviceUrls[call.service],
    soapAction: call.soapAction,
    payload: newStyleRequest(endpoint, call),
    answerNamespace: call.namespace,
    answerElement: call.answerElement,
    namespaces: call.namespaces,
    repeated: new Set(['description', 'information', ...call.repeated]),
    limits: LIMITS[call.service],
    signal: call.signal,
    headers: endpoint.headers,
  });
  const status = readStatus(answer);
  const ticketCBSS = text(optionalChild(answer, 'informationCBSS'), 'ticketCBSS');
  const found = status.value === 'DATA_FOUND';
  const noData =
    status.value === 'NO_DATA_FOUND' && (status.code === 'MSG00100' || status.code === '');
  if (!found && !noData) {
    throw new BcssStatusError(
      status.value,
      status.code,
      status.description,
      status.information,
      ticketCBSS,
    );
  }
  return {
    answer,
    ticketCBSS,
    status,
    found,
    replacedBy: answerNiss(status.information['newSSIN'] ?? null, 'newSSIN'),
  };
}
