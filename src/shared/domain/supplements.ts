// What the Tx25 register extract and ForeignerSituation answer, and how a consultation of either is kept with
// the inquiry it completes (saved with it, shown beside its lanes, printed in its report). Plain data.
import type { InquiryDate, LocalizedText } from './values';

/** One value of an information type: a path of element names, its value, and the register's label when it gives one. */
export interface InformationField {
  /** E.g. 'Nationality' (a code with its label), 'Address.ZipCode', 'Spouse.NationalNumber.NationalNumber'. */
  name: string;
  value: string;
  label?: string;
}

/** One entry of the extract, whatever its type: an unknown type is kept, its fields as they came. */
export interface InformationTypeEntry {
  /**
   * The three-digit information type, e.g. '031' (labels: src/shared/register-information-types.ts): the
   * entry's Type attribute, else the type its element is known for, else the element's own name.
   */
  code: string;
  /** The xm25 group it came in, e.g. 'Nationalities' (what an unknown type can still be told by). */
  group: string;
  /** From when the information holds; null when the register gives no date. */
  date: InquiryDate | null;
  /** Until when (DelDate); null: still current. */
  endDate: InquiryDate | null;
  fields: InformationField[];
  /** True when the entry has no end date. */
  current: boolean;
}

export interface RegisterExtract {
  ticketCBSS: string | null;
  /** False when the register holds nothing for the person (NO_DATA_FOUND). */
  found: boolean;
  /** Set when the NISS asked for was replaced: the extract is about this one. */
  replacedBy: string | null;
  history: boolean;
  informationTypes: InformationTypeEntry[];
}

/** An employment card (TI 197) or a work permit (TI 198). */
export interface WorkDocument {
  number: string;
  /** From when it is valid (possibly incomplete). */
  inception: InquiryDate;
  /** When the register closed the record; null: still open. */
  end: InquiryDate | null;
  /** When the document expires; null when indefinite or not given. */
  expiry: InquiryDate | null;
  /** The register's 00/00/9999: granted for an indefinite period. */
  indefinite: boolean;
  comment: string | null;
}

export interface EmploymentCard extends WorkDocument {
  /** The duplicate's order number, when the card is one. */
  duplicate: number | null;
}

export type WorkPermit = WorkDocument;

export interface ForeignerAnswer {
  ticketCBSS: string | null;
  /** The NISS the answer is about (the replacement when the one asked for was replaced). */
  ssin: string;
  replacedBy: string | null;
  /** False for NO_DATA_FOUND: nothing recorded. */
  found: boolean;
}

export interface EmploymentInfos extends ForeignerAnswer {
  employmentCards: EmploymentCard[];
  workPermits: WorkPermit[];
}

/** Who opens the right to family reunification: a NISS, or a fictional number the register gives instead. */
export type ReunificationOpener =
  { kind: 'ssin'; ssin: string } | { kind: 'fictional'; number: string };

/** TI 202. */
export interface SpecialInfo {
  /** When it was issued, renewed or extended. */
  inception: InquiryDate;
  expiry: InquiryDate | null;
  indefinite: boolean;
  comments: string[];
  /** The residence reason (CTMS code) with its labels; null when the entry gives none. */
  reason: { code: string; label: LocalizedText } | null;
  reunificationWith: ReunificationOpener | null;
}

export interface SpecialInfos extends ForeignerAnswer {
  specialInfos: SpecialInfo[];
}

/** A consultation made from an inquiry's result, kept with it. */
interface Consultation {
  /** ISO instant. */
  consultedAt: string;
  /** Our ticket and the BCSS's, per call: the service desk asks for them. */
  calls: { ticket: string; ticketCBSS: string | null }[];
}

export interface RegisterExtractSupplement extends Consultation {
  extract: Omit<RegisterExtract, 'ticketCBSS'>;
}

export interface ForeignerSituationSupplement extends Consultation {
  /** The NISS the answers are about (the replacement when the inquiry's was replaced). */
  ssin: string;
  replacedBy: string | null;
  employmentCards: EmploymentCard[];
  workPermits: WorkPermit[];
  specialInfos: SpecialInfo[];
}

/** What other services added to an inquiry after it was made. */
export interface InquirySupplements {
  registerExtract?: RegisterExtractSupplement;
  foreignerSituation?: ForeignerSituationSupplement;
}
