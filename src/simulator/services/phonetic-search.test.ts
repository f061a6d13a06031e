// The phonetic search as properties over generated persons: everyone is found by their own name and birth date, answers stay within the criteria and the cap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_PERSONAS, generatePersonas } from '../personas';
import { earliestDay, latestDay } from './periods';
import {
  birthWindow,
  incompleteBirthDate,
  normaliseName,
  phoneticSearch,
  soundsAlike,
} from './phonetic-search';

const PEOPLE = [
  ...DEMO_PERSONAS,
  ...generatePersonas(
    200,
    11,
    DEMO_PERSONAS.map((p) => p.niss),
  ),
].filter((p) => p.birthDate !== null);
const personArb = fc.constantFrom(...PEOPLE);

describe('phoneticSearch', () => {
  it('finds every person by their own last name and birth date, whatever the case or accents', () => {
    fc.assert(
      fc.property(personArb, fc.boolean(), (person, shout) => {
        const lastName = shout ? person.lastName.toUpperCase() : person.lastName.normalize('NFD');
        const found = phoneticSearch(PEOPLE, {
          lastName,
          firstName: person.firstName,
          birthDate: incompleteBirthDate(person.birthDate)!,
          tolerance: 0,
          maximum: 80,
        });
        expect(found).toContain(person);
      }),
    );
  });

  it('answers only persons within the birth window and of a matching name, never more than asked', () => {
    fc.assert(
      fc.property(
        personArb,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 80 }),
        (person, tolerance, maximum) => {
          const birthDate = `${person.birthDate!.slice(0, 4)}-00-00`;
          const found = phoneticSearch(PEOPLE, {
            lastName: person.lastName,
            birthDate,
            tolerance,
            maximum,
          });
          expect(found.length).toBeLessThanOrEqual(maximum);
          const window = birthWindow(birthDate, tolerance);
          for (const candidate of found) {
            const born = incompleteBirthDate(candidate.birthDate)!;
            expect(soundsAlike(candidate.lastName, person.lastName)).toBe(true);
            expect(earliestDay(born) <= window.to && latestDay(born) >= window.from).toBe(true);
          }
        },
      ),
    );
  });

  it('normalises names to their letters', () => {
    expect(normaliseName("Van den Bossche-d'Hondt")).toBe('VANDENBOSSCHEDHONDT');
    expect(normaliseName('Grâce')).toBe('GRACE');
  });
});
