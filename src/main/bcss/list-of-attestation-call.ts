// ListOfAttestation over the BCSS SSDN connector: the service's request and reply, carried by the one SSDN
// call module (ssdn-call.ts), which also reads the refusals.
import type { Period } from '../../shared/domain/period';
import {
  buildSsdnServiceRequest,
  callSsdnService,
  type SsdnEndpoint,
  type SsdnServiceCall,
} from './ssdn-call';
import { children, type XmlNode } from './xml';

export { SSDN_CONNECTOR } from './ssdn-call';

const ATTESTATIONS_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ListOfAttestations';

export const LIST_OF_ATTESTATIONS = {
  serviceId: 'OCMWCPASListOfAttestations',
  version: '20080317',
} as const;

export interface AttestationCall {
  ticket: string;
  ssin: string;
  requestType: string;
  period: Period;
  sentAt: Date;
  signal?: AbortSignal;
}

export type AttestationEndpoint = SsdnEndpoint;

export interface AttestationReply {
  ticketCBSS: string | null;
  attestations: XmlNode[];
}

function serviceCall(call: AttestationCall): SsdnServiceCall {
  return {
    ticket: call.ticket,
    sentAt: call.sentAt,
    signal: call.signal,
    service: LIST_OF_ATTESTATIONS,
    payload: {
      ListOfAttestationsRequest: {
        '@xmlns': ATTESTATIONS_NS,
        SSIN: call.ssin,
        RequestType: call.requestType,
        Period: { 'common:StartDate': call.period.from, 'common:EndDate': call.period.to },
      },
    },
    replyElement: 'ListOfAttestationsReply',
    repeated: ['Attestation', 'AidType'],
  };
}

/** The SSDN request text of one call, as sent (for schema tests). */
export function buildSsdnRequest(endpoint: AttestationEndpoint, call: AttestationCall): string {
  return buildSsdnServiceRequest(endpoint, serviceCall(call));
}

export async function callListOfAttestation(
  endpoint: AttestationEndpoint,
  call: AttestationCall,
): Promise<AttestationReply> {
  const reply = await callSsdnService(endpoint, serviceCall(call));
  return { ticketCBSS: reply.ticketCBSS, attestations: children(reply.payload, 'Attestation') };
}
