// The simulator's persons as the e2e specs look them up, and their NISS as the screen shows it.
import { parseNiss } from '../../src/shared/domain/niss';
import { DEMO_PERSONAS, type Persona } from '../../src/test-support/simulator';

export function persona(key: string): Persona {
  const found = DEMO_PERSONAS.find((p) => p.key === key);
  if (!found) throw new Error(`no persona ${key}`);
  return found;
}

export function formatted(niss: string): string {
  const parsed = parseNiss(niss);
  if (!parsed.ok) throw new Error(`invalid NISS ${niss}`);
  return parsed.formatted;
}
