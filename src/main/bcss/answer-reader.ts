// Reads an answer in one streaming pass (saxes): elements by (namespace, local name), limits enforced as the
// text goes by, and only the part a mapping reads (the answer element, or the fault) built into a tree of the
// shape the services' mappings read (xml.ts helpers). Runs in the reader pool's workers (answer-pool.ts).
import { SaxesParser } from 'saxes';
import { MalformedXml, type MalformedReason, type XmlNode } from './xml';

export const SOAP11_NS = 'http://schemas.xmlsoap.org/soap/envelope/';

/** What one service's answers may be (README, security section: the table of limits). */
export interface ReaderLimits {
  /** The whole answer, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest element, the root being 1. */
  maxDepth: number;
  /** Elements in the whole document. */
  maxElements: number;
  /** One text node (or CDATA), except the one element that carries a document (documentElement). */
  maxTextLength: number;
  /** One attribute value. */
  maxAttributeLength: number;
}

/** Where a document's reading starts and what it may hold; plain data, so that it crosses to a worker. */
export interface DocumentSpec {
  /** The element to build: the SOAP answer element, or the root of a plain document. */
  element: { namespace: string; name: string };
  /** Namespaces the element's descendants may use besides none (unqualified); others are refused. */
  namespaces: readonly string[];
  /** Local names that read as lists even when they occur once. */
  repeated: readonly string[];
  limits: ReaderLimits;
  /** The local name of an element whose text is a whole document (SSDN's `return`): its text may reach maxBytes. */
  documentElement?: string;
}

export interface SoapFaultFields {
  faultCode: string;
  faultString: string;
  details: { severity: string; reasonCode: string; diagnostic: string; authorCode: string }[];
  ticketCBSS: string | null;
}

export type EnvelopeContent =
  | { kind: 'answer'; element: XmlNode }
  | { kind: 'fault'; fault: SoapFaultFields }
  /** A SOAP 1.1 envelope whose Body holds neither (an HTTP error's page may be one). */
  | { kind: 'empty' };

/** A reading asked of the pool's workers (answer-pool.ts), and what comes back. */
export type ReadJob =
  | { kind: 'envelope'; xml: string; spec: DocumentSpec }
  | { kind: 'document'; xml: string; spec: DocumentSpec };

export type ReadOutcome =
  { ok: true; value: EnvelopeContent } | { ok: false; reason: MalformedReason; detail: string };

/** Names that would reach an object's prototype chain if a reader ever used them as keys. */
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/** An element's name, resolved: its namespace ('' for none) and its local name. */
export interface ElementName {
  uri: string;
  local: string;
}

/** The prefixes bound before any declaration (Namespaces in XML 1.0, §3). */
const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['', ''],
  ['xml', 'http://www.w3.org/XML/1998/namespace'],
  ['xmlns', 'http://www.w3.org/2000/xmlns/'],
]);

/**
 * A qualified name resolved in the scope of its element. saxes can do this itself (`xmlns: true`), but then it
 * resolves every element and attribute through its own structures: a quarter of the heavy answer's walk. Answers
 * declare their namespaces on a handful of elements, so here a scope is copied only where one is declared.
 */
function resolve(name: string, scope: ReadonlyMap<string, string>): ElementName {
  const colon = name.indexOf(':');
  if (colon < 0) return { uri: scope.get('') ?? '', local: name };
  const prefix = name.slice(0, colon);
  const uri = scope.get(prefix);
  if (uri === undefined) throw new MalformedXml('not-xml', `unbound namespace prefix: "${prefix}"`);
  return { uri, local: name.slice(colon + 1) };
}

/** A namespace declaration (`xmlns` or `xmlns:prefix`), which is no attribute of the element. */
function isDeclaration(attribute: string): boolean {
  return attribute === 'xmlns' || attribute.startsWith('xmlns:');
}

/** Text is given to saxes in slices, so that a runaway text node is refused when it passes its limit. */
const SLICE = 64 * 1024;

interface Frame {
  /** The node being built, or null outside the part that is built. */
  node: XmlNode | null;
  name: string;
  text: string;
  hasChildren: boolean;
  hasAttributes: boolean;
}

/**
 * One pass over `xml`: checks the envelope (SOAP 1.1, its own Body), then builds the answer element named by
 * `spec` or reads the fault. Throws MalformedXml on any refusal.
 */
export function readEnvelope(xml: string, spec: DocumentSpec): EnvelopeContent {
  let content: EnvelopeContent = { kind: 'empty' };
  let bodies = 0;
  read(xml, spec, {
    enter(tag, depth, parent) {
      if (depth === 1) {
        if (tag.local !== 'Envelope' || tag.uri !== SOAP11_NS)
          throw new MalformedXml('unexpected', 'not a SOAP 1.1 envelope');
        return 'walk';
      }
      if (depth === 2) {
        if (tag.uri === SOAP11_NS && tag.local === 'Body') {
          if (++bodies > 1) throw new MalformedXml('duplicate', 'element Body given 2 times');
          return 'walk';
        }
        if (tag.uri === SOAP11_NS && tag.local === 'Header') return 'skip';
        throw new MalformedXml('namespace', `element {${tag.uri}}${tag.local} in the envelope`);
      }
      if (depth === 3 && parent === 'Body') {
        if (content.kind !== 'empty')
          throw new MalformedXml('unexpected', 'more than one element in the Body');
        if (tag.uri === SOAP11_NS && tag.local === 'Fault') return 'build-fault';
        if (tag.uri === spec.element.namespace && tag.local === spec.element.name) return 'build';
        throw new MalformedXml(
          'unexpected',
          `{${tag.uri}}${tag.local} in the Body instead of ${spec.element.name}`,
        );
      }
      return 'skip';
    },
    built(node, kind) {
      if (kind === 'build') content = { kind: 'answer', element: node };
      else content = { kind: 'fault', fault: readFault(node) };
    },
  });
  if (bodies === 0) throw new MalformedXml('unexpected', 'the envelope has no Body');
  return content;
}

/** One pass over a plain document (SSDN's reply inside `return`): its root, built. */
export function readDocument(xml: string, spec: DocumentSpec): XmlNode {
  let root: XmlNode | null = null;
  read(xml, spec, {
    enter(tag, depth) {
      if (depth === 1 && tag.uri === spec.element.namespace && tag.local === spec.element.name)
        return 'build';
      throw new MalformedXml(
        'unexpected',
        `{${tag.uri}}${tag.local} instead of ${spec.element.name}`,
      );
    },
    built(node) {
      root = node;
    },
  });
  if (!root) throw new MalformedXml('unexpected', `no ${spec.element.name}`);
  return root;
}

type Decision = 'walk' | 'skip' | 'build' | 'build-fault';

interface Visitor {
  /** Called for each element outside a built part: whether to walk into it, skip it, or build it. */
  enter(tag: ElementName, depth: number, parentName: string): Decision;
  built(node: XmlNode, kind: 'build' | 'build-fault'): void;
}

function read(xml: string, spec: DocumentSpec, visitor: Visitor): void {
  const { limits } = spec;
  // The transport stops reading at the service's cap; a text handed over otherwise is checked here too.
  if (xml.length > limits.maxBytes || Buffer.byteLength(xml, 'utf8') > limits.maxBytes)
    throw new MalformedXml('size', `over ${limits.maxBytes} bytes`);
  const repeated = new Set(spec.repeated);
  const allowed = new Set(['', ...spec.namespaces, spec.element.namespace]);
  const parser = new SaxesParser({ xmlns: false, position: false });
  const stack: Frame[] = [];
  /** The namespace bindings in force, one per open element (shared until an element declares one). */
  const scopes: ReadonlyMap<string, string>[] = [PREDEFINED];
  let elements = 0;
  /** Depth (stack length) of the element being built, 0 when none; its kind. */
  let buildDepth = 0;
  let buildKind: 'build' | 'build-fault' = 'build';

  parser.on('doctype', () => {
    // Entity expansion ("billion laughs") and external entities (XXE) both need a DTD: refuse any.
    throw new MalformedXml('doctype', 'the answer declares a DTD or entities');
  });
  parser.on('opentag', (raw) => {
    if (++elements > limits.maxElements)
      throw new MalformedXml('count', `more than ${limits.maxElements} elements`);
    const depth = stack.length + 1;
    if (depth > limits.maxDepth)
      throw new MalformedXml('depth', `elements nested deeper than ${limits.maxDepth}`);
    // The element's own declarations first: they are in force for its name and its attributes.
    let declared: Map<string, string> | null = null;
    for (const key in raw.attributes) {
      const value = raw.attributes[key]!;
      if (value.length > limits.maxAttributeLength)
        throw new MalformedXml(
          'text-length',
          `an attribute over ${limits.maxAttributeLength} characters`,
        );
      if (!isDeclaration(key)) continue;
      const prefix = key === 'xmlns' ? '' : key.slice(6);
      // XML 1.0 namespaces: a prefix cannot be undeclared, nor xml and xmlns bound elsewhere.
      if (
        (prefix !== '' && value === '') ||
        prefix === 'xmlns' ||
        (prefix === 'xml') !== (value === PREDEFINED.get('xml'))
      )
        throw new MalformedXml('not-xml', `a forbidden namespace declaration: ${key}="${value}"`);
      declared ??= new Map(scopes[scopes.length - 1]!);
      declared.set(prefix, value);
    }
    const scope = declared ?? scopes[scopes.length - 1]!;
    scopes.push(scope);
    const tag = resolve(raw.name, scope);
    if (FORBIDDEN_NAMES.has(tag.local))
      throw new MalformedXml('name', `an element named ${tag.local}`);
    const parent = stack[stack.length - 1];
    let node: XmlNode | null = null;
    if (buildDepth > 0) {
      // Inside the answer: its own namespace, no namespace, or the service's others; a fault's detail is
      // informative only (bounded, never mapped into an inquiry), so its namespaces are not checked.
      if (buildKind === 'build' && !allowed.has(tag.uri))
        throw new MalformedXml('namespace', `element {${tag.uri}}${tag.local} in the answer`);
      node = {};
      parent!.hasChildren = true;
    } else {
      const decision = visitor.enter(tag, depth, parent?.name ?? '');
      if (decision === 'build' || decision === 'build-fault') {
        node = {};
        buildDepth = depth;
        buildKind = decision;
      } else if (decision === 'skip') {
        // Walked (limits still hold) but not built: the frame keeps no node.
      }
    }
    let hasAttributes = false;
    for (const key in raw.attributes) {
      if (isDeclaration(key)) continue;
      // An attribute's prefix must be bound too; unprefixed, it is in no namespace whatever the default.
      const local = key.includes(':') ? resolve(key, scope).local : key;
      if (FORBIDDEN_NAMES.has(local)) throw new MalformedXml('name', `an attribute named ${local}`);
      if (node) {
        node[`@${local}`] = raw.attributes[key]!;
        hasAttributes = true;
      }
    }
    stack.push({ node, name: tag.local, text: '', hasChildren: false, hasAttributes });
  });
  const onText = (value: string) => {
    const frame = stack[stack.length - 1];
    if (!frame) return;
    const max = frame.name === spec.documentElement ? limits.maxBytes : limits.maxTextLength;
    if (frame.text.length + value.length > max)
      throw new MalformedXml('text-length', `a text over ${max} characters`);
    if (frame.node) frame.text += value;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    scopes.pop();
    const frame = stack.pop()!;
    const node = frame.node;
    if (!node) return;
    const text = frame.text.trim();
    // The shape the mappings read: a leaf is its text; an element with children or attributes an object.
    let value: unknown = node;
    if (!frame.hasChildren && !frame.hasAttributes) value = text;
    else if (text !== '') node['#text'] = text;
    const depth = stack.length + 1;
    if (depth === buildDepth) {
      buildDepth = 0;
      visitor.built(typeof value === 'string' ? { '#text': value } : node, buildKind);
      return;
    }
    const parent = stack[stack.length - 1]!.node!;
    const existing = parent[frame.name];
    if (existing === undefined) parent[frame.name] = repeated.has(frame.name) ? [value] : value;
    else if (Array.isArray(existing)) existing.push(value);
    // A second occurrence of a single-valued element: kept as a list, refused when read (xml.ts, single).
    else parent[frame.name] = [existing, value];
  });

  try {
    for (let at = 0; at < xml.length; at += SLICE) {
      parser.write(xml.slice(at, at + SLICE));
      // saxes gathers a text node until its end: a runaway one is refused while it is gathered.
      const pending = (parser as unknown as { text: string }).text.length;
      const top = stack[stack.length - 1];
      const max = top && top.name === spec.documentElement ? limits.maxBytes : limits.maxTextLength;
      if (pending > max) throw new MalformedXml('text-length', `a text over ${max} characters`);
    }
    parser.close();
  } catch (error) {
    if (error instanceof MalformedXml) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // XML 1.0 allows no C0 control character but tab, line feed and carriage return.
    if (/disallowed character\.$/.test(message))
      throw new MalformedXml('control-character', 'the answer carries a control character');
    throw new MalformedXml('not-xml', message);
  }
}

const leafText = (node: XmlNode, name: string): string => {
  const value = node[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined || first === null) return '';
  if (typeof first === 'object') return String((first as XmlNode)['#text'] ?? '');
  return String(first);
};

const asList = (value: unknown): XmlNode[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (item): item is XmlNode => typeof item === 'object' && item !== null,
  );

/** The SOAP 1.1 fault's code, string and CBSS details (the first element of `detail`, whatever its name). */
function readFault(fault: XmlNode): SoapFaultFields {
  const holder = asList(fault['detail'])[0];
  const cbss = holder
    ? asList(
        Object.entries(holder).find(
          ([key, value]) => !key.startsWith('@') && typeof value === 'object',
        )?.[1],
      )[0]
    : undefined;
  const details = cbss
    ? asList(cbss['detail'])
        .slice(0, 8)
        .map((d) => ({
          severity: leafText(d, 'severity'),
          reasonCode: leafText(d, 'reasonCode'),
          diagnostic: leafText(d, 'diagnostic'),
          authorCode: leafText(d, 'authorCode'),
        }))
    : [];
  const information = cbss ? asList(cbss['informationCBSS'])[0] : undefined;
  const ticket = information ? leafText(information, 'ticketCBSS') : '';
  return {
    faultCode: leafText(fault, 'faultcode'),
    faultString: leafText(fault, 'faultstring'),
    details,
    ticketCBSS: ticket === '' ? null : ticket,
  };
}
