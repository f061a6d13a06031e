// What the renderer sees of the vault: saved-inquiry summaries, damage reports, retention, protection.
import type { EnvironmentName } from '../domain/environments';
import type { Period } from '../domain/period';

/** One line of the saved-inquiries list: enough to find and recognise an inquiry without opening it. */
export interface SavedInquirySummary {
  id: string;
  /** The NISS the answer is about (differs from `requestedNiss` when the NISS was replaced). */
  finalNiss: string;
  requestedNiss: string;
  /** As the investigator entered it; null when none was given. */
  personName: string | null;
  period: Period;
  /** ISO instant of the consultation: the list is sorted on it, newest first. */
  consultedAt: string;
  environment: EnvironmentName;
  dataFound: boolean;
}

export interface DamagedFile {
  /** Relative to the vault folder, e.g. 'inquiries/3f9c0b….inq'. */
  file: string;
  /** The saved inquiry it should hold, when known. */
  id: string | null;
}

/** How the vault's key is protected: by the OS (DPAPI, Keychain, libsecret) or by a key file (weaker). */
export interface VaultProtection {
  kind: 'os' | 'key-file';
  backend: string;
}

export interface SavedInquiryListing {
  inquiries: SavedInquirySummary[];
  total: number;
  /** Unreadable files: the UI says so rather than silently showing fewer inquiries. */
  damaged: DamagedFile[];
  indexRepaired: boolean;
  protection: VaultProtection;
}

export interface RetentionInfo {
  days: number;
  /** ISO instant of the next automatic purge; null until the daily purge has been scheduled. */
  nextPurgeAt: string | null;
  /** The stored setting is unreadable: purges wait until the period is set again. */
  paused: boolean;
}

export interface AuditExport {
  /** The CSV text: UTF-8 BOM, ';' separator, headers in the UI language. */
  csv: string;
  rows: number;
  /** Audit records that could not be read (damaged): not in the file, and the advisor must know. */
  damaged: number;
  fileName: string;
}
