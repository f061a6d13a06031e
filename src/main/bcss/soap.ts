// One SOAP 1.1 call: builds the envelope, posts it, and returns the answer element or throws the
// fault, the HTTP error or the malformed answer it met.
import { BcssFault, BcssHttpError } from './failures';
import type { CbssFaultDetail } from './fault-types';
import type { BcssChannel } from './audited-call';
import {
  buildXml,
  children,
  MalformedXml,
  optionalChild,
  parseXml,
  text,
  type XmlNode,
} from './xml';

export const SOAP11_NS = 'http://schemas.xmlsoap.org/soap/envelope/';

export interface SoapCall {
  url: string;
  soapAction: string;
  /** The body's element, e.g. { 'si:socialInquiryRequest': { '@xmlns:si': ..., ... } }. */
  payload: XmlNode;
  /** Local name of the answer element expected in soap:Body. */
  answerElement: string;
  /** Local names of the answer's repeatable elements (so one occurrence still reads as a list). */
  repeated: ReadonlySet<string>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

const FAULT_LISTS = new Set(['detail']);

/** The root start tag, after an XML declaration and comments: its prefix and its attributes. */
const ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:([\w.-]+):)?([\w.-]+)([^>]*)>/;

/**
 * The answer must be a SOAP 1.1 envelope whose Body is the envelope's own: names are read without their
 * prefixes afterwards, so a SOAP 1.2 envelope, another root, or a Body of a foreign namespace is refused here.
 */
export function checkSoap11Envelope(xml: string): void {
  const root = ROOT.exec(xml);
  const [, prefix = '', name = '', attributes = ''] = root ?? [];
  const declared = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*(["'])(.*?)\\1`).exec(
    attributes,
  )?.[2];
  if (name !== 'Envelope' || declared !== SOAP11_NS) {
    throw new MalformedXml('unexpected', 'not a SOAP 1.1 envelope');
  }
  const qualified = prefix ? `${prefix}:` : '';
  const bodies = xml.match(/<(?:[\w.-]+:)?Body[\s>/]/g) ?? [];
  if (bodies.length !== 1 || !bodies[0]!.startsWith(`<${qualified}Body`)) {
    throw new MalformedXml('unexpected', 'the envelope has no Body of its own, or more than one');
  }
}

export function buildEnvelope(payload: XmlNode): string {
  return buildXml({ 'soapenv:Envelope': { '@xmlns:soapenv': SOAP11_NS, 'soapenv:Body': payload } });
}

/** Sends through an audited try's channel (see audited-call.ts): there is no other way to reach the BCSS. */
export async function callSoap(channel: BcssChannel, call: SoapCall): Promise<XmlNode> {
  const answer = await channel.post({
    url: call.url,
    soapAction: call.soapAction,
    body: buildEnvelope(call.payload),
    signal: call.signal,
    headers: call.headers,
  });
  const isXml = /xml/i.test(answer.contentType) || answer.body.trimStart().startsWith('<');
  if (!isXml) {
    if (answer.status !== 200) throw new BcssHttpError(answer.status);
    throw new MalformedXml('not-xml', `content type ${answer.contentType}`);
  }
  let document: XmlNode;
  try {
    if (answer.status === 200) checkSoap11Envelope(answer.body);
    document = parseXml(answer.body, new Set([...call.repeated, ...FAULT_LISTS]));
  } catch (error) {
    // An HTTP error page that is not even XML says more by its status than by its body.
    if (answer.status !== 200 && error instanceof MalformedXml && error.reason === 'not-xml') {
      throw new BcssHttpError(answer.status);
    }
    throw error;
  }
  const body = optionalChild(optionalChild(document, 'Envelope'), 'Body');
  if (!body) {
    if (answer.status !== 200) throw new BcssHttpError(answer.status);
    throw new MalformedXml('unexpected', 'no SOAP 1.1 envelope');
  }
  const fault = optionalChild(body, 'Fault');
  if (fault) throw readFault(fault, answer.status);
  if (answer.status !== 200) throw new BcssHttpError(answer.status);
  const element = optionalChild(body, call.answerElement);
  if (!element) throw new MalformedXml('unexpected', `no ${call.answerElement} in the answer`);
  return element;
}

function readFault(fault: XmlNode, httpStatus: number): BcssFault {
  const detailHolder = optionalChild(fault, 'detail');
  // The CBSSFaultType element's name varies by service (socialInquiryFault, CBSSFault, ...): take the first.
  const faultElement = detailHolder
    ? Object.entries(detailHolder).find(
        ([key, value]) => !key.startsWith('@') && typeof value === 'object',
      )?.[1]
    : undefined;
  const holder = Array.isArray(faultElement) ? faultElement[0] : faultElement;
  const details: CbssFaultDetail[] = children(holder, 'detail').map((d) => ({
    severity: text(d, 'severity') ?? '',
    reasonCode: text(d, 'reasonCode') ?? '',
    diagnostic: text(d, 'diagnostic') ?? '',
    authorCode: text(d, 'authorCode') ?? '',
  }));
  const ticketCBSS = text(optionalChild(holder, 'informationCBSS'), 'ticketCBSS');
  return new BcssFault(
    text(fault, 'faultcode') ?? '',
    text(fault, 'faultstring') ?? '',
    details,
    httpStatus,
    ticketCBSS,
  );
}
