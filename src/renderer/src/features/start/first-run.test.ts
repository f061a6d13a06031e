import { describe, expect, it } from 'vitest';
import { firstRunNeeded } from './first-run';

const organisation = { cpasName: 'CPAS de Liège', cbe: '0207777760', sector: 17, institution: 1 };
const investigator = { name: 'Claire Dumont', ssin: '87041214292', email: 'c@example.org' };

describe('the first-run panel', () => {
  it('asks while the CPAS or the investigator is missing', () => {
    const notDone = { firstRunDone: false };
    expect(firstRunNeeded(notDone, { organisation: null, investigator: null })).toBe(true);
    expect(firstRunNeeded(notDone, { organisation, investigator: null })).toBe(true);
    expect(firstRunNeeded(notDone, { organisation: null, investigator })).toBe(true);
    expect(firstRunNeeded(notDone, { organisation, investigator })).toBe(false);
  });

  it('asks once: answered or skipped, never again', () => {
    expect(firstRunNeeded({ firstRunDone: true }, { organisation: null, investigator: null })).toBe(
      false,
    );
  });
});
