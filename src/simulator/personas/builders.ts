// Small constructors for persona timelines, shared by the hand-written and the generated persons.
import {
  DEMO_CPAS_CBE,
  type AidTypeCode,
  type CountryCode,
  type MunicipalityKey,
  type ReceptionStructureCode,
  type RegisterCode,
  type StatusCode,
  type StatusDetailCode,
  type LegalBasis,
} from './codes';
import type {
  FormRecord,
  IncompleteDate,
  InChargePeriod,
  IsoDate,
  IsoSpan,
  NationalityPeriod,
  Origin,
  RegisterPeriod,
  ResidencePeriod,
  Role,
  StatusPeriod,
} from './types';

export function nationality(
  country: CountryCode,
  begin: IncompleteDate,
  end?: IncompleteDate,
  origin: Origin = 'NATIONAL_REGISTER',
): NationalityPeriod {
  return withEnd<NationalityPeriod>({ country, begin, origin }, end);
}

export function register(
  code: RegisterCode,
  begin: IncompleteDate,
  end?: IncompleteDate,
  origin: Origin = 'NATIONAL_REGISTER',
): RegisterPeriod {
  return withEnd<RegisterPeriod>({ register: code, begin, origin }, end);
}

export function livesIn(
  municipality: MunicipalityKey,
  begin: IncompleteDate,
  end?: IncompleteDate,
  origin: Origin = 'NATIONAL_REGISTER',
): ResidencePeriod {
  return withEnd<ResidencePeriod>(
    { place: { kind: 'MUNICIPALITY', municipality }, begin, origin },
    end,
  );
}

export function livesAbroad(
  country: CountryCode,
  begin: IncompleteDate,
  end?: IncompleteDate,
  origin: Origin = 'NATIONAL_REGISTER',
): ResidencePeriod {
  return withEnd<ResidencePeriod>({ place: { kind: 'ABROAD', country }, begin, origin }, end);
}

export function struckOff(begin: IncompleteDate, end?: IncompleteDate): ResidencePeriod {
  return withEnd<ResidencePeriod>(
    { place: { kind: 'STRUCK_OFF' }, begin, origin: 'NATIONAL_REGISTER' },
    end,
  );
}

export function cpasInCharge(
  cbe: string,
  begin: IncompleteDate,
  end?: IncompleteDate,
  origin: Origin = 'NATIONAL_REGISTER',
): InChargePeriod {
  return withEnd<InChargePeriod>({ organisation: { kind: 'CPAS', cbe }, begin, origin }, end);
}

export function structureInCharge(
  code: ReceptionStructureCode,
  begin: IncompleteDate,
  end?: IncompleteDate,
  origin: Origin = 'FEDASIL',
): InChargePeriod {
  return withEnd<InChargePeriod>({ organisation: { kind: 'STRUCTURE', code }, begin, origin }, end);
}

export interface StatusOptions {
  end?: IncompleteDate;
  detail?: StatusDetailCode;
  origin?: Origin;
  /** The status derives from a parent's procedure (the parent's NISS, or null when unknown). */
  parent?: string | null;
}

export function status(
  code: StatusCode,
  begin: IncompleteDate,
  options: StatusOptions = {},
): StatusPeriod {
  const period: StatusPeriod = {
    status: code,
    begin,
    origin: options.origin ?? defaultStatusOrigin(code),
  };
  if (options.end !== undefined) period.end = options.end;
  if (options.detail !== undefined) period.detail = options.detail;
  if (options.parent !== undefined) {
    period.parentProcedure = options.parent === null ? {} : { parentNiss: options.parent };
  }
  return period;
}

function defaultStatusOrigin(code: StatusCode): Origin {
  switch (code) {
    case 'BELGIAN':
    case 'EU_CITIZEN':
    case 'REGISTERED_FOREIGNER':
      return 'NATIONAL_REGISTER';
    case 'IRREGULAR_STAY':
      return 'SPP_IS';
    default:
      return 'IMMIGRATION_OFFICE';
  }
}

export interface FormOptions {
  reference: string;
  legalBasis: LegalBasis;
  formType: string;
  cpas?: string;
  declared: IsoSpan;
  /** Defaults to the declared period; null = SPP IS retained nothing (or has not recalculated). */
  recalculated?: IsoSpan | null;
  role?: Role;
  aid?: AidTypeCode[];
  blocked?: FormRecord['blocked'];
  fraud?: boolean;
  decisionDate?: IsoDate;
  /** Defaults to a few days after the decision (or the declared start). */
  entryDate?: IsoDate;
}

export function form(options: FormOptions): FormRecord {
  const record: FormRecord = {
    reference: options.reference,
    legalBasis: options.legalBasis,
    formType: options.formType,
    cpas: options.cpas ?? DEMO_CPAS_CBE,
    declared: options.declared,
    role: options.role ?? 'MAIN_BENEFICIARY',
    aidTypes: options.aid ?? [],
    entryDate: options.entryDate ?? addDays(options.decisionDate ?? options.declared.begin, 3),
  };
  if (options.recalculated !== null) record.recalculated = options.recalculated ?? options.declared;
  if (options.blocked) record.blocked = options.blocked;
  if (options.fraud) record.fraud = true;
  if (options.decisionDate) record.decisionDate = options.decisionDate;
  return record;
}

/** The same form seen from the partner's side: same reference and periods, role PARTNER. */
export function asPartner(record: FormRecord): FormRecord {
  return { ...record, role: 'PARTNER' };
}

export function span(begin: IsoDate, end?: IsoDate): IsoSpan {
  return end === undefined ? { begin } : { begin, end };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first day of the month `months` after the month of `date`. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** The last day of the month of `date`. */
export function endOfMonth(date: IsoDate): IsoDate {
  return addDays(addMonths(date, 1), -1);
}

function withEnd<T extends { end?: IncompleteDate }>(
  period: T,
  end: IncompleteDate | undefined,
): T {
  if (end !== undefined) period.end = end;
  return period;
}
