// Writes audit entries as a spreadsheet-ready CSV: UTF-8 BOM, ';' separator, headers in the UI language.
import { format } from 'date-fns';
import type { Language } from '../../shared/domain/preferences';
import { formatNissPartial } from '../../shared/domain/niss';
import type { Catalogue, MessageKey } from '../../shared/i18n';
import { translator } from '../../shared/i18n/translator';
import type { AuditAction, AuditEntry } from './types';

/** The columns, in order; each has its header in the catalogue (audit.csv.header.<column>). */
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
] as const satisfies readonly (keyof Catalogue['audit']['csv']['header'])[];
export type AuditCsvColumn = (typeof AUDIT_CSV_COLUMNS)[number];

const BOM = '\uFEFF';
/** RFC 4180 line ends: what Excel and LibreOffice expect. */
const EOL = '\r\n';

export function auditCsv(entries: readonly AuditEntry[], language: Language): string {
  const t = translator(language);
  const header = (column: AuditCsvColumn): MessageKey => `audit.csv.header.${column}`;
  // What each entry records, in words the security advisor reads without a legend.
  const action = (value: AuditAction): MessageKey => `audit.csv.action.${value}`;
  const lines = [AUDIT_CSV_COLUMNS.map((column) => field(t(header(column)))).join(';')];
  for (const entry of entries) {
    lines.push(
      AUDIT_CSV_COLUMNS.map((column) =>
        field(column === 'action' ? t(action(entry.action)) : cell(entry, column)),
      ).join(';'),
    );
  }
  return BOM + lines.join(EOL) + EOL;
}

function cell(entry: AuditEntry, column: Exclude<AuditCsvColumn, 'action'>): string {
  switch (column) {
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
