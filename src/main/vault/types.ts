// The vault's public data shapes: saved-inquiry summaries, damage reports, audit entries.
import type { EnvironmentName } from '../../shared/api/contract';
import type { Period } from '../../shared/period';

/** One line of the saved-inquiries list: enough to find and recognise an inquiry without opening it. */
export interface InquirySummary {
  id: string;
  /** The NISS the answer is about (differs from `requestedNiss` when the NISS was replaced). */
  finalNiss: string;
  requestedNiss: string;
  /** As the investigator entered or confirmed it when saving; null when none was given. */
  personName: string | null;
  period: Period;
  /** ISO instant of the consultation: the list is sorted on it, newest first, and retention counts from it. */
  consultedAt: string;
  environment: EnvironmentName;
  dataFound: boolean;
}

/** A file the vault could not read (authentication failed, truncated, not a vault record). */
export interface DamagedFile {
  /** Relative to the vault folder, e.g. 'inquiries/3f9c0b….inq'. */
  file: string;
  /** The saved inquiry it should hold, when the index knows it; null when only the file is known. */
  id: string | null;
}

export interface VaultListing {
  /** Newest consultation first; at most `limit` when one was asked. */
  inquiries: InquirySummary[];
  /** How many matched before `limit`. */
  total: number;
  /** Every file known to be unreadable: the UI must say so rather than silently show fewer inquiries. */
  damaged: DamagedFile[];
  /** The index was unreadable and was rebuilt from the inquiry files at this start. */
  indexRepaired: boolean;
}

/** What the caller of a BCSS call knows; the vault adds the OS user and, when absent, the time. */
export interface AuditEntryInput {
  /** ISO instant of the call; defaults to the vault's clock. */
  at?: string;
  /** The investigator's name from the settings. */
  investigator: string;
  /** 'SocialInquiry', 'ListOfAttestation', ... */
  service: string;
  niss: string;
  legalContext: string;
  environment: EnvironmentName;
  /** 'OK', a BCSS status or fault code ('MSG00005'), or a transport failure kind ('timeout'). */
  outcome: string;
  ticketCBSS: string | null;
}

export interface AuditEntry extends AuditEntryInput {
  at: string;
  /** The OS account that ran the app (os.userInfo().username). */
  osUser: string;
}

/** An audit record that could not be read: reported, skipped, never rewritten. */
export interface DamagedAuditRecord {
  file: string;
  /** 1-based line in the file. */
  line: number;
}
