// Reads and writes SOAP XML with fast-xml-parser: DOCTYPE and entity declarations refused before
// parsing, namespace prefixes dropped on read (they vary between senders), values kept as text.
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { CONTROL_CHARACTERS } from './server-strings';

export type XmlNode = Record<string, unknown>;

export class MalformedXml extends Error {
  constructor(
    readonly reason: 'doctype' | 'not-xml' | 'unexpected' | 'control-character' | 'duplicate',
    detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'MalformedXml';
  }
}

/** Entity expansion ("billion laughs") and external entities both need a DTD: refuse any. */
const DTD = /<!DOCTYPE|<!ENTITY/i;

export function parseXml(text: string, repeated: ReadonlySet<string>): XmlNode {
  if (DTD.test(text)) throw new MalformedXml('doctype', 'the answer declares a DTD or entities');
  // XML 1.0 allows none of them; a text that carries one is refused, never passed on.
  if (new RegExp(CONTROL_CHARACTERS.source).test(text)) {
    throw new MalformedXml('control-character', 'the answer carries a control character');
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new MalformedXml('not-xml', `${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    // NISS, CBE and codes keep their leading zeros: no number conversion.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    isArray: (name) => repeated.has(name),
  });
  return parser.parse(text) as XmlNode;
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
