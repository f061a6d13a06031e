// The organisation and investigator settings: validation into typed field issues, normalisation, persistence.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfStore } from './conf-store';
import {
  createOrganisationSettings,
  validateInvestigator,
  validateOrganisation,
} from './organisation';
import { issueDetails, SettingsInvalid } from './settings-issues';
import { memoryKeyValueStore } from '../../test-support/memory-stores';

// Synthetic: the demo CPAS's CBE and the demo investigator's NISS (valid check digits, nobody real).
const ORGANISATION = { cpasName: 'CPAS de Demoville', cbe: '0207.777.760' };
const INVESTIGATOR = {
  name: 'A. Enquêteur',
  ssin: '80.03.14-101.16',
  email: 'enquetes@cpas-demoville.example',
};

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsInvalid);
    return (error as SettingsInvalid).issues;
  }
  throw new Error('expected SettingsInvalid');
}

describe('organisation settings', () => {
  it('are empty until saved', () => {
    const settings = createOrganisationSettings(memoryKeyValueStore());
    expect(settings.organisation()).toBeNull();
    expect(settings.investigator()).toBeNull();
  });

  it('store the CBE and NISS as bare digits, with the CPAS sector 17 / institution 1 by default', () => {
    const settings = createOrganisationSettings(memoryKeyValueStore());
    expect(settings.saveOrganisation(ORGANISATION)).toEqual({
      cpasName: 'CPAS de Demoville',
      cbe: '0207777760',
      sector: 17,
      institution: 1,
    });
    expect(settings.saveInvestigator(INVESTIGATOR)).toEqual({
      name: 'A. Enquêteur',
      ssin: '80031410116',
      email: 'enquetes@cpas-demoville.example',
    });
    expect(settings.organisation()?.cbe).toBe('0207777760');
  });

  it('survive a restart (a new store on the same folder)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-organisation-'));
    createOrganisationSettings(createConfStore(dir)).saveOrganisation({
      ...ORGANISATION,
      sector: 17,
      institution: 2,
    });
    expect(createOrganisationSettings(createConfStore(dir)).organisation()?.institution).toBe(2);
  });

  it('say what is wrong with each field, as codes, and store nothing', () => {
    const store = memoryKeyValueStore();
    const settings = createOrganisationSettings(store);
    expect(
      issuesOf(() => settings.saveOrganisation({ cpasName: '  ', cbe: '0207777761', sector: 1.5 })),
    ).toEqual([
      { field: 'cpasName', code: 'required' },
      { field: 'cbe', code: 'cbe-checksum' },
      { field: 'sector', code: 'not-integer' },
    ]);
    expect(
      issuesOf(() =>
        settings.saveInvestigator({ name: 'X', ssin: '12345678901', email: 'not-an-address' }),
      ),
    ).toEqual([
      { field: 'ssin', code: 'niss-checksum' },
      { field: 'email', code: 'email-invalid' },
    ]);
    expect(
      issuesOf(() => settings.saveInvestigator({ ...INVESTIGATOR, ssin: ' ', email: '' })),
    ).toEqual([
      { field: 'ssin', code: 'required' },
      { field: 'email', code: 'required' },
    ]);
    expect(issuesOf(() => settings.saveOrganisation({ cpasName: 'X', cbe: '' }))).toEqual([
      { field: 'cbe', code: 'required' },
    ]);
    expect(store.data.size).toBe(0);
  });

  it('flatten their issues into the details a DeskError can carry', () => {
    const result = validateInvestigator({ name: '', ssin: '12345678901', email: 'x' });
    expect(result.ok ? null : issueDetails(result.issues)).toEqual({
      name: 'required',
      ssin: 'niss-checksum',
      email: 'email-invalid',
    });
  });

  it('tell CBE format, length and checksum problems apart', () => {
    const codes = ['02077A7760', '02077777', '2207777760', '0207777761'].map((cbe) => {
      const result = validateOrganisation({ cpasName: 'X', cbe });
      return result.ok ? null : result.issues[0]?.code;
    });
    expect(codes).toEqual(['cbe-format', 'cbe-length', 'cbe-format', 'cbe-checksum']);
  });

  it('accept a BIS number for the investigator and refuse an impossible month', () => {
    expect(validateInvestigator({ ...INVESTIGATOR, ssin: '98472899765' }).ok).toBe(true);
    const result = validateInvestigator({ ...INVESTIGATOR, ssin: '85133000105' });
    expect(result).toEqual({ ok: false, issues: [{ field: 'ssin', code: 'niss-date' }] });
  });

  it('refuse any field beyond their own, so nothing about an inquired person can slip in', () => {
    const result = validateInvestigator({ ...INVESTIGATOR, lastInquiredNiss: '85073003328' });
    expect(result).toEqual({
      ok: false,
      issues: [{ field: 'lastInquiredNiss', code: 'unknown-field' }],
    });
  });

  it('read a value edited by hand into nonsense as not configured', () => {
    const store = memoryKeyValueStore();
    store.set('organisation', { cpasName: 'X', cbe: '0207777761' });
    expect(createOrganisationSettings(store).organisation()).toBeNull();
  });
});
