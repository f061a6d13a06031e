// The Inquiry model: one normalised answer (Social Inquiry, completed by ListOfAttestation) as lanes of
// periods. The renderer, the vault and the report all read this and nothing else.
import type { InquirySupplements } from './supplements';
import type { EnvironmentName } from './environments';
import type { Period } from './period';
import type { InquiryDate, LocalizedText } from './values';

export type { InquiryDate, LocalizedText };

export const LANES = [
  'residence',
  'organisation',
  'status',
  'forms',
  'piis',
  'art35',
  'artistic',
  'installationPremium',
] as const;
export type LaneId = (typeof LANES)[number];

/** Sub-lanes of the lanes that have some; the others have one implicit sub-lane (null). */
export const SUB_LANES = {
  residence: ['nationality', 'register', 'municipality'],
  forms: ['RIS', 'LOI65', 'ORGANIC'],
} as const satisfies Partial<Record<LaneId, readonly string[]>>;
export type SubLaneId = (typeof SUB_LANES)[keyof typeof SUB_LANES][number];

export type Role = 'MAIN_BENEFICIARY' | 'PARTNER';
export type SourceService = 'SocialInquiry' | 'ListOfAttestation';

/** One attribute shown in the detail panel and the report, labelled through the i18n key `detail.<key>`. */
export type InquiryDetail =
  | { key: DetailKey; kind: 'text'; text: string }
  | { key: DetailKey; kind: 'localized'; text: LocalizedText }
  | { key: DetailKey; kind: 'date'; date: InquiryDate }
  | { key: DetailKey; kind: 'period'; begin: InquiryDate; end: InquiryDate | null }
  | { key: DetailKey; kind: 'flag'; value: boolean }
  | { key: DetailKey; kind: 'niss'; niss: string }
  | { key: DetailKey; kind: 'organisation'; id: string; name: string };

export const DETAIL_KEYS = [
  'origin',
  'placeKind',
  'postalCode',
  'municipalityCode',
  'country',
  'organisationKind',
  'organisation',
  'statusDetail',
  'parentProcedure',
  'parentNiss',
  'legalBasis',
  'formType',
  'sendingCpas',
  'declaredPeriod',
  'recalculatedPeriod',
  'role',
  'aidType',
  'blocked',
  'blockingReason',
  'blockingCpas',
  'fraud',
  'decisionDate',
  'reference',
  'extension',
  'cpas',
  'firstExemption',
  'exemptedDays',
  /** Legacy: inquiries saved before the art. 35 counter carry months used; kept so they still open. */
  'monthsUsed',
  'year',
  'exemptionKind',
  'piisKind',
  'attestationStatus',
] as const;
export type DetailKey = (typeof DETAIL_KEYS)[number];

/**
 * An art. 35 cycle exempts at most 36 months of work income within 72, counted in days. Every art. 35 item
 * carries the person's counter: `firstExemption` (the first day of the current cycle, a date) and
 * `exemptedDays` (a text "days / 1096").
 */
export const ART35_MAX_DAYS = 1096;

export interface InquiryItem {
  /** Stable within one inquiry (lane + index), used by the UI to select an item. */
  id: string;
  lane: LaneId;
  subLane: SubLaneId | null;
  begin: InquiryDate;
  /** null: open, ongoing (no end date, or 9999-12-31 in the answer). */
  end: InquiryDate | null;
  code: string;
  label: LocalizedText;
  source: SourceService;
  /** What the timeline must make visible at a glance (not by colour alone). */
  markers: {
    blocked: boolean;
    fraud: boolean;
    role: Role | null;
    parentProcedure: boolean;
  };
  details: InquiryDetail[];
}

export interface BcssCallRecord {
  service: SourceService;
  /** Our ticket (informationCustomer.ticket). */
  ticket: string;
  /** The BCSS's ticket (informationCBSS.ticketCBSS): the service desk asks for it. */
  ticketCBSS: string | null;
  /** ListOfAttestation request type, when applicable. */
  requestType?: string;
}

/** The ListOfAttestation request types that complete sections 5 to 8 (a version-1 answer), and their lanes. */
export const ATTESTATION_SECTIONS = {
  GPMI_PIIS: 'piis',
  EXONERATIONSART35: 'art35',
  EXONERATIONS: 'artistic',
  PRIME_INSTALLATION: 'installationPremium',
} as const satisfies Record<string, LaneId>;
export type AttestationSection = keyof typeof ATTESTATION_SECTIONS;
export const ATTESTATION_SECTION_TYPES = Object.keys(ATTESTATION_SECTIONS) as [
  AttestationSection,
  ...AttestationSection[],
];

/** Why a section is missing: the failure as the desk says it (a DeskError's code, message key and details). */
export interface MissingReason {
  code: string;
  messageKey: string;
  details?: Record<string, string | number | boolean | null>;
}

/**
 * A section the BCSS did not give (its ListOfAttestation call failed after its retries: no answer, a fault, a
 * refusal, an unreadable answer). The rest of the inquiry stands; the section can be asked again.
 */
export interface MissingSection {
  requestType: AttestationSection;
  lane: LaneId;
  reason: MissingReason;
  /** When the last try failed (ISO). */
  failedAt: string;
}

export interface Inquiry {
  id: string;
  request: { niss: string; period: Period; legalContext: string; cbe: string };
  /** The NISS the answer is about: differs from the request's when the NISS was replaced. */
  finalNiss: string;
  nissReplaced: boolean;
  consultedAt: string;
  environment: EnvironmentName;
  /** 1: the answer held sections 1-4 only, 5-8 came from ListOfAttestation. */
  answerVersion: 1 | 2;
  calls: BcssCallRecord[];
  /** DATA_FOUND or NO_DATA_FOUND (MSG00100): the latter is a valid, empty inquiry. */
  dataFound: boolean;
  items: InquiryItem[];
  /**
   * Sections whose completion failed: shown as "not available", never as empty. Absent or empty when the
   * inquiry is complete (inquiries saved before partial answers existed have none).
   */
  missing?: MissingSection[];
  /** Consultations of other services made from this inquiry's result (register extract, foreigner situation). */
  supplements?: InquirySupplements;
}

export const INQUIRY_STEPS = [
  'validating',
  'socialInquiry',
  'attestations',
  'normalising',
  'done',
] as const;
export type InquiryStep = (typeof INQUIRY_STEPS)[number];

/** The sections the BCSS did not give, none for a complete inquiry. */
export function missingSections(inquiry: Pick<Inquiry, 'missing'>): MissingSection[] {
  return inquiry.missing ?? [];
}

/** Bounds already worked out, per date object: sorting thousands of periods asks for each many times. */
const knownBounds = new WeakMap<InquiryDate, DateBounds>();

export interface DateBounds {
  readonly first: string;
  readonly last: string;
}

/** Where an incomplete date starts and ends, for drawing and for overlap tests. */
export function dateBounds(date: InquiryDate): DateBounds {
  let bounds = knownBounds.get(date);
  if (!bounds) {
    bounds = boundsOf(date);
    knownBounds.set(date, bounds);
  }
  return bounds;
}

function boundsOf(date: InquiryDate): DateBounds {
  const [year, month] = date.value.split('-');
  if (date.precision === 'year') return { first: `${year}-01-01`, last: `${year}-12-31` };
  if (date.precision === 'month') {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return {
      first: `${year}-${month}-01`,
      last: `${year}-${month}-${String(days).padStart(2, '0')}`,
    };
  }
  return { first: date.value, last: date.value };
}
