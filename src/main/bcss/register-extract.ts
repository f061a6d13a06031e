// Tx25, the National Register extract (official RetrieveTIGroups v2, retrieveTI): the request, and the answer read as a generic list of information types.
import type { InquiryDate } from '../../shared/domain/inquiry';
import type {
  InformationField,
  InformationTypeEntry,
  RegisterExtract,
} from '../../shared/domain/supplements';
import {
  callNewStyle,
  type NewStyleCall,
  type NewStyleCallBase,
  type NewStyleEndpoint,
} from './new-style-call';
import { MalformedXml, optionalChild, type XmlNode } from './xml';

export const REGISTER_EXTRACT = {
  name: 'RetrieveTIGroups',
  /** As the official binding spells it. */
  soapAction: 'http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI',
  namespace: 'http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2',
  legalContext: 'PCSA:SOCIAL_INQUIRY',
} as const;

export type ExtractLanguage = 'fr' | 'nl' | 'de';

export interface RegisterExtractCall extends NewStyleCallBase {
  ssin: string;
  /** The language of the register's labels (French by default, as the schema says). */
  language?: ExtractLanguage;
  /** True: every period the register keeps; false (the default): current values only. */
  history?: boolean;
}

/** The National Register's extract (the `rn:` elements of the answer). */
const XM25_NAMESPACE = 'http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema';

/** xm25 groups whose entries may come without a Type attribute (the schema gives it only as a default). */
const TYPE_OF_ELEMENT: Readonly<Record<string, string>> = {
  Residences: '001',
  LegalMainAddress: '020',
  Nationality: '031',
  CivilState: '120',
  FamilyMember: '140',
  HeadOfFamily: '141',
  EmploymentCard: '197',
  WorkPermit: '198',
  SpecialInfo: '202',
  RefugeeType: '205',
  StatusOfRefugee: '206',
  OrganizationInCharge: '207',
  RegistrationRegister: '210',
};

const DATE_PARTS = new Set(['Century', 'Year', 'Month', 'Day', 'Graphic']);

/** Reads a person's register extract. A refusal (NO_RESULT, deceased...) throws a BcssStatusError. */
export async function retrieveRegisterExtract(
  endpoint: NewStyleEndpoint,
  call: RegisterExtractCall,
): Promise<RegisterExtract> {
  const { answer, ticketCBSS, found, replacedBy } = await callNewStyle(
    endpoint,
    registerExtractCall(call),
  );
  const file = optionalChild(answer, 'rrn_it_implicit');
  return {
    ticketCBSS,
    found: found && file !== null,
    replacedBy,
    history: call.history ?? false,
    informationTypes: file ? readInformationTypes(file) : [],
  };
}

/** The retrieveTI call for a request (built here so tests can check it against the official schema). */
export function registerExtractCall(call: RegisterExtractCall): NewStyleCall {
  return {
    ticket: call.ticket,
    sentAt: call.sentAt,
    ...(call.signal ? { signal: call.signal } : {}),
    service: 'registerExtract',
    soapAction: REGISTER_EXTRACT.soapAction,
    namespace: REGISTER_EXTRACT.namespace,
    requestElement: 'retrieveTIGroupsRequest',
    legalContext: REGISTER_EXTRACT.legalContext,
    body: {
      searchInformation: {
        ssin: call.ssin,
        language: call.language ?? 'fr',
        history: String(call.history ?? false),
      },
    },
    answerElement: 'retrieveTIGroupsResponse',
    // The extract itself is the National Register's xm25 document.
    namespaces: [XM25_NAMESPACE],
    repeated: [],
  };
}

/** Every information type entry of an xm25 FileInfo, in document order, known or not. */
export function readInformationTypes(file: XmlNode): InformationTypeEntry[] {
  const entries: InformationTypeEntry[] = [];
  const visit = (node: XmlNode, group: string): void => {
    for (const [name, value] of elements(node)) {
      for (const item of asList(value)) {
        if (typeof item !== 'object' || item === null) continue;
        const element = item as XmlNode;
        if (isEntry(element)) entries.push(readEntry(element, name, group));
        else visit(element, name);
      }
    }
  };
  visit(file, '');
  return entries;
}

/** An entry says its type, or at least carries the Date every information type has. */
function isEntry(node: XmlNode): boolean {
  return typeof node['@Type'] === 'string' || isDate(node['Date']);
}

function readEntry(node: XmlNode, name: string, group: string): InformationTypeEntry {
  const type = node['@Type'];
  const date = readXm25Date(node['Date']);
  const endDate = readXm25Date(node['DelDate']);
  const fields: InformationField[] = [];
  for (const [child, value] of elements(node)) {
    if (child === 'Date' || child === 'DelDate') continue;
    for (const item of asList(value)) flatten(item, child, fields);
  }
  return {
    code: typeof type === 'string' && type !== '' ? type : (TYPE_OF_ELEMENT[name] ?? name),
    group: group || name,
    date,
    endDate,
    fields,
    current: endDate === null,
  };
}

/** Leaves become fields; a Code with its Label is one field; an xm25 date is one field in yyyy-mm-dd form. */
function flatten(value: unknown, path: string, out: InformationField[]): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') {
    out.push({ name: path, value: String(value) });
    return;
  }
  const node = value as XmlNode;
  if (isDate(node)) {
    out.push({ name: path, value: xm25DateText(node) });
    return;
  }
  const keys = elements(node).map(([k]) => k);
  if (keys.includes('Code') && keys.includes('Label') && keys.length === 2) {
    const code = node['Code'];
    const label = node['Label'];
    if (typeof code === 'string' && typeof label === 'string') {
      out.push({ name: path, value: code, label });
      return;
    }
  }
  if (keys.length === 0) {
    out.push({ name: path, value: String(node['#text'] ?? '') });
    return;
  }
  for (const [child, inner] of elements(node)) {
    for (const item of asList(inner)) flatten(item, `${path}.${child}`, out);
  }
}

function isDate(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = elements(value as XmlNode).map(([k]) => k);
  return (
    keys.length > 0 && keys.every((k) => DATE_PARTS.has(k)) && keys.some((k) => k !== 'Graphic')
  );
}

function part(node: XmlNode, name: string): string {
  const value = node[name];
  return typeof value === 'string' && /^\d{2}$/.test(value) ? value : '00';
}

function xm25DateText(node: XmlNode): string {
  return `${part(node, 'Century')}${part(node, 'Year')}-${part(node, 'Month')}-${part(node, 'Day')}`;
}

/** An xm25 date to the model: unknown parts lower the precision; no year, or the year 9999, is no date. */
function readXm25Date(value: unknown): InquiryDate | null {
  if (value === undefined || value === null || value === '') return null;
  if (!isDate(value))
    throw new MalformedXml('unexpected', 'an information type date is not a date');
  const node = value as XmlNode;
  const century = part(node, 'Century');
  const year = part(node, 'Year');
  if (typeof node['Year'] !== 'string' || century === '00' || `${century}${year}` === '9999') {
    return null;
  }
  const month = part(node, 'Month');
  const day = part(node, 'Day');
  if (month === '00') return { value: `${century}${year}`, precision: 'year' };
  if (day === '00') return { value: `${century}${year}-${month}`, precision: 'month' };
  return { value: `${century}${year}-${month}-${day}`, precision: 'day' };
}

function elements(node: XmlNode): [string, unknown][] {
  return Object.entries(node).filter(([k]) => !k.startsWith('@') && k !== '#text');
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}
