// The facts of a DeskError worth showing beside its message: BCSS code, BCSS message, ticket, final NISS.
import type { DeskError } from '../../../shared/contract/errors';
import { isoToDisplayDate } from '../../../shared/domain/period';
import { formatNiss } from '../../../shared/presentation/format';

export type ErrorFactKind = 'bcssCode' | 'description' | 'ticket' | 'finalNiss';

export interface ErrorFact {
  kind: ErrorFactKind;
  value: string;
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

export function errorFacts(error: DeskError): ErrorFact[] {
  const details = error.details ?? {};
  const facts: ErrorFact[] = [];
  const code = text(details.code);
  if (code) facts.push({ kind: 'bcssCode', value: code });
  const description = text(details.description);
  if (description) facts.push({ kind: 'description', value: description });
  const finalNiss = text(details.finalNiss);
  if (finalNiss) facts.push({ kind: 'finalNiss', value: formatNiss(finalNiss) });
  const ticket = text(details.ticketCBSS);
  if (ticket) facts.push({ kind: 'ticket', value: ticket });
  return facts;
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
