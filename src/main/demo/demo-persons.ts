// The simulator's synthetic persons as the demo picker shows them.
import type { DemoPerson } from '../../shared/contract/contract';
import { DEMO_PERSONAS } from '../../simulator/personas';

export function listDemoPersons(): DemoPerson[] {
  return DEMO_PERSONAS.map((persona) => ({
    niss: persona.niss,
    lastName: persona.lastName,
    firstName: persona.firstName,
    teaches: persona.teaches,
    expectedCode: persona.expected.code === 'MSG00000' ? null : persona.expected.code,
  }));
}
