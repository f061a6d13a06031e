// The demo picker's logic: persons split into readable cases and BCSS codes, short option texts.
import type { DemoPerson } from '../../../../shared/contract/contract';
import { compactNiss, formatNissPartial } from '../../../../shared/domain/niss';
import type { Language } from '../../../../shared/domain/preferences';

export interface DemoPersonGroups {
  /** Plain answers: a situation to read in the timelines. */
  cases: DemoPerson[];
  /** Persons whose inquiry produces a BCSS status or fault code. */
  codes: DemoPerson[];
}

/** Splits the persons, keeping the simulator's order (it goes from simple to subtle). */
export function groupDemoPersons(persons: readonly DemoPerson[]): DemoPersonGroups {
  return {
    cases: persons.filter((p) => p.expectedCode === null),
    codes: persons.filter((p) => p.expectedCode !== null),
  };
}

/** Cuts a sentence at a word boundary, with an ellipsis, so options stay one short line. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** 'LEJEUNE Martine': how the picker names a person, and the name it fills in for the saved inquiry. */
export function demoPersonName(person: Pick<DemoPerson, 'lastName' | 'firstName'>): string {
  return `${person.lastName.toUpperCase()} ${person.firstName}`.trim();
}

/** 'LEJEUNE Martine — MSG00005 · first words of what the case teaches…' */
export function demoOptionText(person: DemoPerson, language: Language, max = 90): string {
  const name = demoPersonName(person);
  const code = person.expectedCode ? `${person.expectedCode} · ` : '';
  const teaches = person.teaches[language] || person.teaches.fr;
  return `${name} — ${code}${shorten(teaches, Math.max(20, max - name.length - code.length - 3))}`;
}

/** The demo person whose NISS the field holds, whatever separators were typed. */
export function demoPersonFor(
  persons: readonly DemoPerson[],
  niss: string,
): DemoPerson | undefined {
  const typed = compactNiss(niss);
  if (typed === '') return undefined;
  return persons.find((p) => compactNiss(p.niss) === typed);
}

/** The NISS as the field shows it once picked (as if typed). */
export function pickedNissText(person: DemoPerson): string {
  return formatNissPartial(person.niss);
}
