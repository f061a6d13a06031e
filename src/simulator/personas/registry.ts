// Finds a person by NISS as the BCSS registers would: directly, or through the number it replaced.
import type { Persona, RegisterState } from './types';

export interface PersonaMatch {
  persona: Persona;
  /** The register state of the NISS asked for (a replaced number reports 'replaced'). */
  state: RegisterState;
  /** The NISS the answer is about: the replacement for a replaced number, else the one asked for. */
  finalNiss: string;
}

export class PersonaRegistry {
  private readonly byNiss = new Map<string, PersonaMatch>();

  constructor(personas: Iterable<Persona>) {
    for (const persona of personas) {
      const state = persona.registerState;
      const finalNiss = state.kind === 'replaced' ? state.by : persona.niss;
      this.add(persona.niss, { persona, state, finalNiss });
      // The replacement number is the person's current one: it answers as an ordinary, active person.
      if (state.kind === 'replaced')
        this.add(finalNiss, { persona, state: { kind: 'active' }, finalNiss });
    }
  }

  /** Undefined when the number is in no register at all (as good as an 'absent' state). */
  lookup(niss: string): PersonaMatch | undefined {
    return this.byNiss.get(niss);
  }

  get size(): number {
    return this.byNiss.size;
  }

  private add(niss: string, match: PersonaMatch): void {
    if (this.byNiss.has(niss)) throw new Error(`two persons with NISS ${niss}`);
    this.byNiss.set(niss, match);
  }
}
