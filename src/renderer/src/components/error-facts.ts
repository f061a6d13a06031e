// The facts of a DeskError beside its localized message. What the investigator acts on (a replaced NISS) shows
// with the message; what the service desk asks for (the BCSS's own code and text, often in English or one
// language only, the ticket, our error code) waits behind "technical details": never the main message.
import type { DeskError } from '../../../shared/contract/errors';
import { isoToDisplayDate } from '../../../shared/domain/period';
import { formatNiss } from '../../../shared/presentation/format';

export type ErrorFactKind =
  | 'bcssCode'
  | 'description'
  | 'ticket'
  | 'finalNiss'
  | 'appCode'
  /** A connection test's verdict ('dns', 'soap-fault'...). */
  | 'diagnosis'
  /** What the system said (OpenSSL, Node): English, for IT. */
  | 'detail';

export interface ErrorFact {
  kind: ErrorFactKind;
  value: string;
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

export interface ErrorFacts {
  /** Shown with the message. */
  shown: ErrorFact[];
  /** Behind the "technical details" disclosure. */
  technical: ErrorFact[];
}

export function errorFacts(error: DeskError): ErrorFacts {
  const details = error.details ?? {};
  const shown: ErrorFact[] = [];
  const technical: ErrorFact[] = [];
  const finalNiss = text(details.finalNiss);
  if (finalNiss) shown.push({ kind: 'finalNiss', value: formatNiss(finalNiss) });
  const code = text(details.code);
  if (code) technical.push({ kind: 'bcssCode', value: code });
  const description = text(details.description);
  if (description) technical.push({ kind: 'description', value: description });
  const ticket = text(details.ticketCBSS);
  if (ticket) technical.push({ kind: 'ticket', value: ticket });
  // A cancellation is not a failure: it has nothing to report.
  if (error.code !== 'CANCELLED') technical.push({ kind: 'appCode', value: error.code });
  return { shown, technical };
}

/**
 * The details as a message interpolates them: ISO dates as dd/mm/yyyy and NISS numbers formatted, the
 * way the rest of the screen writes them (main sends data, not display text).
 */
export function displayDetails(
  details: DeskError['details'],
): Record<string, string | number | boolean | null> {
  const shown: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      shown[key] = isoToDisplayDate(value) || value;
    } else if (typeof value === 'string' && /^\d{11}$/.test(value)) {
      shown[key] = formatNiss(value);
    } else {
      shown[key] = value;
    }
  }
  return shown;
}
