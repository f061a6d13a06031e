// Every NISS an answer carries is checked as a NISS (check digits, date): one that fails is a malformed
// answer, never the inquiry's final NISS, a parent's link or a replacement.
import { parseNiss } from '../../shared/domain/niss';
import { MalformedXml } from './xml';

export function answerNiss(value: string, where: string): string;
export function answerNiss(value: string | null, where: string): string | null;
export function answerNiss(value: string | null, where: string): string | null {
  if (value === null) return null;
  if (!parseNiss(value).ok) throw new MalformedXml('unexpected', `an invalid NISS in ${where}`);
  return value;
}
