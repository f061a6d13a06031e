// The audit log of BCSS calls: one encrypted frame per call, appended to a monthly file, never rewritten.
import { join } from 'node:path';
import { sealFrame, UnreadableRecord, unsealFrame } from './record-crypto';
import type { SerialQueue } from './serial-queue';
import {
  AUDIT_ACTIONS,
  type AuditEntry,
  type AuditEntryInput,
  type DamagedAuditRecord,
} from './types';
import { appendFrame, listDir, readFrames, type VaultFs } from './vault-fs';

export const AUDIT_DIR = 'audit';
const SEGMENT_PATTERN = /^(\d{4}-\d{2})\.log$/;
const TEXT_FIELDS = ['investigator', 'service', 'niss', 'legalContext', 'environment', 'outcome'];

export interface AuditLogOptions {
  fs: VaultFs;
  vaultDir: string;
  recordsKey: Buffer;
  now: () => Date;
  osUser: string;
  queue: SerialQueue;
}

export interface AuditRead {
  /** Oldest first. */
  entries: AuditEntry[];
  damaged: DamagedAuditRecord[];
}

export type AuditLog = ReturnType<typeof createAuditLog>;

export function createAuditLog(options: AuditLogOptions) {
  const { fs, recordsKey } = options;
  const dir = join(options.vaultDir, AUDIT_DIR);

  return {
    /** Appends and fsyncs one entry; resolves once it is durable. Throws VaultFullError on a full disk. */
    async append(input: AuditEntryInput): Promise<AuditEntry> {
      const entry = toEntry(input, options.now(), options.osUser);
      // One file per month (by UTC): an export reads only the months it covers, and no file grows forever.
      const segment = `${entry.at.slice(0, 7)}.log`;
      const frame = sealFrame(recordsKey, entry, context(segment));
      await options.queue.run(() => appendFrame(fs, join(dir, segment), frame));
      return entry;
    },

    /** Entries with `from <= at < to`, oldest first; unreadable frames are reported and skipped. */
    async read(range: { from: Date; to: Date }): Promise<AuditRead> {
      const first = range.from.toISOString().slice(0, 7);
      const last = range.to.toISOString().slice(0, 7);
      const from = range.from.getTime();
      const to = range.to.getTime();
      const entries: AuditEntry[] = [];
      const damaged: DamagedAuditRecord[] = [];
      const segments = (await listDir(fs, dir))
        .map((name) => SEGMENT_PATTERN.exec(name)?.[1])
        .filter((month): month is string => month !== undefined && month >= first && month <= last)
        .sort();
      for (const month of segments) {
        const segment = `${month}.log`;
        for (const { line, frame } of await readFrames(fs, join(dir, segment))) {
          let entry: AuditEntry;
          try {
            entry = parseEntry(unsealFrame(recordsKey, frame, context(segment)));
          } catch (error) {
            if (!(error instanceof UnreadableRecord)) throw error;
            damaged.push({ file: `${AUDIT_DIR}/${segment}`, line });
            continue;
          }
          const at = Date.parse(entry.at);
          if (at >= from && at < to) entries.push(entry);
        }
      }
      // Appends follow the clock, but a caller may pass the call's own start time: sort to be sure.
      entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      return { entries, damaged };
    },
  };
}

function toEntry(input: AuditEntryInput, now: Date, osUser: string): AuditEntry {
  for (const field of TEXT_FIELDS) {
    if (typeof (input as unknown as Record<string, unknown>)[field] !== 'string') {
      throw new TypeError(`audit entry: ${field} must be a string`);
    }
  }
  if (input.outcome === '') throw new TypeError('audit entry: outcome is empty');
  if (input.ticketCBSS !== null && typeof input.ticketCBSS !== 'string') {
    throw new TypeError('audit entry: ticketCBSS must be a string or null');
  }
  const action = input.action ?? 'bcss-call';
  if (!AUDIT_ACTIONS.includes(action)) throw new TypeError('audit entry: unknown action');
  const at = input.at === undefined ? now : new Date(input.at);
  if (Number.isNaN(at.getTime())) throw new TypeError('audit entry: at is not a date');
  return {
    action,
    at: at.toISOString(),
    osUser,
    investigator: input.investigator,
    service: input.service,
    niss: input.niss,
    legalContext: input.legalContext,
    environment: input.environment,
    outcome: input.outcome,
    ticketCBSS: input.ticketCBSS,
  };
}

function parseEntry(value: unknown): AuditEntry {
  const entry = value as Partial<AuditEntry> | null;
  if (
    typeof entry?.at !== 'string' ||
    typeof entry.osUser !== 'string' ||
    TEXT_FIELDS.some((field) => typeof (entry as Record<string, unknown>)[field] !== 'string')
  ) {
    throw new UnreadableRecord('not an audit entry');
  }
  // Entries from before exports were audited carry no action: they are all BCSS calls.
  const action = entry.action ?? 'bcss-call';
  if (!AUDIT_ACTIONS.includes(action)) throw new UnreadableRecord('unknown audit action');
  return { ...(entry as AuditEntry), action };
}

/** Binds each frame to its file: a frame pasted into another month's file is rejected. */
function context(segment: string): string {
  return `audit:${segment}`;
}
