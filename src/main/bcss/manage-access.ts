// ManageAccess (OCMWCPASManageAccess 20050930) for the CPAS: register, unregister and list a person in its repertory, with typed lines.
import {
  CPAS_SECTOR,
  purposeLabels,
  type Sector17Purpose,
} from '../../shared/domain/access-purposes';
import type {
  AccessPeriod,
  AccessRegister,
  AccessResult,
  PersonProof,
  RegistrationLine,
} from '../../shared/contract/person-services';
import { callSsdnService, type SsdnCallBase, type SsdnEndpoint } from './ssdn-call';
import { children, MalformedXml, optionalChild, requiredText, text, type XmlNode } from './xml';

export const MANAGE_ACCESS = { serviceId: 'OCMWCPASManageAccess', version: '20050930' } as const;
const NAMESPACE = 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess';

/**
 * The official request always carries a Period with a start date. "The whole registration" (an
 * UNREGISTER or a LIST without a period) is sent as an open period from this day, before any repertory.
 */
export const WHOLE_REGISTRATION_START = '1900-01-01';

export interface RegisterCall extends SsdnCallBase {
  ssin: string;
  purpose: Sector17Purpose;
  period: AccessPeriod;
  proof?: PersonProof;
}

export interface UnregisterCall extends SsdnCallBase {
  ssin: string;
  purpose: Sector17Purpose;
  /** Without a period, the whole registration under this code goes. */
  period?: AccessPeriod;
  proof?: PersonProof;
}

export interface ListCall extends SsdnCallBase {
  ssin: string;
  /** Without a code, every code. */
  purpose?: number;
  /** Without a period, every line. */
  period?: AccessPeriod;
  /** ALL by default. */
  register?: AccessRegister | 'ALL';
}

/** Registers the person; overlapping and adjacent periods under the same code become one line. */
export function registerPerson(endpoint: SsdnEndpoint, call: RegisterCall): Promise<AccessResult> {
  return manageAccess(endpoint, call, {
    action: 'REGISTER',
    purpose: call.purpose,
    period: call.period,
    proof: call.proof,
  });
}

/** Cuts the period out of the person's registration under the code (all of it without a period). */
export function unregisterPerson(
  endpoint: SsdnEndpoint,
  call: UnregisterCall,
): Promise<AccessResult> {
  return manageAccess(endpoint, call, {
    action: 'UNREGISTER',
    purpose: call.purpose,
    period: call.period ?? { from: WHOLE_REGISTRATION_START },
    proof: call.proof,
  });
}

/** The CPAS's own lines for the person. */
export function listRegistrations(endpoint: SsdnEndpoint, call: ListCall): Promise<AccessResult> {
  return manageAccess(endpoint, call, {
    action: 'LIST',
    purpose: call.purpose,
    period: call.period ?? { from: WHOLE_REGISTRATION_START },
    register: call.register ?? 'ALL',
  });
}

interface AccessRequest {
  action: 'REGISTER' | 'UNREGISTER' | 'LIST';
  purpose: number | undefined;
  period: AccessPeriod;
  proof?: PersonProof | undefined;
  register?: AccessRegister | 'ALL';
}

export function manageAccessPayload(ssin: string, request: AccessRequest): XmlNode {
  const { proof } = request;
  return {
    ManageAccessRequest: {
      '@xmlns': NAMESPACE,
      SSIN: ssin,
      ...(request.purpose === undefined ? {} : { Purpose: request.purpose }),
      Period: {
        'common:StartDate': request.period.from,
        ...(request.period.to ? { 'common:EndDate': request.period.to } : {}),
      },
      Action: request.action,
      Sector: CPAS_SECTOR,
      ...(request.register ? { QueryRegister: request.register } : {}),
      // Mandatory in the schema even when empty: no proof is an empty element.
      ProofOfAuthentication: proof
        ? {
            PersonData: {
              LastName: proof.lastName,
              ...(proof.firstName ? { FirstName: proof.firstName } : {}),
              BirthDate: proof.birthDate,
            },
          }
        : { '#text': '' },
    },
  };
}

async function manageAccess(
  endpoint: SsdnEndpoint,
  call: SsdnCallBase & { ssin: string },
  request: AccessRequest,
): Promise<AccessResult> {
  const reply = await callSsdnService(endpoint, {
    ticket: call.ticket,
    sentAt: call.sentAt,
    ...(call.signal ? { signal: call.signal } : {}),
    service: MANAGE_ACCESS,
    payload: manageAccessPayload(call.ssin, request),
    replyElement: 'ManageAccessReply',
    replyNamespace: NAMESPACE,
    limits: 'ManageAccess',
    repeated: ['Registrations'],
  });
  if (!reply.payload) throw new MalformedXml('unexpected', 'no ManageAccessReply in the answer');
  const replacedBy = reply.codes.includes('MSG00006') ? (reply.information.newSSIN ?? null) : null;
  return {
    ticketCBSS: reply.ticketCBSS,
    ssin: replacedBy ?? call.ssin,
    replacedBy,
    lines: children(reply.payload, 'Registrations').map(readLine),
  };
}

function readLine(node: XmlNode): RegistrationLine {
  const purpose = Number(requiredText(node, 'Purpose'));
  const period = optionalChild(node, 'Period');
  const register = requiredText(node, 'Register');
  if (register !== 'PRIMARY' && register !== 'SECONDARY') {
    throw new MalformedXml('unexpected', `unknown register ${register}`);
  }
  const to = text(period, 'EndDate');
  return {
    purpose,
    purposeLabels: purposeLabels(purpose),
    // xs:date may carry a time zone: the day is what counts.
    from: requiredText(period, 'StartDate').slice(0, 10),
    to: to ? to.slice(0, 10) : null,
    register,
    orgUnit: requiredText(node, 'OrgUnit'),
  };
}
