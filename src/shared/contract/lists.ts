// The Nova+ lists across the door: the list server's settings (the password goes in, never out), fetch and import
// outcomes, the pages of rows a tab shows, the statements' totals, and the events shown beside a person.
import { z } from 'zod';
import type { DeskError } from './errors';
import {
  LIST_KINDS,
  LEGAL_BASES,
  type ListHeader,
  type ListKind,
  type ListRow,
} from '../domain/nova-lists';

export const listServerInputSchema = z.object({
  protocol: z.enum(['ftps', 'sftp']),
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65535),
  directory: z.string().trim().min(1).max(500),
  user: z.string().trim().min(1).max(200),
  /** FTPS: a PEM bundle of CAs to trust beside the system's. */
  caPem: z.string().max(200_000).optional(),
  /** Sent once, kept encrypted in main; null removes it, absent keeps it. */
  password: z.string().max(400).nullable().optional(),
});
export type ListServerInput = z.infer<typeof listServerInputSchema>;

export interface ListServerView {
  protocol: 'ftps' | 'sftp';
  host: string;
  port: number;
  directory: string;
  user: string;
  passwordSet: boolean;
  caPemSet: boolean;
  /** SFTP: the pinned host key; null until the user confirmed one. */
  hostKeyFingerprint: string | null;
  /** The demo environment's server (the simulator's), set by the app itself. */
  demo: boolean;
}

export interface ImportedListFileView {
  name: string;
  kind: ListKind;
  rows: number;
  importedAt: string;
  source: 'fetch' | 'import';
  header: ListHeader;
}

export interface ListsStatus {
  /** The active environment's list server; null when none is set. */
  server: ListServerView | null;
  lastFetchAt: string | null;
  /** Why the automatic fetch at start failed, if it did. */
  lastAutoFetchError: DeskError | null;
  files: ImportedListFileView[];
  retentionDays: number;
}

/** A file refused whole: its name, line and reason (the message is built from these). */
export interface ListRefusalView {
  file: string;
  line: number;
  reason: string;
  field?: string;
  value?: string;
}

export interface ListImportOutcome {
  imported: { name: string; kind: ListKind; rows: number }[];
  /** Already imported (same name and content): nothing imported twice. */
  already: string[];
  refused: ListRefusalView[];
}

export const listSortFields = ['date', 'niss', 'legalBasis', 'dossier', 'code', 'amount'] as const;

export const listQuerySchema = z.object({
  kind: z.enum(LIST_KINDS),
  sort: z.enum(listSortFields).default('date'),
  descending: z.boolean().default(true),
  /** NISS (any format), dossier or form reference, code: a fragment. */
  text: z.string().max(100).optional(),
  legalBasis: z.enum(LEGAL_BASES).optional(),
  /** Daily lists: a date 'YYYY-MM-DD'; monthly: a month 'YYYY-MM'. */
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ListQuery = z.input<typeof listQuerySchema>;

export interface ListPage {
  rows: ListRow[];
  total: number;
}

export interface MonthTotals {
  month: string;
  dueCents: number;
  recoveredCents: number;
}

export interface StatementTotals {
  /** The twelve months up to the latest closed month, oldest first (months without rows at 0). */
  months: MonthTotals[];
  /** Per month and legal basis, newest month first. */
  byBasis: (MonthTotals & { legalBasis: string })[];
}

export interface RejectionTotals {
  /** The closed months that have a rejection list, newest first. */
  months: string[];
  /** The frequency records of the chosen month, most frequent first. */
  frequencies: { code: string; count: number }[];
}

/** A list event about one person: what a badge and the result's events lane show. */
export interface ListEvent {
  niss: string;
  kind: 'blocking' | 'status';
  date: string;
  action: 'BLOCK' | 'UNBLOCK' | null;
  reason: 'OVERLAP' | 'A_POSTERIORI' | null;
  otherCpasName: string | null;
  previousStatus: string | null;
  newStatus: string | null;
  formReference: string | null;
}

/** A followed person (in a saved inquiry or in the CPAS's repertory) with their latest list event. */
export interface FollowUp {
  niss: string;
  personName: string | null;
  /** The newest saved inquiry of the person; null for a person known only from the repertory. */
  savedInquiryId: string | null;
  /** Registered in the CPAS's repertory (as the app's own ManageAccess answers last said). */
  inRepertory: boolean;
  event: ListEvent;
}
