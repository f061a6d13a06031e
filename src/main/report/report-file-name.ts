// File names of the report's exports: the kind of document, the person's NISS and the consultation date, no name.
import { format, isValid, parseISO } from 'date-fns';
import type { Inquiry } from '../../shared/domain/inquiry';
import { parseNiss } from '../../shared/domain/niss';
import type { Language } from '../../shared/domain/preferences';
import { translator } from '../../shared/i18n/translator';

export type ReportExtension = 'pdf' | 'csv' | 'json' | 'html';

/**
 * e.g. enquete-87.04.12-142.92-2026-11-23.pdf. The NISS identifies the file in a folder; a personal name
 * would show in every listing and backup, so there is none. Only [0-9a-z.-]: safe on every file system.
 */
export function reportFileName(
  inquiry: Inquiry,
  language: Language,
  extension: ReportExtension,
): string {
  const parsed = parseNiss(inquiry.finalNiss);
  const niss = parsed.ok ? parsed.formatted : inquiry.finalNiss.replace(/[^0-9]/g, '');
  const consulted = parseISO(inquiry.consultedAt);
  // The local date of the consultation: the day the investigator remembers.
  const day = isValid(consulted) ? format(consulted, 'yyyy-MM-dd') : 'undated';
  const prefix = translator(language)('report.document.fileName');
  return `${prefix}-${niss}-${day}.${extension}`;
}
