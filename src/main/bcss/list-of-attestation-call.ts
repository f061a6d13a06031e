// ListOfAttestation over the BCSS SSDN connector: an SSDN request carried as text by sendXML, and the
// SSDN reply read back from the answer's text; refusals in the ResultSummary become status errors.
import type { Period } from '../../shared/period';
import { BcssStatusError } from './failures';
import { callSoap } from './soap';
import type { TransportConfig } from './transport';
import {
  buildXml,
  children,
  MalformedXml,
  optionalChild,
  parseXml,
  requiredText,
  text,
  type XmlNode,
} from './xml';

export const SSDN_CONNECTOR = {
  path: '/SOA4520/WebServiceConnector',
  namespace: 'http://ksz-bcss.fgov.be/connectors/WebServiceConnector',
  soapAction: 'http://ksz-bcss.fgov.be/connectors/WebServiceConnector/sendXML',
} as const;

const NS = {
  service: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Service',
  common: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common',
  attestations: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ListOfAttestations',
};

export const LIST_OF_ATTESTATIONS = {
  serviceId: 'OCMWCPASListOfAttestations',
  version: '20080317',
} as const;

/** The CPAS sector in the social security network (MatrixID), and its institution (MatrixSubID). */
const CPAS_MATRIX = { id: 17, subId: 1 };

export interface AttestationCall {
  ticket: string;
  ssin: string;
  requestType: string;
  period: Period;
  sentAt: Date;
  signal?: AbortSignal;
}

export interface AttestationEndpoint {
  baseUrl: string;
  transport: TransportConfig;
  cbe: string;
  /** The investigator, as SSDN's AuthorizedUser: their NISS and e-mail address. */
  user: { ssin: string; email: string };
  headers?: Record<string, string>;
}

export interface AttestationReply {
  ticketCBSS: string | null;
  attestations: XmlNode[];
}

/** SSDN's TimeRequest format: yyyyMMddTHHmmss (UTC). */
function ssdnTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').slice(0, 15);
}

export function buildSsdnRequest(endpoint: AttestationEndpoint, call: AttestationCall): string {
  return buildXml({
    SSDNRequest: {
      '@xmlns': NS.service,
      '@xmlns:common': NS.common,
      RequestContext: {
        AuthorizedUser: {
          UserID: endpoint.user.ssin,
          Email: endpoint.user.email,
          OrgUnit: endpoint.cbe,
          MatrixID: CPAS_MATRIX.id,
          MatrixSubID: CPAS_MATRIX.subId,
        },
        Message: { Reference: call.ticket, TimeRequest: ssdnTimestamp(call.sentAt) },
      },
      ServiceRequest: {
        ServiceId: LIST_OF_ATTESTATIONS.serviceId,
        Version: LIST_OF_ATTESTATIONS.version,
        ListOfAttestationsRequest: {
          '@xmlns': NS.attestations,
          SSIN: call.ssin,
          RequestType: call.requestType,
          Period: { 'common:StartDate': call.period.from, 'common:EndDate': call.period.to },
        },
      },
    },
  });
}

const REPLY_LISTS = new Set(['ServiceReply', 'Attestation', 'AidType', 'Detail', 'Information']);

export async function callListOfAttestation(
  endpoint: AttestationEndpoint,
  call: AttestationCall,
): Promise<AttestationReply> {
  const answer = await callSoap(endpoint.transport, {
    url: endpoint.baseUrl + SSDN_CONNECTOR.path,
    soapAction: SSDN_CONNECTOR.soapAction,
    payload: {
      'wsc:sendXML': {
        '@xmlns:wsc': SSDN_CONNECTOR.namespace,
        'wsc:xmlString': buildSsdnRequest(endpoint, call),
      },
    },
    answerElement: 'sendXMLResponse',
    repeated: new Set(),
    signal: call.signal,
    headers: endpoint.headers,
  });
  // The SSDN reply is a document of its own inside the text: it gets the same refusal of DTDs.
  const reply = optionalChild(parseXml(requiredText(answer, 'return'), REPLY_LISTS), 'SSDNReply');
  if (!reply) throw new MalformedXml('unexpected', 'no SSDNReply in the answer');
  const ticketCBSS = text(optionalChild(optionalChild(reply, 'ReplyContext'), 'Message'), 'Ticket');
  const serviceReply = children(reply, 'ServiceReply')[0] ?? null;
  const summary =
    optionalChild(serviceReply, 'ResultSummary') ?? optionalChild(reply, 'ResultSummary');
  const ok = String(summary?.['@ok'] ?? 'NO');
  if (ok === 'NO' || !serviceReply) {
    const detail = children(summary, 'Detail')[0];
    throw new BcssStatusError(
      'NO_RESULT',
      text(detail, 'ReasonCode') ?? text(summary, 'ReturnCode') ?? '',
      text(detail, 'Diagnostic') ?? '',
      {},
      ticketCBSS,
    );
  }
  const payload = optionalChild(serviceReply, 'ListOfAttestationsReply');
  return { ticketCBSS, attestations: children(payload, 'Attestation') };
}
