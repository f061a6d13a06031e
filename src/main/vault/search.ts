// Matches saved-inquiry summaries against what an investigator types: a NISS in any format, or a name.
import type { InquirySummary } from './types';

/** Precomputed once per summary, so a search over 10,000 is a plain substring scan. */
export interface SearchKeys {
  /** Both NISS, digits only, separated so a fragment cannot straddle them. */
  digits: string;
  name: string;
}

export function searchKeys(summary: InquirySummary): SearchKeys {
  return {
    digits: `${summary.finalNiss}|${summary.requestedNiss}`,
    name: normalizeName(summary.personName ?? ''),
  };
}

const NISS_SEPARATORS = /[\s.\-/]/g;
const NISS_LIKE = /^\d[\d\s.\-/]*$/;

/**
 * Returns a predicate, or null when the query selects everything.
 * A query made of digits and NISS separators ('87.04.12-292', '870412 292', '2929') is a NISS
 * fragment; anything else is a list of words that must all occur in the name, in any order
 * ('dupont marie' finds 'Marie Dupont'), where a word of digits is a NISS fragment ('dupont 8704').
 */
export function compileSearch(query: string): ((keys: SearchKeys) => boolean) | null {
  const trimmed = query.trim();
  if (trimmed === '') return null;
  if (NISS_LIKE.test(trimmed)) {
    const digits = trimmed.replace(NISS_SEPARATORS, '');
    return (keys) => keys.digits.includes(digits);
  }
  const words = normalizeName(trimmed).split(' ');
  const nissWords = words
    .filter((w) => NISS_LIKE.test(w))
    .map((w) => w.replace(NISS_SEPARATORS, ''));
  const nameWords = words.filter((w) => !NISS_LIKE.test(w));
  return (keys) =>
    nissWords.every((w) => keys.digits.includes(w)) &&
    nameWords.every((w) => keys.name.includes(w));
}

/** Case, accents, apostrophes and spacing ignored: 'D’Hondt-Lefèvre' and 'dhondt-lefevre' are one name. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/['’`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
