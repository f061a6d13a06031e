// SOAP 1.1 envelopes of the simulator: wraps a service payload, renders and reads back BCSS faults (CommonV3 CBSSFaultType).
import { randomUUID } from 'node:crypto';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CbssFault, CbssFaultDetail } from './soap-service';

export const SOAP11_ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP12_ENVELOPE_NS = 'http://www.w3.org/2003/05/soap-envelope';
export const COMMON_V3_NS = 'http://kszbcss.fgov.be/types/common/v3';
export const SOAP_RESPONSE_CONTENT_TYPE = 'text/xml; charset=utf-8';
/** `authorCode` of the faults the BCSS itself raises (as opposed to a supplier behind it). */
export const BCSS_AUTHOR_CODE = 'CBSS';

/** The fault strings of the BCSS fault codes (DOMAIN.md §4), used when a fault is raised without one. */
export const FAULT_STRINGS: Readonly<Record<string, string>> = {
  MSG00001: 'The CBSS is unavailable',
  MSG00002: 'The supplier could not be reached',
  MSG00003: 'Internal error',
  MSG00004: 'Invalid message structure',
  MSG00015: 'Refused by the AAA policy',
  MSG00016: 'Operation refused for this user',
  MSG00020: 'The supplier is unavailable',
  MSG00023: 'Invalid answer from the supplier',
  MSG00051: 'Invalid SOAP action',
  MSG00052: 'Invalid URL',
  MSG00053: 'Invalid SOAP version',
};

const SERVER_FAULT_CODES = new Set(['MSG00001', 'MSG00002', 'MSG00003', 'MSG00020', 'MSG00023']);

/**
 * A fault with one FATAL detail authored by the BCSS: what the transport (and fault injection) raises.
 * `faultCode` defaults to soapenv:Server for the server-side codes of DOMAIN.md, soapenv:Client otherwise.
 */
export function cbssFault(
  reasonCode: string,
  diagnostic: string,
  options: { faultCode?: CbssFault['faultCode']; faultString?: string; httpStatus?: number } = {},
): CbssFault {
  return {
    faultCode:
      options.faultCode ??
      (SERVER_FAULT_CODES.has(reasonCode) ? 'soapenv:Server' : 'soapenv:Client'),
    faultString: options.faultString ?? FAULT_STRINGS[reasonCode] ?? 'Error',
    details: [{ severity: 'FATAL', reasonCode, diagnostic, authorCode: BCSS_AUTHOR_CODE }],
    ...(options.httpStatus === undefined ? {} : { httpStatus: options.httpStatus }),
  };
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: false,
  format: false,
});

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Wraps one payload element (with its own namespace declarations) into a SOAP 1.1 envelope.
 * Throws when the payload is not a single well-formed element, so a service bug surfaces as MSG00003
 * rather than as a body the client would blame on the network.
 */
export function renderEnvelope(payloadXml: string): string {
  const payload = payloadXml
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^<\?xml[^?]*\?>\s*/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(payload)) throw new Error('payload carries a DTD');
  if (!payload.startsWith('<')) throw new Error('payload is not an element');
  const checked = XMLValidator.validate(payload);
  if (checked !== true) throw new Error(`payload is not well-formed: ${checked.err.msg}`);
  // The payload is the service's own markup, already XML: it is inserted as is, never re-escaped.
  return (
    `${XML_DECLARATION}<soapenv:Envelope xmlns:soapenv="${SOAP11_ENVELOPE_NS}">` +
    `<soapenv:Body>${payload}</soapenv:Body></soapenv:Envelope>`
  );
}

export interface FaultContext {
  /** Goes into the fault's mandatory `informationCBSS`; a fresh UUID when absent. */
  ticketCBSS?: string;
  receivedAt?: Date;
  repliedAt?: Date;
}

/**
 * Renders a SOAP 1.1 fault whose `detail` holds a `CBSSFault` element of CommonV3's `CBSSFaultType`
 * (children unqualified, as the schema's elementFormDefault says). Lengths are clamped to the schema's.
 */
export function renderFault(fault: CbssFault, context: FaultContext = {}): string {
  const receivedAt = context.receivedAt ?? new Date();
  const repliedAt = context.repliedAt ?? new Date();
  const details = fault.details.slice(0, 30).map((d) => ({
    severity: d.severity,
    reasonCode: clean(d.reasonCode, 16),
    diagnostic: clean(d.diagnostic, 256),
    authorCode: clean(d.authorCode, 64),
  }));
  const body = builder.build({
    'soapenv:Envelope': {
      '@_xmlns:soapenv': SOAP11_ENVELOPE_NS,
      'soapenv:Body': {
        'soapenv:Fault': {
          faultcode: fault.faultCode,
          faultstring: clean(fault.faultString, 1024),
          detail: {
            'common:CBSSFault': {
              '@_xmlns:common': COMMON_V3_NS,
              informationCBSS: {
                ticketCBSS: context.ticketCBSS ?? randomUUID(),
                timestampReceive: receivedAt.toISOString(),
                timestampReply: repliedAt.toISOString(),
              },
              detail: details,
            },
          },
        },
      },
    },
  }) as string;
  return XML_DECLARATION + body;
}

/** Drops characters XML 1.0 cannot carry at all (control characters), then clamps to `max` characters. */
function clean(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const printable = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  return [...printable].slice(0, max).join('');
}

export interface ParsedSoapFault {
  faultCode: string;
  faultString: string;
  details: CbssFaultDetail[];
  ticketCBSS: string | null;
}

const faultParser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (_name, jpath) => String(jpath).endsWith('CBSSFault.detail'),
});

/** Reads a SOAP 1.1 fault back (for tests and tools). Null when the body holds no fault; throws on a DTD. */
export function parseSoapFault(xml: string): ParsedSoapFault | null {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new Error('refusing a document with a DTD');
  const doc = faultParser.parse(xml) as {
    Envelope?: { Body?: { Fault?: Record<string, unknown> } };
  };
  const fault = doc.Envelope?.Body?.Fault;
  if (!fault) return null;
  const cbss = (fault['detail'] as { CBSSFault?: Record<string, unknown> } | undefined)?.CBSSFault;
  const rawDetails = (cbss?.['detail'] as Record<string, unknown>[] | undefined) ?? [];
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  return {
    faultCode: text(fault['faultcode']),
    faultString: text(fault['faultstring']),
    details: rawDetails.map((d) => ({
      severity: text(d['severity']) as CbssFaultDetail['severity'],
      reasonCode: text(d['reasonCode']),
      diagnostic: text(d['diagnostic']),
      authorCode: text(d['authorCode']),
    })),
    ticketCBSS:
      text((cbss?.['informationCBSS'] as Record<string, unknown> | undefined)?.['ticketCBSS']) ||
      null,
  };
}
