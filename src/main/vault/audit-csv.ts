// Writes audit entries as a spreadsheet-ready CSV: UTF-8 BOM, ';' separator, headers in the UI language.
import { format } from 'date-fns';
import type { Language } from '../../shared/domain/preferences';
import { formatNissPartial } from '../../shared/domain/niss';
import type { AuditAction, AuditEntry } from './types';

export const AUDIT_CSV_COLUMNS = [
  'at',
  'osUser',
  'investigator',
  'service',
  'niss',
  'legalContext',
  'environment',
  'outcome',
  'ticketCBSS',
  // Last: the columns before it kept their places when exports and prints joined the log.
  'action',
] as const;
export type AuditCsvColumn = (typeof AUDIT_CSV_COLUMNS)[number];

/** Header labels; to move into the i18n catalogue (fr is the reference). */
export const AUDIT_CSV_HEADERS = {
  fr: {
    at: 'Date et heure',
    osUser: 'Utilisateur du poste',
    investigator: 'Enquêteur',
    service: 'Service',
    niss: 'NISS',
    legalContext: 'Contexte légal',
    environment: 'Environnement',
    outcome: 'Résultat',
    ticketCBSS: 'Ticket BCSS',
    action: 'Action',
  },
  nl: {
    at: 'Datum en tijd',
    osUser: 'Gebruiker van de werkpost',
    investigator: 'Maatschappelijk werker',
    service: 'Dienst',
    niss: 'INSZ',
    legalContext: 'Wettelijke context',
    environment: 'Omgeving',
    outcome: 'Resultaat',
    ticketCBSS: 'KSZ-ticket',
    action: 'Handeling',
  },
  de: {
    at: 'Datum und Uhrzeit',
    osUser: 'Benutzer des Arbeitsplatzes',
    investigator: 'Sozialarbeiter',
    service: 'Dienst',
    niss: 'ENSS',
    legalContext: 'Rechtlicher Kontext',
    environment: 'Umgebung',
    outcome: 'Ergebnis',
    ticketCBSS: 'ZDSS-Ticket',
    action: 'Vorgang',
  },
} as const satisfies Record<Language, Record<AuditCsvColumn, string>>;

/** What each entry records, in words the security advisor reads without a legend. */
export const AUDIT_CSV_ACTIONS = {
  fr: {
    'bcss-call': 'Appel BCSS',
    'export-pdf': 'Export PDF',
    'export-csv': 'Export CSV',
    'export-json': 'Export JSON',
    print: 'Impression',
  },
  nl: {
    'bcss-call': 'KSZ-oproep',
    'export-pdf': 'PDF-export',
    'export-csv': 'CSV-export',
    'export-json': 'JSON-export',
    print: 'Afdruk',
  },
  de: {
    'bcss-call': 'ZDSS-Aufruf',
    'export-pdf': 'PDF-Export',
    'export-csv': 'CSV-Export',
    'export-json': 'JSON-Export',
    print: 'Druck',
  },
} as const satisfies Record<Language, Record<AuditAction, string>>;

const BOM = '\uFEFF';
/** RFC 4180 line ends: what Excel and LibreOffice expect. */
const EOL = '\r\n';

export function auditCsv(entries: readonly AuditEntry[], language: Language): string {
  const headers = AUDIT_CSV_HEADERS[language];
  const lines = [AUDIT_CSV_COLUMNS.map((column) => field(headers[column])).join(';')];
  for (const entry of entries) {
    lines.push(AUDIT_CSV_COLUMNS.map((column) => field(cell(entry, column, language))).join(';'));
  }
  return BOM + lines.join(EOL) + EOL;
}

function cell(entry: AuditEntry, column: AuditCsvColumn, language: Language): string {
  switch (column) {
    case 'action':
      return AUDIT_CSV_ACTIONS[language][entry.action];
    case 'at':
      // Local time without offset: the form a spreadsheet recognises as a date and time.
      return format(new Date(entry.at), 'yyyy-MM-dd HH:mm:ss');
    case 'niss':
      // Formatted, so a spreadsheet neither drops a leading zero nor shows 8.7E+10.
      return /^\d{11}$/.test(entry.niss) ? formatNissPartial(entry.niss) : entry.niss;
    case 'ticketCBSS':
      return entry.ticketCBSS ?? '';
    default:
      return entry[column];
  }
}

/** Quotes when needed; defuses text a spreadsheet would run as a formula (CSV injection). */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
