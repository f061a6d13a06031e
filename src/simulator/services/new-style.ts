// The parts every BCSS new-style (CommonV3) answer of the simulator shares: reading the request's blocks, echoing them, informationCBSS and the status.
import type { SoapReply, SoapRequest } from '../soap-service';
import { STATUS_DESCRIPTIONS, type Information } from './checks';
import { invalidStructure, StructureError } from './soap-payload';
import { validateXml, type SchemaName, type ValidateOptions } from './schemas';
import { child, childText, compact, type XmlElement, type XmlTree, type XmlValue } from './xml';

/** The blocks of a CommonV3 BaseRequestType the checks need. */
export interface CommonRequest {
  informationCustomer: XmlElement;
  legalContext: string;
  /** Null when the customer is identified by sector and institution rather than by CBE number. */
  customerCbe: string | null;
}

export function readCommonRequest(payload: XmlElement): CommonRequest {
  const informationCustomer = requiredChild(payload, 'informationCustomer');
  return {
    informationCustomer,
    legalContext: childText(payload, 'legalContext') ?? '',
    customerCbe:
      childText(requiredChild(informationCustomer, 'customerIdentification'), 'cbeNumber') ?? null,
  };
}

/** The schema already guaranteed the element, so a gap is a structure error (MSG00004), not a crash. */
export function requiredChild(element: XmlElement, local: string): XmlElement {
  const found = child(element, local);
  if (!found) throw new StructureError(`missing ${local}`);
  return found;
}

export function informationCbss(request: SoapRequest): XmlTree {
  const repliedAt = new Date(Math.max(Date.now(), request.receivedAt.getTime()));
  return {
    ticketCBSS: request.ticketCBSS,
    timestampReceive: request.receivedAt.toISOString(),
    timestampReply: repliedAt.toISOString(),
  };
}

export function statusTree(value: string, code: string, information: Information[]): XmlTree {
  return compact({
    value,
    code,
    description: STATUS_DESCRIPTIONS[code],
    information: information.length > 0 ? information.map((i) => ({ ...i })) : undefined,
  });
}

/**
 * Copies an unqualified element tree as received: BCSS echoes the request blocks unchanged, and the
 * schema already vouched for them, so their text is reproduced exactly (whitespace included).
 */
export function echo(element: XmlElement): XmlValue {
  if (element.children.length === 0) return element.text;
  const tree: XmlTree = {};
  for (const c of element.children) {
    const value = echo(c);
    const existing = tree[c.local];
    if (existing === undefined) tree[c.local] = value;
    else if (Array.isArray(existing)) (existing as XmlValue[]).push(value);
    else tree[c.local] = [existing, value] as XmlTree[];
  }
  return tree;
}

/**
 * The first checks of every new-style request: no DTD handed to a parser (the transport refuses them too),
 * then the envelope against the service's schemas. A refusal is the MSG00004 fault to send; null: go on.
 */
export async function refusedEnvelope(
  request: SoapRequest,
  schemas: readonly SchemaName[],
  options: ValidateOptions,
): Promise<SoapReply | null> {
  if (/<!DOCTYPE|<!ENTITY/i.test(request.envelope)) return invalidStructure('a DTD is not allowed');
  const validation = await validateXml(request.envelope, ['soapEnvelope', ...schemas], options);
  return validation.valid ? null : invalidStructure(validation.errors[0] ?? 'invalid message');
}
