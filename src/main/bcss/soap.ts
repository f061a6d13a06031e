// One SOAP 1.1 call: builds the envelope, posts it, and returns the answer element or throws the
// fault, the HTTP error or the malformed answer it met.
import { readEnvelopeOffThread } from './answer-pool';
import { SOAP11_NS, type ReaderLimits } from './answer-reader';
import { BcssFault, BcssHttpError } from './failures';
import type { BcssChannel } from './audited-call';
import { buildXml, MalformedXml, type XmlNode } from './xml';

export { SOAP11_NS } from './answer-reader';

export interface SoapCall {
  url: string;
  soapAction: string;
  /** The body's element, e.g. { 'si:socialInquiryRequest': { '@xmlns:si': ..., ... } }. */
  payload: XmlNode;
  /** The answer element expected in soap:Body: its namespace and local name. */
  answerNamespace: string;
  answerElement: string;
  /** Namespaces the answer's content may use besides its own and none (Tx25's xm25, say). */
  namespaces?: readonly string[];
  /** Local names of the answer's repeatable elements (so one occurrence still reads as a list). */
  repeated: ReadonlySet<string>;
  /** The service's limits (answer-limits.ts): the transport stops reading at maxBytes. */
  limits: ReaderLimits;
  /** The element whose text is a whole document (SSDN's `return`). */
  documentElement?: string;
  signal?: AbortSignal;
  headers?: Record<string, string>;
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
    maxResponseBytes: call.limits.maxBytes,
  });
  const isXml = /xml/i.test(answer.contentType) || answer.body.trimStart().startsWith('<');
  if (!isXml) {
    if (answer.status !== 200) throw new BcssHttpError(answer.status, answer.body.length);
    throw new MalformedXml('not-xml', `content type ${answer.contentType}`);
  }
  let content;
  try {
    // One pass in a worker (answer-pool.ts): envelope, namespaces, limits, and the tree the mapping reads.
    content = await readEnvelopeOffThread(answer.body, {
      element: { namespace: call.answerNamespace, name: call.answerElement },
      namespaces: call.namespaces ?? [],
      repeated: [...call.repeated],
      limits: call.limits,
      documentElement: call.documentElement,
    });
  } catch (error) {
    // An HTTP error page that is not a SOAP envelope says more by its status than by its body; a hostile one
    // (DTD, depth, size, names...) stays a refused answer.
    if (
      answer.status !== 200 &&
      error instanceof MalformedXml &&
      (error.reason === 'not-xml' || error.reason === 'unexpected')
    ) {
      throw new BcssHttpError(answer.status, answer.body.length);
    }
    throw error;
  }
  if (content.kind === 'fault') {
    const { fault } = content;
    throw new BcssFault(
      fault.faultCode,
      fault.faultString,
      fault.details,
      answer.status,
      fault.ticketCBSS,
      answer.body.length,
    );
  }
  if (answer.status !== 200) throw new BcssHttpError(answer.status, answer.body.length);
  if (content.kind === 'empty')
    throw new MalformedXml('unexpected', `no ${call.answerElement} in the answer`);
  return content.element;
}
