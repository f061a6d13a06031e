// What the person services answer across the contract: ManageAccess registrations (the CPAS's repertory lines)
// and IdentifyPerson candidates. Plain data, shared by main, the renderer and the report.
import type { PurposeLabels } from '../domain/access-purposes';
import type { InquiryDate, LocalizedText } from '../domain/inquiry';

/** Where a repertory line comes from: the BCSS's own repertory or the CPAS sector's. */
export type AccessRegister = 'PRIMARY' | 'SECONDARY';

/** A period to register or remove: `to` absent or null = open-ended. ISO dates. */
export interface AccessPeriod {
  from: string;
  to?: string | null;
}

/**
 * Identity data the BCSS checks against the register before it changes anything. `birthDate` is
 * yyyy-MM-dd, or incomplete (yyyy-MM-00, yyyy-00-00) when only part of it is known.
 */
export interface PersonProof {
  lastName: string;
  firstName?: string;
  birthDate: string;
}

export interface RegistrationLine {
  purpose: number;
  /** fr/nl/de labels of the quality code (the code itself when unknown). */
  purposeLabels: PurposeLabels;
  from: string;
  /** Null: still running. */
  to: string | null;
  register: AccessRegister;
  /** The sector (PRIMARY) or the CPAS's CBE (SECONDARY) the line is kept for. */
  orgUnit: string;
}

export interface AccessResult {
  ticketCBSS: string | null;
  /** The NISS the repertory is kept on: the replacement when the NISS asked for was replaced. */
  ssin: string;
  /** Set when the BCSS answered that the NISS was replaced (MSG00006). */
  replacedBy: string | null;
  /** REGISTER: the NISS's lines for the code afterwards; UNREGISTER: those left; LIST: those found. */
  lines: RegistrationLine[];
}

export interface CandidateMunicipality {
  nisCode: string;
  postalCode: string | null;
  /** The names the register gives, per language (a language it lacks falls back to French). */
  name: LocalizedText;
}

export interface PersonCandidate {
  ssin: string;
  lastName: string;
  /** As the register writes them, possibly several ("Jean Marc"). */
  firstNames: string;
  /** Possibly incomplete (year or month precision), null when the register has none. */
  birthDate: InquiryDate | null;
  sex: 'M' | 'F' | null;
  /** The municipality of the legal address; null when abroad or unknown. */
  municipality: CandidateMunicipality | null;
  /** NIS code of the country of the legal address (150 = Belgium), null when unknown. */
  countryCode: string | null;
  /** Where the data comes from: the National Register or the BCSS registers (BIS numbers). */
  origin: 'NATIONAL_REGISTER' | 'BCSS_REGISTER' | null;
}

export interface IdentifyResult {
  ticketCBSS: string | null;
  candidates: PersonCandidate[];
  /** The service returned as many as allowed: there may be more; the search should be narrowed. */
  mayHaveMore: boolean;
  /** Set when a search by NISS hit a replaced number (MSG00006): the candidate carries the new one. */
  replacedBy: string | null;
}
