// The simulator's persons as the e2e specs look them up, and their NISS as the screen shows it.
import type { LaneId } from '../../src/shared/domain/inquiry';
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

/** What the simulator holds for the person, lane by lane (the whole history is asked). */
export function expectedCounts(person: Persona): Record<LaneId, number> {
  const h = person.history!;
  return {
    residence: h.nationalities.length + h.registers.length + h.residences.length,
    organisation: h.inCharge.length,
    status: h.statuses.length,
    forms: h.forms.length,
    piis: h.piis.length,
    art35: h.art35.length,
    artistic: h.artistic.length,
    installationPremium: h.premiums.length,
  };
}
