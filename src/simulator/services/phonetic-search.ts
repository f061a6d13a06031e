// IdentifyPerson's phonetic search over the personas: Double Metaphone keys for names, a birth-date window with tolerance, optional sex, best matches first.
import { addDays, addMonths, addYears, format, parseISO } from 'date-fns';
import { doubleMetaphone } from 'double-metaphone';
import type { Persona } from '../personas';
import { earliestDay, latestDay } from './periods';

export interface PhoneticCriteria {
  lastName: string;
  firstName?: string;
  /** t_IncompleteDate: yyyy-MM-dd, yyyy-MM-00 or yyyy-00-00. */
  birthDate: string;
  /** How far the birth date may be off, in the unit of its precision: days, months or years. */
  tolerance: number;
  sex?: 'M' | 'F';
  maximum: number;
}

/** Upper case, no accents, letters only: "Van den Bossche", "Vandenbossche" and "VAN DEN BOSSCHE" read alike. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]/gu, '')
    .toUpperCase();
}

/**
 * The Double Metaphone keys (primary and alternate) of a name. Two names match when they share a key,
 * which is what lets a French and a Dutch spelling of one name meet (Wauters / Wouters, Claes / Claus).
 */
export function phoneticKeys(name: string): Set<string> {
  const normalised = normaliseName(name);
  if (normalised === '') return new Set();
  return new Set(doubleMetaphone(normalised).filter((key) => key !== ''));
}

export function soundsAlike(a: string, b: string): boolean {
  const keys = phoneticKeys(a);
  for (const key of phoneticKeys(b)) if (keys.has(key)) return true;
  return false;
}

/** The first names one by one ("Jean-Marc Louis" → Jean, Marc, Louis). */
function givenNames(names: string): string[] {
  return names.split(/[\s-]+/).filter((n) => n !== '');
}

function firstNamesMatch(asked: string, persona: Persona): boolean {
  const known = givenNames(persona.firstName);
  return givenNames(asked).some((name) => known.some((k) => soundsAlike(name, k)));
}

/** A persona's birth date in the register's incomplete form (yyyy-MM-00, yyyy-00-00), or null. */
export function incompleteBirthDate(birthDate: string | null): string | null {
  if (birthDate === null) return null;
  const [year, month = '00', day = '00'] = birthDate.split('-');
  return `${year}-${month}-${day}`;
}

const ISO = 'yyyy-MM-dd';

/** The days the asked birth date may mean, widened by the tolerance in the unit of its precision. */
export function birthWindow(birthDate: string, tolerance: number): { from: string; to: string } {
  const [, month, day] = birthDate.split('-');
  const shift = month === '00' ? addYears : day === '00' ? addMonths : addDays;
  return {
    from: format(shift(parseISO(earliestDay(birthDate)), -tolerance), ISO),
    to: format(shift(parseISO(latestDay(birthDate)), tolerance), ISO),
  };
}

/**
 * The personas the criteria find, best first: exact last name before a phonetic one, then the closest
 * birth date, then by NISS (so the order is stable). A person whose birth date is unknown cannot be
 * placed in the window and is not returned; a person of unknown sex is not excluded by the sex asked.
 */
export function phoneticSearch(
  personas: readonly Persona[],
  criteria: PhoneticCriteria,
): Persona[] {
  const window = birthWindow(criteria.birthDate, criteria.tolerance);
  const asked = normaliseName(criteria.lastName);
  const scored: { persona: Persona; rank: number; distance: number }[] = [];
  for (const persona of personas) {
    const born = incompleteBirthDate(persona.birthDate);
    if (born === null) continue;
    if (earliestDay(born) > window.to || latestDay(born) < window.from) continue;
    if (criteria.sex && persona.sex !== null && persona.sex !== criteria.sex) continue;
    if (!soundsAlike(criteria.lastName, persona.lastName)) continue;
    if (criteria.firstName && !firstNamesMatch(criteria.firstName, persona)) continue;
    const rank = normaliseName(persona.lastName) === asked ? 0 : 1;
    const distance = Math.abs(
      parseISO(earliestDay(born)).getTime() - parseISO(earliestDay(criteria.birthDate)).getTime(),
    );
    scored.push({ persona, rank, distance });
  }
  return scored
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.distance - b.distance ||
        (a.persona.niss < b.persona.niss ? -1 : a.persona.niss > b.persona.niss ? 1 : 0),
    )
    .slice(0, criteria.maximum)
    .map((s) => s.persona);
}
