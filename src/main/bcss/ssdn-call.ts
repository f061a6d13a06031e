// One SSDN service call over the BCSS connector (sendXML): the SSDN request built around a payload, the reply's ResultSummary read, refusals thrown as status errors.
import { answerNiss } from './answer-niss';
import type { ServiceUrls } from '../../shared/contract/settings';
import { CPAS_SECTOR } from '../../shared/domain/access-purposes';
import { BcssStatusError } from './failures';
import { ANSWER_LIMITS, type AnswerService } from './answer-limits';
import { readDocumentOffThread } from './answer-pool';
import { callSoap } from './soap';
import type { BcssChannel } from './audited-call';
import { buildXml, children, optionalChild, requiredText, text, type XmlNode } from './xml';

/** The BCSS connector that carries every SSDN service (sendXML). */
export const SSDN_CONNECTOR = {
  namespace: 'http://ksz-bcss.fgov.be/connectors/WebServiceConnector',
  soapAction: 'http://ksz-bcss.fgov.be/connectors/WebServiceConnector/sendXML',
} as const;

/** The same organisation, investigator and transport serve every SSDN service. */
export interface SsdnEndpoint {
  /** The connector's full URL is `ssdnConnector`. */
  serviceUrls: Pick<ServiceUrls, 'ssdnConnector'>;
  /** The audited try's channel (see audited-call.ts). */
  channel: BcssChannel;
  cbe: string;
  /** The investigator, as SSDN's AuthorizedUser: their NISS and e-mail address. */
  user: { ssin: string; email: string };
  headers?: Record<string, string>;
}

const NS = {
  service: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Service',
  common: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common',
};

/** The CPAS's institution within its sector (MatrixSubID). */
const CPAS_SUB_ID = 1;

export interface SsdnCallBase {
  /** Our reference of the call (a UUID), echoed by the BCSS. */
  ticket: string;
  sentAt: Date;
  signal?: AbortSignal;
}

export interface SsdnServiceCall extends SsdnCallBase {
  service: { serviceId: string; version: string };
  /** The service's request element, with its namespace; periods use the `common:` prefix. */
  payload: XmlNode;
  /** Local name of the service's reply element, and its namespace. */
  replyElement: string;
  replyNamespace: string;
  /** Whose limits the reply is read with. */
  limits: Exclude<
    AnswerService,
    'SocialInquiry' | 'SsdnConnector' | 'RegisterExtract' | 'ForeignerSituation'
  >;
  /** Local names of the repeatable elements of the reply payload. */
  repeated: readonly string[];
}

export interface SsdnServiceReply {
  ticketCBSS: string | null;
  /** The reply element (null when the service sent none). */
  payload: XmlNode | null;
  /** The reason codes of the ResultSummary's details (e.g. MSG00006, MSG00100). */
  codes: string[];
  /** Every Information of every detail, by field name (newSSIN, ...). */
  information: Record<string, string>;
}

function ssdnTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').slice(0, 15);
}

export function buildSsdnServiceRequest(
  endpoint: SsdnEndpoint,
  call: Pick<SsdnServiceCall, 'ticket' | 'sentAt' | 'service' | 'payload'>,
): string {
  return buildXml({
    SSDNRequest: {
      '@xmlns': NS.service,
      '@xmlns:common': NS.common,
      RequestContext: {
        AuthorizedUser: {
          UserID: endpoint.user.ssin,
          Email: endpoint.user.email,
          OrgUnit: endpoint.cbe,
          MatrixID: CPAS_SECTOR,
          MatrixSubID: CPAS_SUB_ID,
        },
        Message: { Reference: call.ticket, TimeRequest: ssdnTimestamp(call.sentAt) },
      },
      ServiceRequest: {
        ServiceId: call.service.serviceId,
        Version: call.service.version,
        ...call.payload,
      },
    },
  });
}

/** Calls one SSDN service; a ResultSummary `NO` (the connector's or the service's) throws a BcssStatusError. */
export async function callSsdnService(
  endpoint: SsdnEndpoint,
  call: SsdnServiceCall,
): Promise<SsdnServiceReply> {
  const answer = await callSoap(endpoint.channel, {
    url: endpoint.serviceUrls.ssdnConnector,
    soapAction: SSDN_CONNECTOR.soapAction,
    payload: {
      'wsc:sendXML': {
        '@xmlns:wsc': SSDN_CONNECTOR.namespace,
        'wsc:xmlString': buildSsdnServiceRequest(endpoint, call),
      },
    },
    answerNamespace: SSDN_CONNECTOR.namespace,
    answerElement: 'sendXMLResponse',
    repeated: new Set(),
    // The connector's envelope is as big as the reply it carries.
    limits: { ...ANSWER_LIMITS.SsdnConnector, maxBytes: ANSWER_LIMITS[call.limits].maxBytes * 2 },
    documentElement: 'return',
    signal: call.signal,
    headers: endpoint.headers,
  });
  const lists = new Set(['ServiceReply', 'Detail', 'Information', ...call.repeated]);
  // The SSDN reply is a document of its own inside the text: the same reader, the service's limits.
  const reply = await readDocumentOffThread(requiredText(answer, 'return'), {
    element: { namespace: NS.service, name: 'SSDNReply' },
    namespaces: [NS.common, call.replyNamespace],
    repeated: [...lists],
    limits: ANSWER_LIMITS[call.limits],
  });
  const ticketCBSS = text(optionalChild(optionalChild(reply, 'ReplyContext'), 'Message'), 'Ticket');
  const serviceReply = children(reply, 'ServiceReply')[0] ?? null;
  // A refusal of the whole request (sector, organisation) sits in the ReplyContext, with no ServiceReply.
  const summary =
    optionalChild(serviceReply, 'ResultSummary') ??
    optionalChild(optionalChild(reply, 'ReplyContext'), 'ResultSummary');
  const details = children(summary, 'Detail');
  const information: Record<string, string> = {};
  for (const detail of details) {
    for (const info of children(detail, 'Information')) {
      const name = text(info, 'FieldName');
      if (name !== null) information[name] = text(info, 'FieldValue') ?? '';
      if (name === 'newSSIN') answerNiss(information[name]!, 'newSSIN');
    }
  }
  const ok = String(summary?.['@ok'] ?? 'NO');
  if (ok === 'NO' || !serviceReply) {
    const first = details[0];
    throw new BcssStatusError(
      'NO_RESULT',
      text(first, 'ReasonCode') ?? text(summary, 'ReturnCode') ?? '',
      diagnosticMessage(text(first, 'Diagnostic')),
      information,
      ticketCBSS,
    );
  }
  return {
    ticketCBSS,
    payload: optionalChild(serviceReply, call.replyElement),
    codes: details.map((d) => text(d, 'ReasonCode') ?? '').filter((c) => c !== ''),
    information,
  };
}

/** An SSDN Diagnostic is "message|technical detail|...": the message is its first part. */
export function diagnosticMessage(diagnostic: string | null): string {
  return (diagnostic ?? '').split('|')[0]!.trim();
}
