// The CPAS (name, CBE, sector and institution) and the investigator (name, NISS, e-mail) the BCSS calls are made
// as: their schemas, validation into typed field issues, and persistence through the key-value store.
//
// Only the organisation's and the investigator's own details live here: nothing about the persons inquired.
import { z } from 'zod';
import { parseCbe, parseNiss } from '../../shared/domain/niss';
import type { KeyValueStore } from './preferences';
import { customIssue, fieldIssues, SettingsInvalid } from './settings-issues';
import type { FieldIssue } from '../../shared/contract/settings';

/** CPAS in the social security network: sector 17 (MatrixID), institution 1 (MatrixSubID), DOMAIN.md §4. */
export const CPAS_SECTOR = 17;
export const CPAS_INSTITUTION = 1;

export const ORGANISATION_KEYS = {
  organisation: 'organisation',
  investigator: 'investigator',
} as const;

const name = z.string().trim().min(1).max(120);

const cbe = z.string().transform((text, ctx) => {
  const parsed = parseCbe(text);
  if (!parsed.ok) {
    ctx.addIssue(customIssue(text.trim() === '' ? 'required' : `cbe-${parsed.reason}`));
    return z.NEVER;
  }
  return parsed.value;
});

const niss = z.string().transform((text, ctx) => {
  const parsed = parseNiss(text);
  if (!parsed.ok) {
    ctx.addIssue(customIssue(text.trim() === '' ? 'required' : `niss-${parsed.reason}`));
    return z.NEVER;
  }
  return parsed.value;
});

// Matrix identifiers are small numbers; the range only catches a typo, the BCSS knows the real list.
const matrixId = z.number().int().min(0).max(999);

export const organisationSchema = z
  .object({
    cpasName: name,
    /** Stored as the 10 bare digits. */
    cbe,
    sector: matrixId.default(CPAS_SECTOR),
    institution: matrixId.default(CPAS_INSTITUTION),
  })
  .strict();
export type Organisation = z.output<typeof organisationSchema>;

export const investigatorSchema = z
  .object({
    name,
    /** The investigator's own NISS: SSDN's AuthorizedUser/UserID. Stored as the 11 bare digits. */
    ssin: niss,
    /** SSDN requires the user's e-mail address (AuthorizedUser/Email). */
    email: z.string().trim().max(254).pipe(z.email()),
  })
  .strict();
export type Investigator = z.output<typeof investigatorSchema>;

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export function validateOrganisation(input: unknown): Validation<Organisation> {
  return validate(organisationSchema, input);
}

export function validateInvestigator(input: unknown): Validation<Investigator> {
  return validate(investigatorSchema, input);
}

function validate<T>(schema: z.ZodType<T>, input: unknown): Validation<T> {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: fieldIssues(parsed.error, input) };
}

export interface OrganisationSettings {
  /** Null until saved, or when the stored value no longer validates (edited by hand). */
  organisation(): Organisation | null;
  investigator(): Investigator | null;
  /** Validates then stores; throws SettingsInvalid (nothing stored) with every field issue. */
  saveOrganisation(input: unknown): Organisation;
  saveInvestigator(input: unknown): Investigator;
}

export function createOrganisationSettings(store: KeyValueStore): OrganisationSettings {
  function read<T>(schema: z.ZodType<T>, key: string): T | null {
    const parsed = schema.safeParse(store.get(key));
    return parsed.success ? parsed.data : null;
  }
  function save<T>(schema: z.ZodType<T>, key: string, input: unknown): T {
    const result = validate(schema, input);
    if (!result.ok) throw new SettingsInvalid(result.issues);
    store.set(key, result.value);
    return result.value;
  }
  return {
    organisation: () => read(organisationSchema, ORGANISATION_KEYS.organisation),
    investigator: () => read(investigatorSchema, ORGANISATION_KEYS.investigator),
    saveOrganisation: (input) => save(organisationSchema, ORGANISATION_KEYS.organisation, input),
    saveInvestigator: (input) => save(investigatorSchema, ORGANISATION_KEYS.investigator, input),
  };
}
