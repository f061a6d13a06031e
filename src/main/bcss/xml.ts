// Writes SOAP XML with fast-xml-parser, and reads the trees the answer reader builds (answer-reader.ts):
// names without their prefixes (the reader has checked each namespace), values kept as text.
import { XMLBuilder } from 'fast-xml-parser';
import { CONTROL_CHARACTERS } from './server-strings';

export type XmlNode = Record<string, unknown>;

/** Why an answer was refused (README, security section). */
export type MalformedReason =
  | 'doctype'
  | 'not-xml'
  | 'unexpected'
  | 'control-character'
  | 'duplicate'
  /** Bigger than any real answer of the service. */
  | 'size'
  | 'depth'
  /** More elements than any real answer of the service. */
  | 'count'
  /** A text or an attribute value over its limit. */
  | 'text-length'
  /** An element or attribute named __proto__, constructor or prototype. */
  | 'name'
  /** An element of a namespace the answer has no business using. */
  | 'namespace';

export class MalformedXml extends Error {
  constructor(
    readonly reason: MalformedReason,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'MalformedXml';
  }
}

/** A request's text (a name typed with a stray NUL, say) loses its control characters before it is built. */
const withoutControls = (_name: string, value: unknown) =>
  typeof value === 'string' ? value.replace(CONTROL_CHARACTERS, '') : value;

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  suppressEmptyNode: true,
  format: false,
  tagValueProcessor: withoutControls,
  attributeValueProcessor: withoutControls,
});

export function buildXml(document: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${builder.build(document) as string}`;
}

/** Child element by local name; throws when a mandatory one is missing. */
export function child(node: unknown, name: string): XmlNode {
  const value = optionalChild(node, name);
  if (!value) throw new MalformedXml('unexpected', `missing element ${name}`);
  return value;
}

/**
 * A single-valued element given twice is refused, never read as "the first": with namespace prefixes dropped,
 * a forged `evil:ssin` before the real one would otherwise become the answer's NISS.
 */
function single(value: unknown[], name: string): unknown {
  if (value.length > 1)
    throw new MalformedXml('duplicate', `element ${name} given ${value.length} times`);
  return value[0];
}

export function optionalChild(node: unknown, name: string): XmlNode | null {
  if (!node || typeof node !== 'object') return null;
  const value = (node as XmlNode)[name];
  if (Array.isArray(value)) return (single(value, name) as XmlNode | undefined) ?? null;
  if (value === undefined || value === null) return null;
  // An element with text only parses to a string; an empty one to ''.
  return typeof value === 'object' ? (value as XmlNode) : { '#text': value };
}

export function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => (typeof item === 'object' ? (item as XmlNode) : { '#text': item }));
}

export function text(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object') return null;
  const value = (node as XmlNode)[name];
  const first = Array.isArray(value) ? single(value, name) : value;
  if (first === undefined || first === null) return null;
  if (typeof first === 'object') {
    const inner = (first as XmlNode)['#text'];
    return inner === undefined ? '' : String(inner);
  }
  return String(first);
}

export function requiredText(node: unknown, name: string): string {
  const value = text(node, name);
  if (value === null) throw new MalformedXml('unexpected', `missing element ${name}`);
  return value;
}
