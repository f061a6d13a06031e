// ListOfAttestation over the BCSS SSDN connector: the service's request and reply by the names CPAS software
// sends and reads (DOMAIN.md §6 wire facts; resources/schemas/listofattestations/ManageAttests.xsd), carried by
// the one SSDN call module (ssdn-call.ts), which also reads the refusals.
import type { Period } from '../../shared/domain/period';
import {
  buildSsdnServiceRequest,
  callSsdnService,
  type SsdnEndpoint,
  type SsdnServiceCall,
} from './ssdn-call';
import { children, optionalChild, type XmlNode } from './xml';

export { SSDN_CONNECTOR } from './ssdn-call';

const MANAGE_ATTESTS_NS = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests';

export const LIST_OF_ATTESTATIONS = {
  serviceId: 'OCMWCPASListOfAttestations',
  version: '20080317',
} as const;

export interface AttestationCall {
  ticket: string;
  ssin: string;
  requestType: string;
  /** The SearchPeriod (not sent with GPMI_PIIS, which takes none). */
  period: Period;
  sentAt: Date;
  signal?: AbortSignal;
}

export type AttestationEndpoint = SsdnEndpoint;

export interface AttestationReply {
  ticketCBSS: string | null;
  attestations: XmlNode[];
  /** EXONERATIONSART35: the person's counter (attribute hasExoneration), when the reply has it. */
  exonerationArt35: XmlNode | null;
  /** GPMI_PIIS: the most recent PIIS (attribute hasAttestation), when the reply has it. */
  gpmiPiis: XmlNode | null;
}

function serviceCall(call: AttestationCall): SsdnServiceCall {
  return {
    ticket: call.ticket,
    sentAt: call.sentAt,
    signal: call.signal,
    service: LIST_OF_ATTESTATIONS,
    payload: {
      ListOfAttestationsRequest: {
        '@xmlns': MANAGE_ATTESTS_NS,
        SocialSecurityUser: call.ssin,
        RequestType: call.requestType,
        // SSDN Common's StartDate / EndDate (the `common:` prefix of the SSDN request).
        ...(call.requestType === 'GPMI_PIIS'
          ? {}
          : {
              SearchPeriod: {
                'common:StartDate': call.period.from,
                'common:EndDate': call.period.to,
              },
            }),
      },
    },
    replyElement: 'ListOfAttestationsReply',
    replyNamespace: MANAGE_ATTESTS_NS,
    limits: 'ListOfAttestation',
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
  return {
    ticketCBSS: reply.ticketCBSS,
    attestations: children(reply.payload, 'Attestation'),
    exonerationArt35: optionalChild(reply.payload, 'ExonerationArt35'),
    gpmiPiis: optionalChild(reply.payload, 'GpmiPiis'),
  };
}
