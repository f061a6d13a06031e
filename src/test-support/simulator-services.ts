// Test helpers: builds Social Inquiry and SSDN requests as a client would send them, and calls the services directly.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { DEMO_CPAS_CBE } from '../simulator/personas';
import type {
  SimulatorSettings,
  SoapReply,
  SoapRequest,
  SoapService,
} from '../simulator/soap-service';
import { NS } from '../simulator/services/schemas';
import {
  SOCIAL_INQUIRY_ACTION,
  SOCIAL_INQUIRY_LEGAL_CONTEXT,
} from '../simulator/services/social-inquiry';
import { SSDN_SEND_XML_ACTION } from '../simulator/services/ssdn';
import {
  buildXml,
  child,
  parseXml,
  type XmlElement,
  type XmlTree,
} from '../simulator/services/xml';

export const CLIENT_CBE = DEMO_CPAS_CBE;
/** A period wide enough for every demo persona's history. */
export const WHOLE_HISTORY = { begin: '1990-01-01', end: '2026-12-31' } as const;

export interface EnvelopeOptions {
  /** The SOAP envelope prefix (clients differ: soapenv, soap, S, SOAP-ENV...). */
  prefix?: string;
  header?: boolean;
}

/** Wraps a payload tree in a SOAP 1.1 envelope. */
export function envelope(payload: XmlTree, options: EnvelopeOptions = {}): string {
  const p = options.prefix ?? 'soapenv';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    buildXml({
      [`${p}:Envelope`]: {
        [`@_xmlns:${p}`]: NS.soapEnvelope,
        ...(options.header ? { [`${p}:Header`]: '' } : {}),
        [`${p}:Body`]: payload,
      },
    })
  );
}

export interface InquiryOptions extends EnvelopeOptions {
  ssin: string;
  begin?: string;
  end?: string;
  cbe?: string;
  legalContext?: string;
  ticket?: string;
  /** The prefix of the interface namespace (or '' for a default namespace declaration). */
  payloadPrefix?: string;
}

export function socialInquiryPayload(options: InquiryOptions): XmlTree {
  const p = options.payloadPrefix ?? 'si';
  const body = {
    informationCustomer: {
      ticket: options.ticket ?? randomUUID(),
      timestampSent: '2026-11-23T10:00:00.000+01:00',
      customerIdentification: { cbeNumber: options.cbe ?? CLIENT_CBE },
    },
    legalContext: options.legalContext ?? SOCIAL_INQUIRY_LEGAL_CONTEXT,
    criteria: {
      ssin: options.ssin,
      period: {
        beginDate: options.begin ?? WHOLE_HISTORY.begin,
        endDate: options.end ?? WHOLE_HISTORY.end,
      },
    },
  };
  if (p === '') {
    // A default namespace would capture the unqualified children: they must undeclare it.
    return { socialInquiryRequest: { '@_xmlns': NS.socialInquiryIntf, ...undeclare(body) } };
  }
  return { [`${p}:socialInquiryRequest`]: { [`@_xmlns:${p}`]: NS.socialInquiryIntf, ...body } };
}

function undeclare(tree: Record<string, unknown>): XmlTree {
  const out: XmlTree = {};
  for (const [key, value] of Object.entries(tree)) {
    out[key] =
      typeof value === 'object' && value !== null
        ? { '@_xmlns': '', ...(value as XmlTree) }
        : { '@_xmlns': '', '#text': String(value) };
  }
  return out;
}

export function soapRequest(
  body: string,
  soapAction: string,
  overrides: Partial<Omit<SoapRequest, 'envelope' | 'soapAction'>> = {},
): SoapRequest {
  return {
    envelope: body,
    soapAction,
    clientCbe: CLIENT_CBE,
    ticketCBSS: randomUUID(),
    receivedAt: new Date(),
    settings: { socialInquiryVersion: 2 },
    ...overrides,
  };
}

export async function askSocialInquiry(
  service: SoapService,
  options: InquiryOptions & {
    version?: SimulatorSettings['socialInquiryVersion'];
    clientCbe?: string | null;
  },
): Promise<SoapReply> {
  return service.handle(
    soapRequest(envelope(socialInquiryPayload(options), options), SOCIAL_INQUIRY_ACTION, {
      settings: { socialInquiryVersion: options.version ?? 2 },
      ...(options.clientCbe === undefined ? {} : { clientCbe: options.clientCbe }),
    }),
  );
}

/** The payload of a response (failing the test on a fault). */
export function responseXml(reply: SoapReply): string {
  if (reply.kind !== 'response') {
    throw new Error(`expected a response, got fault ${JSON.stringify(reply.fault)}`);
  }
  return reply.payloadXml;
}

export interface InquiryStatus {
  value: string;
  code: string;
  information: Record<string, string>;
  ssin: string | undefined;
  root: XmlElement;
}

export function inquiryStatus(reply: SoapReply): InquiryStatus {
  const root = parseXml(responseXml(reply));
  const status = child(root, 'status');
  if (!status) throw new Error('no status');
  const information: Record<string, string> = {};
  for (const info of status.children.filter((c) => c.local === 'information')) {
    information[child(info, 'fieldName')?.text ?? ''] = child(info, 'fieldValue')?.text ?? '';
  }
  return {
    value: child(status, 'value')?.text ?? '',
    code: child(status, 'code')?.text ?? '',
    information,
    ssin: child(root, 'ssin')?.text,
    root,
  };
}

export function expectFault(
  reply: SoapReply,
  reasonCode: string,
  faultCode = 'soapenv:Client',
): void {
  expect(reply.kind).toBe('fault');
  if (reply.kind !== 'fault') return;
  expect(reply.fault.faultCode).toBe(faultCode);
  expect(reply.fault.details[0]?.reasonCode).toBe(reasonCode);
}

export interface SsdnOptions extends EnvelopeOptions {
  ssin: string;
  requestType: string;
  period?: { start?: string; end?: string };
  orgUnit?: string | null;
  matrixId?: number;
  serviceId?: string;
  version?: string;
  /** Send the SSDN request in a CDATA section rather than as escaped text. */
  cdata?: boolean;
}

/** The SSDNRequest document a CPAS sends for one ListOfAttestation request. */
export function ssdnRequestXml(options: SsdnOptions): string {
  const period = options.period;
  return buildXml({
    SSDNRequest: {
      '@_xmlns': NS.ssdnService,
      '@_xmlns:common': NS.ssdnCommon,
      RequestContext: {
        AuthorizedUser: {
          UserID: '00901732883',
          Email: 'enquetes@cpas-liege.example',
          ...(options.orgUnit === null ? {} : { OrgUnit: options.orgUnit ?? CLIENT_CBE }),
          MatrixID: options.matrixId ?? 17,
          MatrixSubID: 1,
        },
        Message: { Reference: 'inquiry-desk-test', TimeRequest: '20261123T100000' },
      },
      ServiceRequest: {
        ServiceId: options.serviceId ?? 'OCMWCPASListOfAttestations',
        Version: options.version ?? '20080317',
        ListOfAttestationsRequest: {
          '@_xmlns': NS.manageAttests,
          SocialSecurityUser: options.ssin,
          RequestType: options.requestType,
          ...(period
            ? {
                SearchPeriod: {
                  ...(period.start ? { 'common:StartDate': period.start } : {}),
                  ...(period.end ? { 'common:EndDate': period.end } : {}),
                },
              }
            : {}),
        },
      },
    },
  });
}

/** The sendXML envelope carrying an SSDN request (escaped text, or CDATA). */
export function sendXmlEnvelope(
  ssdnXml: string,
  options: EnvelopeOptions & { cdata?: boolean } = {},
): string {
  const payload: XmlTree = {
    'wsc:sendXML': {
      '@_xmlns:wsc': NS.webServiceConnector,
      'wsc:xmlString': options.cdata ? { '#cdata': ssdnXml } : ssdnXml,
    },
  };
  return envelope(payload, options);
}

export async function askListOfAttestation(
  service: SoapService,
  options: SsdnOptions & { clientCbe?: string | null },
): Promise<SoapReply> {
  const body = sendXmlEnvelope(ssdnRequestXml(options), options);
  return service.handle(
    soapRequest(body, SSDN_SEND_XML_ACTION, {
      ...(options.clientCbe === undefined ? {} : { clientCbe: options.clientCbe }),
    }),
  );
}

/** The SSDN reply document inside a sendXMLResponse. */
export function ssdnReplyXml(reply: SoapReply): string {
  const root = parseXml(responseXml(reply));
  const value = child(root, 'return', NS.webServiceConnector);
  if (!value) throw new Error('no return element');
  return value.text;
}

/** The SSDNRequest document carrying any service payload (ManageAccess, IdentifyPerson...). */
export function ssdnServiceRequestXml(
  service: { serviceId: string; version: string },
  payload: XmlTree,
  options: { orgUnit?: string; matrixId?: number } = {},
): string {
  return buildXml({
    SSDNRequest: {
      '@_xmlns': NS.ssdnService,
      '@_xmlns:common': NS.ssdnCommon,
      RequestContext: {
        AuthorizedUser: {
          UserID: '00901732883',
          Email: 'enquetes@cpas-liege.example',
          OrgUnit: options.orgUnit ?? CLIENT_CBE,
          MatrixID: options.matrixId ?? 17,
          MatrixSubID: 1,
        },
        Message: { Reference: 'inquiry-desk-test', TimeRequest: '20261123T100000' },
      },
      ServiceRequest: { ServiceId: service.serviceId, Version: service.version, ...payload },
    },
  });
}

/** Sends an SSDN document through the connector as the given client. */
export async function askSsdn(
  service: SoapService,
  ssdnXml: string,
  clientCbe: string | null = CLIENT_CBE,
): Promise<SoapReply> {
  return service.handle(soapRequest(sendXmlEnvelope(ssdnXml), SSDN_SEND_XML_ACTION, { clientCbe }));
}
