// The vault's public data shapes: saved-inquiry summaries, damage reports, audit entries.
import type { EnvironmentName } from '../../shared/contract/contract';

// The renderer reads the same shapes: they live in src/shared/vault.ts.
export type {
  SavedInquirySummary as InquirySummary,
  DamagedFile,
} from '../../shared/contract/vault';
import type {
  SavedInquirySummary as InquirySummary,
  DamagedFile,
} from '../../shared/contract/vault';

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

/**
 * What the entry records: a BCSS call, or the inquiry's data leaving the app as a file or on paper.
 * Entries written before exports were audited have none: they are BCSS calls.
 */
export const AUDIT_ACTIONS = [
  'bcss-call',
  'export-pdf',
  'export-csv',
  'export-json',
  'print',
  // The Nova+ lists: a fetch from the list server, or files imported by hand.
  'lists-fetch',
  'lists-import',
  /** The person's name on a saved inquiry added or corrected by the investigator. */
  'rename',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What the caller of a BCSS call knows; the vault adds the OS user and, when absent, the time. */
export interface AuditEntryInput {
  /** Default 'bcss-call'. */
  action?: AuditAction;
  /** ISO instant of the call; defaults to the vault's clock. */
  at?: string;
  /** The investigator's name from the settings. */
  investigator: string;
  /** 'SocialInquiry', 'ListOfAttestation', ...; '' for an export or a print (no BCSS service involved). */
  service: string;
  niss: string;
  legalContext: string;
  environment: EnvironmentName;
  /**
   * 'OK', a BCSS status or fault code ('MSG00005'), or a transport failure kind ('timeout'); for an
   * export or a print: 'saved', 'downloaded', 'opened', 'printed' or 'cancelled'.
   */
  outcome: string;
  /** For an export or a print, that of the consultation the exported data came from. */
  ticketCBSS: string | null;
}

export interface AuditEntry extends AuditEntryInput {
  action: AuditAction;
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
