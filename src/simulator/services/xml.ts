// Reads XML the services already validated into a namespace-resolved element tree, and builds their answers.
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/** An element with its namespace resolved: prefixes are the sender's choice, so nothing keys on them. */
export interface XmlElement {
  /** Namespace URI ('' for none: the unqualified children of BCSS new-style messages). */
  ns: string;
  local: string;
  /** Attributes other than namespace declarations, by their name as written. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The concatenated character data directly inside the element (CDATA included), untrimmed. */
  text: string;
}

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const ATTR_PREFIX = '@_';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR_PREFIX,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // Decodes character references (&#233;); the document was already checked by a real XML parser
  // (xmllint), so no HTML-only entity reaches this point.
  htmlEntities: true,
});

/** Parses a well-formed document (validate it first) into its namespace-resolved root element. */
export function parseXml(xml: string): XmlElement {
  if (/<!DOCTYPE/i.test(xml)) throw new Error('refusing a document with a DTD');
  const nodes = parser.parse(xml) as OrderedNode[];
  const roots = nodes.filter((n) => elementName(n) !== null);
  const root = roots[0];
  if (roots.length !== 1 || !root) throw new Error('a document has exactly one root element');
  return resolveElement(root, new Map([['xml', XML_NS]]));
}

function elementName(node: OrderedNode): string | null {
  for (const key of Object.keys(node)) {
    if (key === ':@' || key === '#text' || key.startsWith('?') || key.startsWith('!')) continue;
    return key;
  }
  return null;
}

function resolveElement(node: OrderedNode, inherited: Map<string, string>): XmlElement {
  const name = elementName(node);
  if (name === null) throw new Error('not an element');
  const rawAttributes = node[':@'] ?? {};
  const scope = new Map(inherited);
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttributes)) {
    const attr = key.slice(ATTR_PREFIX.length);
    if (attr === 'xmlns') scope.set('', value);
    else if (attr.startsWith('xmlns:')) scope.set(attr.slice('xmlns:'.length), value);
    else attributes[attr] = value;
  }
  const colon = name.indexOf(':');
  const prefix = colon >= 0 ? name.slice(0, colon) : '';
  const ns = scope.get(prefix);
  if (ns === undefined && prefix !== '') throw new Error(`undeclared namespace prefix "${prefix}"`);
  const children: XmlElement[] = [];
  let text = '';
  for (const child of (node[name] as OrderedNode[] | undefined) ?? []) {
    if ('#text' in child) text += String(child['#text']);
    else if (elementName(child) !== null) children.push(resolveElement(child, scope));
  }
  return {
    ns: ns ?? '',
    local: colon >= 0 ? name.slice(colon + 1) : name,
    attributes,
    children,
    text,
  };
}

/** The first child element with this local name and namespace ('' = unqualified), or undefined. */
export function child(element: XmlElement, local: string, ns = ''): XmlElement | undefined {
  return element.children.find((c) => c.local === local && c.ns === ns);
}

export function childrenNamed(element: XmlElement, local: string, ns = ''): XmlElement[] {
  return element.children.filter((c) => c.local === local && c.ns === ns);
}

/** The text of a child element, trimmed (every value read this way has a whitespace-collapsing type). */
export function childText(element: XmlElement, local: string, ns = ''): string | undefined {
  const found = child(element, local, ns);
  return found === undefined ? undefined : found.text.trim();
}

/** The text of a child element exactly as sent (for echoing strings such as a ticket). */
/** An xsd:boolean child ('true' or '1'); `fallback` when the element is absent (the schema's default). */
export function childBoolean(
  element: XmlElement,
  local: string,
  fallback: boolean,
  ns = '',
): boolean {
  const text = childText(element, local, ns);
  return text === undefined ? fallback : text === 'true' || text === '1';
}

export function childRawText(element: XmlElement, local: string, ns = ''): string | undefined {
  return child(element, local, ns)?.text;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR_PREFIX,
  // Only test helpers use it (a client may send the SSDN request as a CDATA section).
  cdataPropName: '#cdata',
  suppressEmptyNode: false,
  // An attribute whose value is "true" keeps it (hasExoneration="true"): XML has no valueless attributes.
  suppressBooleanAttributes: false,
  format: false,
});

/**
 * A JSON shape XMLBuilder turns into markup: keys are element names (insertion order is document order),
 * `@_name` keys are attributes, `#text` is character data, `#cdata` a CDATA section, arrays repeat an element.
 */
export type XmlTree = { [name: string]: XmlValue };
export type XmlValue = string | number | boolean | XmlTree | XmlTree[] | string[];

/** Serializes a tree: every value is escaped by the library, never spliced into markup by hand. */
export function buildXml(tree: XmlTree): string {
  return builder.build(tree) as string;
}

/** An element whose children are all optional: drops the keys whose value is undefined. */
export function compact(tree: Record<string, XmlValue | undefined>): XmlTree {
  const out: XmlTree = {};
  for (const [key, value] of Object.entries(tree)) if (value !== undefined) out[key] = value;
  return out;
}
