// The shape of a synthetic person: identity, register state, and the eight Social Inquiry timelines the services answer from.
import type {
  AidTypeCode,
  Art35Kind,
  CivilStateCode,
  CountryCode,
  FamilyRoleCode,
  LegalBasis,
  MunicipalityKey,
  PiisKind,
  ReceptionStructureCode,
  RegisterCode,
  StatusCode,
  StatusDetailCode,
  Labels,
} from './codes';

export type { Labels };

/** 'YYYY-MM-DD', or incomplete as the National Register writes it: 'YYYY-MM-00', 'YYYY-00-00'. */
export type IncompleteDate = string;
/** A complete 'YYYY-MM-DD' date (SPP IS's own records: forms, PIIS, exemptions, premiums). */
export type IsoDate = string;

export type Origin =
  'NATIONAL_REGISTER' | 'BCSS_REGISTER' | 'IMMIGRATION_OFFICE' | 'FEDASIL' | 'SPP_IS';

/** A period of the National Register's kind: no end = still running; '9999-12-31' means the same. */
export interface Span {
  begin: IncompleteDate;
  end?: IncompleteDate;
}

export interface IsoSpan {
  begin: IsoDate;
  end?: IsoDate;
}

export interface NationalityPeriod extends Span {
  country: CountryCode;
  origin: Origin;
}

export interface RegisterPeriod extends Span {
  register: RegisterCode;
  origin: Origin;
}

export type ResidencePlace =
  | { kind: 'MUNICIPALITY'; municipality: MunicipalityKey }
  | { kind: 'ABROAD'; country: CountryCode }
  | { kind: 'STRUCK_OFF' };

export interface ResidencePeriod extends Span {
  place: ResidencePlace;
  origin: Origin;
}

/** TI 207: a CPAS (by CBE) or a reception structure (by code) in charge. */
export type InCharge =
  { kind: 'CPAS'; cbe: string } | { kind: 'STRUCTURE'; code: ReceptionStructureCode };

export interface InChargePeriod extends Span {
  organisation: InCharge;
  origin: Origin;
}

export interface StatusPeriod extends Span {
  status: StatusCode;
  detail?: StatusDetailCode;
  origin: Origin;
  /** Present when the status derives from a parent's procedure; the parent's NISS when known. */
  parentProcedure?: { parentNiss?: string };
}

export type Role = 'MAIN_BENEFICIARY' | 'PARTNER';
export type BlockingReason = 'OVERLAP' | 'A_POSTERIORI';

export interface FormRecord {
  /** SPP IS's reference of the form; the same on the main beneficiary's and the partner's copy. */
  reference: string;
  legalBasis: LegalBasis;
  /** A key of FORM_TYPES[legalBasis]. */
  formType: string;
  /** CBE of the CPAS that sent the form. */
  cpas: string;
  declared: IsoSpan;
  /** What SPP IS retained; absent when not (yet) recalculated. */
  recalculated?: IsoSpan;
  role: Role;
  aidTypes: AidTypeCode[];
  blocked?: { reason: BlockingReason; otherCpas?: string };
  fraud?: boolean;
  decisionDate?: IsoDate;
  /** When SPP IS registered the form. */
  entryDate: IsoDate;
}

export interface PiisRecord extends IsoSpan {
  kind: PiisKind;
  /** The prolongation: it begins the day after the PIIS ends. */
  extension?: IsoSpan;
  cpas: string;
  reference: string;
  decisionDate: IsoDate;
}

/**
 * One art. 35 exemption, always for a fixed period. The person's counter (first exemption of the current
 * cycle, days exempted in it) is derived from all of them: services/art35-counter.ts.
 */
export interface Art35Record extends IsoSpan {
  end: IsoDate;
  kind: Art35Kind;
  cpas: string;
  reference: string;
  entryDate: IsoDate;
}

export interface ArtisticRecord {
  year: number;
  cpas: string;
  reference: string;
  entryDate: IsoDate;
}

export interface PremiumRecord {
  date: IsoDate;
  legalBasis: LegalBasis;
  cpas: string;
  reference: string;
}

/** The eight sections of a Social Inquiry answer, unfiltered. */
export interface PersonaHistory {
  nationalities: NationalityPeriod[];
  registers: RegisterPeriod[];
  residences: ResidencePeriod[];
  inCharge: InChargePeriod[];
  statuses: StatusPeriod[];
  forms: FormRecord[];
  piis: PiisRecord[];
  art35: Art35Record[];
  artistic: ArtisticRecord[];
  premiums: PremiumRecord[];
}

/** The person in the registers, as the BCSS sees it before any data is looked up. */
export type RegisterState =
  | { kind: 'active' }
  /** The NISS is valid but in no register: MSG00005. */
  | { kind: 'absent' }
  | { kind: 'cancelled'; date: IsoDate }
  /** The NISS was replaced by `by`; the answer is about `by`. */
  | { kind: 'replaced'; by: string; date: IsoDate }
  | { kind: 'deceased'; date: IncompleteDate };

export type StatusValue = 'DATA_FOUND' | 'NO_DATA_FOUND' | 'NO_RESULT';

/** The codes a Social Inquiry for the persona answers with (DOMAIN.md §4). */
export type ExpectedCode =
  | 'MSG00000'
  | 'MSG00005'
  | 'MSG00007'
  | 'MSG00008'
  | 'MSG00009'
  | 'MSG00012'
  | 'MSG00013'
  | 'MSG00014'
  | 'MSG00100';

/** Codes the simulator answers for a persona whatever the request, so a demo can show them. */
export type SimulatedCode = 'MSG00008' | 'MSG00013' | 'MSG00014';

/** TI 120: a civil state from a date (our model of the National Register's codes: CIVIL_STATES). */
export interface CivilStatePeriod extends Span {
  state: CivilStateCode;
  /** The spouse's NISS, for a marriage. */
  spouseNiss?: string;
}

/**
 * TI 140 / 141: the household. A reference person's file lists each member (TI 140, one entry per member);
 * a member's file names the reference person (TI 141).
 */
export interface HouseholdPeriod extends Span {
  /** 'REFERENCE': this person heads the household and `otherNiss` is a member; 'MEMBER': `otherNiss` heads it. */
  position: 'REFERENCE' | 'MEMBER';
  /** The member's role in the household (FAMILY_ROLES): the other person's for a reference person, one's own for a member. */
  role: FamilyRoleCode;
  otherNiss: string;
}

/** What only the National Register extract (Tx25) shows beyond Social Inquiry's section 1. */
export interface RegisterExtras {
  civilStates: CivilStatePeriod[];
  household: HouseholdPeriod[];
}

/**
 * TI 197 / 198: an employment card or a work permit as the municipality recorded it. `end` is when the
 * record was closed; `expiry` the date the document expires ('9999-00-00': indefinite, 00/00/9999 in the register).
 */
export interface WorkDocument {
  number: string;
  inception: IncompleteDate;
  end?: IncompleteDate;
  expiry: IncompleteDate;
  /** Duplicate's order number (employment cards only). */
  duplicate?: number;
  comment?: string;
}

/** TI 202: the residence reason (code of RESIDENCE_REASONS) and who opens the right to family reunification. */
export interface SpecialInfo {
  inception: IncompleteDate;
  expiry?: IncompleteDate;
  reason: string;
  /** The NISS of the person opening the right to family reunification, when there is one. */
  reunificationWith?: string;
  comment?: string;
}

/** ForeignerSituation's data for a person (DOMAIN.md §6). */
export interface ForeignerRecords {
  employmentCards: WorkDocument[];
  workPermits: WorkDocument[];
  specialInfos: SpecialInfo[];
}

export interface Persona {
  /** Stable identifier, e.g. 'belgian-ris'. */
  key: string;
  /** 11 digits, valid per parseNiss (National Register or BIS number). */
  niss: string;
  lastName: string;
  firstName: string;
  /** As the NISS encodes it: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or null. */
  birthDate: string | null;
  sex: 'M' | 'F' | null;
  /** One line: what the case shows an investigator. */
  teaches: Labels;
  /** What a Social Inquiry with a well-formed request (legal context PCSA:SOCIAL_INQUIRY, the demo CPAS) answers. */
  expected: { value: StatusValue; code: ExpectedCode };
  registerState: RegisterState;
  /** CBE numbers of the CPAS for which the BCSS has the person integrated (ManageAccess). */
  integratedFor: string[];
  /** Null when the person has no data behind the register state (absent, cancelled, deceased). */
  history: PersonaHistory | null;
  /**
   * A demo switch: the simulator answers this code for this person whatever the request, so an app that
   * never sends a wrong legal context, CBE or period can still show how it handles the code.
   */
  simulate?: SimulatedCode;
  /** How a real request produces the code (for the codes a request, not a person, causes). */
  trigger?: string;
  /** Civil state and household, for the persons where the register would plausibly show them. */
  registerExtras?: RegisterExtras;
  /** Employment cards, work permits and residence reasons, for the foreigners who have them. */
  foreigner?: ForeignerRecords;
}

export function emptyHistory(): PersonaHistory {
  return {
    nationalities: [],
    registers: [],
    residences: [],
    inCharge: [],
    statuses: [],
    forms: [],
    piis: [],
    art35: [],
    artistic: [],
    premiums: [],
  };
}

/** The number of periods over the eight sections (a benchmark's measure of a person's weight). */
export function periodCount(history: PersonaHistory): number {
  return (
    history.nationalities.length +
    history.registers.length +
    history.residences.length +
    history.inCharge.length +
    history.statuses.length +
    history.forms.length +
    history.piis.length +
    history.art35.length +
    history.artistic.length +
    history.premiums.length
  );
}
