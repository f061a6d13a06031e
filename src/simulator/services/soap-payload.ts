// Finds the payload element of a received SOAP 1.1 envelope, and the MSG00004 fault for a message that breaks its structure.
import { cbssFault } from '../soap-envelope';
import type { SoapReply } from '../soap-service';
import { NS } from './schemas';
import { child, parseXml, type XmlElement } from './xml';

/** Thrown while reading a message that passed its schema but not the service's own structure rules. */
export class StructureError extends Error {
  override name = 'StructureError';
}

/** The single element in a SOAP 1.1 Body, which must be `{ns}local`. */
export function bodyPayload(envelope: string, ns: string, local: string): XmlElement {
  const root = parseXml(envelope);
  if (root.ns !== NS.soapEnvelope || root.local !== 'Envelope') {
    throw new StructureError('not a SOAP 1.1 envelope');
  }
  const body = child(root, 'Body', NS.soapEnvelope);
  const elements = body?.children ?? [];
  const payload = elements[0];
  if (elements.length !== 1 || !payload) {
    throw new StructureError('the SOAP Body must hold exactly one element');
  }
  if (payload.ns !== ns || payload.local !== local) {
    throw new StructureError(
      `expected {${ns}}${local} in the SOAP Body, got {${payload.ns}}${payload.local}`,
    );
  }
  return payload;
}

/** The MSG00004 fault: the message does not match its schema (a client error, not worth retrying). */
export function invalidStructure(diagnostic: string): SoapReply {
  return { kind: 'fault', fault: cbssFault('MSG00004', diagnostic.slice(0, 256)) };
}
