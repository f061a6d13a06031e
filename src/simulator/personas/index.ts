// The simulator's synthetic persons: the documented demo cases, the generator for benchmarks, and the NISS registry.
export { DEMO_PERSONAS, demoPersona, REPLACEMENT_NISS } from './demo-personas';
export { generatePersona, generatePersonas } from './generator';
export { PersonaRegistry, type PersonaMatch } from './registry';
export { CLEAN_PERSONA, COMPARISON_PERSONA, FINDING_PERSONAS } from './finding-personas';
export { makeNiss } from './make-niss';
export * from './codes';
export * from './types';
