// Composes the vault: unlocks the data key, then saves, lists, opens, removes and purges inquiries, and keeps the audit log.
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Inquiry } from '../../shared/domain/inquiry';
import type { Language } from '../../shared/domain/preferences';
import { checkPeriod } from '../../shared/domain/period';
import { addDays, parseISO } from 'date-fns';
import { auditCsv } from './audit-csv';
import { AUDIT_DIR, createAuditLog, type AuditRead } from './audit-log';
import { unlockDataKey } from './data-key';
import { VaultDamagedError, VaultNotFoundError } from './errors';
import {
  decodeInquiryRecord,
  INQUIRIES_DIR,
  inquiryFileName,
  inquiryPath,
  isInquiryFileName,
  summarize,
  writeInquiryRecord,
  type InquiryRecord,
} from './inquiry-files';
import { createInquiryIndex, JOURNAL_FILE, SNAPSHOT_FILE } from './inquiry-index';
import { deriveKeys, UnreadableRecord } from './record-crypto';
import { retentionCutoff, scheduleDaily, type RetentionSchedule } from './retention';
import type { SecretBox } from './secret-box';
import { createSecretFiles } from './secret-files';
import { createSerialQueue } from './serial-queue';
import { openSealedArea, type SealedArea } from './sealed-area';
import type {
  AuditEntry,
  AuditEntryInput,
  DamagedFile,
  InquirySummary,
  VaultListing,
} from './types';
import {
  DEFAULT_RETENTION_DAYS,
  isRetentionDays,
  readSettings,
  writeSettings,
} from './vault-settings';
import {
  ensureDir,
  listDir,
  nodeFs,
  readFileOrNull,
  removeFile,
  removeTemps,
  syncDir,
  type VaultFs,
} from './vault-fs';

/** The folder the vault keeps its files in, under the data directory it is given. */
export const VAULT_DIR_NAME = 'vault';
const MAX_ID_LENGTH = 128;
const MAX_NAME_LENGTH = 200;

export interface VaultOptions {
  /** The app's per-user data directory; the vault owns `<dataDir>/vault/` and nothing else. */
  dataDir: string;
  secretBox: SecretBox;
  now?: () => Date;
  /** Defaults to os.userInfo().username. */
  osUser?: string;
  /** Test seam: a file system that fails on demand. */
  fs?: VaultFs;
  /** Index journal frames before a compaction into a new snapshot. */
  compactAfter?: number;
}

export type { RetentionInfo } from '../../shared/contract/vault';
import type { AuditExport, RetentionInfo } from '../../shared/contract/vault';

export interface PurgeResult {
  removed: number;
  paused: boolean;
}

export type Vault = Awaited<ReturnType<typeof createVault>>;

export async function createVault(options: VaultOptions) {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const box = options.secretBox;
  const dir = join(options.dataDir, VAULT_DIR_NAME);
  const inquiriesDir = join(dir, INQUIRIES_DIR);

  await ensureDir(fs, dir);
  await ensureDir(fs, inquiriesDir);
  await ensureDir(fs, join(dir, AUDIT_DIR));
  // Leftovers of interrupted writes; those in inquiries/ go when the index first lists that folder.
  await removeTemps(fs, dir);

  const dataKey = await unlockDataKey({
    fs,
    dir,
    box,
    now,
    hasRecords: async () =>
      (await listDir(fs, inquiriesDir)).length > 0 ||
      (await listDir(fs, join(dir, AUDIT_DIR))).length > 0 ||
      (await listDir(fs, dir)).some((name) => name === SNAPSHOT_FILE || name === JOURNAL_FILE),
  });
  const keys = deriveKeys(dataKey);
  // Only the derived keys are needed from here on; the fewer copies of key material, the better.
  dataKey.fill(0);

  const settingsRead = await readSettings(fs, dir, keys.records);
  let retentionDays = settingsRead.ok
    ? settingsRead.settings.retentionDays
    : DEFAULT_RETENTION_DAYS;
  let retentionPaused = !settingsRead.ok;
  let schedule: RetentionSchedule | null = null;
  let closed = false;

  const queue = createSerialQueue();
  const secrets = createSecretFiles(fs, dir, keys);
  const index = createInquiryIndex({
    fs,
    dir,
    recordsKey: keys.records,
    compactAfter: options.compactAfter ?? 500,
    async readEntry(file) {
      const data = await fs.readFile(join(inquiriesDir, file));
      const record = decodeInquiryRecord(keys, file, data);
      return { file, summary: summarize(record.inquiry, record.personName) };
    },
  });
  let loading: Promise<void> | null = null;

  /** One saved record, decrypted and checked; a damaged one is marked so in the index and reported by name. */
  async function readRecord(id: string): Promise<{ file: string; record: InquiryRecord }> {
    const file = inquiryFileName(keys, id);
    const data = await readFileOrNull(fs, join(inquiriesDir, file));
    if (data === null) throw new VaultNotFoundError(id);
    try {
      const record = decodeInquiryRecord(keys, file, data);
      if (record.inquiry.id !== id) throw new UnreadableRecord('id mismatch');
      return { file, record };
    } catch (error) {
      if (!(error instanceof UnreadableRecord)) throw error;
      index.markDamaged(file, id);
      throw new VaultDamagedError(inquiryPath(file), { cause: error });
    }
  }

  /** The index is read on first need, so opening the vault to save or open one inquiry stays cheap. */
  function ensureIndex(): Promise<void> {
    loading ??= queue.run(() => index.load());
    // A failed load (I/O error) is retried by the next call instead of sticking.
    loading.catch(() => (loading = null));
    return loading;
  }

  function assertOpen(): void {
    if (closed) throw new Error('The vault is closed');
  }

  async function removeFiles(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      await fs.unlink(join(inquiriesDir, inquiryFileName(keys, id))).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      });
    }
    // One folder sync for the whole batch: a purge of a thousand files need not wait for a thousand.
    await syncDir(fs, inquiriesDir);
    await index.remove([...ids]);
  }

  // Audit appends have their own queue: a call's entry need not wait behind an index compaction.
  const auditQueue = createSerialQueue();
  const audit = createAuditLog({
    fs,
    vaultDir: dir,
    recordsKey: keys.records,
    now,
    osUser: options.osUser ?? currentOsUser(),
    queue: auditQueue,
  });

  function retentionInfo(): RetentionInfo {
    return {
      days: retentionDays,
      nextPurgeAt: schedule ? schedule.nextAt().toISOString() : null,
      paused: retentionPaused,
    };
  }

  async function purge(): Promise<PurgeResult> {
    assertOpen();
    await ensureIndex();
    return queue.run(async () => {
      if (retentionPaused) return { removed: 0, paused: true };
      const cutoff = retentionCutoff(now(), retentionDays).getTime();
      const expired = index
        .summaries()
        .filter((summary) => Date.parse(summary.consultedAt) < cutoff)
        .map((summary) => summary.id);
      if (expired.length > 0) await removeFiles(expired);
      // An unreadable file of unknown id still holds personal data: it expires by its file date.
      let removedDamaged = 0;
      for (const damaged of index.damaged()) {
        if (damaged.id !== null) continue;
        const stat = await fs.stat(join(dir, damaged.file)).catch(() => null);
        if (stat && stat.mtimeMs < cutoff) {
          await removeFile(fs, inquiriesDir, damaged.file.slice(INQUIRIES_DIR.length + 1));
          index.forgetDamaged(damaged.file);
          removedDamaged += 1;
        }
      }
      return { removed: expired.length + removedDamaged, paused: false };
    });
  }

  return {
    /** Which box protects the key: 'key-file' is weaker, and the UI must say so. */
    protection: { kind: box.kind, backend: box.backend } as const,

    /**
     * Saves (or replaces, same id) an inquiry with the name the investigator gave the person.
     * Resolves once the inquiry file and its index entry are durable.
     */
    async save(inquiry: Inquiry, meta: { personName?: string } = {}): Promise<InquirySummary> {
      assertOpen();
      checkInquiry(inquiry);
      const personName = cleanName(meta.personName);
      await ensureIndex();
      return queue.run(async () => {
        const file = inquiryFileName(keys, inquiry.id);
        const existed = index.fileOf(inquiry.id) !== undefined;
        const record: InquiryRecord = {
          format: 1,
          savedAt: now().toISOString(),
          personName,
          inquiry,
        };
        await writeInquiryRecord(fs, dir, keys, file, record);
        const summary = summarize(inquiry, personName);
        try {
          await index.put({ file, summary });
        } catch (error) {
          // A new inquiry that could not be indexed is withdrawn, so a failed save leaves nothing behind.
          if (!existed) await removeFile(fs, inquiriesDir, file).catch(() => undefined);
          throw error;
        }
        return summary;
      });
    },

    /** Summaries, newest consultation first, filtered by a NISS fragment (any format) or name words. */
    async list(query: { search?: string; limit?: number } = {}): Promise<VaultListing> {
      assertOpen();
      if (query.limit !== undefined && !(Number.isInteger(query.limit) && query.limit >= 0)) {
        throw new TypeError('limit must be a non-negative integer');
      }
      await ensureIndex();
      return index.list(query);
    },

    /** The stored inquiry, exactly. Decrypts that one file only; needs no index. */
    async open(id: string): Promise<Inquiry> {
      assertOpen();
      return (await readRecord(id)).record.inquiry;
    },

    /**
     * Rewrites a saved inquiry through `change` (e.g. to attach a later consultation to it), keeping the
     * person's name it was saved with. Resolves with the inquiry as stored.
     */
    async update(id: string, change: (inquiry: Inquiry) => Inquiry): Promise<Inquiry> {
      assertOpen();
      await ensureIndex();
      return queue.run(async () => {
        const { file, record } = await readRecord(id);
        const inquiry = change(record.inquiry);
        checkInquiry(inquiry);
        if (inquiry.id !== id) throw new TypeError('invalid inquiry: id changed');
        await writeInquiryRecord(fs, dir, keys, file, {
          ...record,
          savedAt: now().toISOString(),
          inquiry,
        });
        await index.put({ file, summary: summarize(inquiry, record.personName) });
        return inquiry;
      });
    },

    /**
     * Gives a saved inquiry the person's name the investigator typed (added or corrected); an empty name goes
     * back to the register's, when the extract was consulted. The inquiry itself is unchanged.
     */
    async rename(id: string, personName: string): Promise<InquirySummary> {
      assertOpen();
      await ensureIndex();
      return queue.run(async () => {
        const { file, record } = await readRecord(id);
        const name = cleanName(personName);
        await writeInquiryRecord(fs, dir, keys, file, {
          ...record,
          savedAt: now().toISOString(),
          personName: name,
        });
        const summary = summarize(record.inquiry, name);
        await index.put({ file, summary });
        return summary;
      });
    },

    /** Resolves true when there was such an inquiry. */
    async remove(id: string): Promise<boolean> {
      assertOpen();
      await ensureIndex();
      return queue.run(async () => {
        const known = index.fileOf(id) !== undefined;
        await removeFiles([id]);
        return known;
      });
    },

    /** Deletes every saved inquiry (damaged ones included) and the index. The audit log stays. */
    async removeAll(): Promise<number> {
      assertOpen();
      await ensureIndex();
      return queue.run(async () => {
        const names = await listDir(fs, inquiriesDir);
        for (const name of names) {
          await fs.unlink(join(inquiriesDir, name)).catch(() => undefined);
        }
        await syncDir(fs, inquiriesDir);
        await index.clear();
        return names.filter(isInquiryFileName).length;
      });
    },

    /** Deletes a damaged file reported by list() or verify(); refuses any other path. */
    async removeDamaged(file: string): Promise<void> {
      assertOpen();
      await ensureIndex();
      await queue.run(async () => {
        const entry = index.damaged().find((damaged) => damaged.file === file);
        if (!entry) throw new TypeError('not a damaged vault file');
        await removeFile(fs, inquiriesDir, file.slice(INQUIRIES_DIR.length + 1));
        index.forgetDamaged(file);
        if (entry.id !== null) await index.remove([entry.id]);
      });
    },

    /** Decrypts every saved inquiry to find damaged files (slow: for a background check at start). */
    async verify(): Promise<DamagedFile[]> {
      assertOpen();
      await ensureIndex();
      for (const summary of index.summaries()) {
        const file = index.fileOf(summary.id);
        if (file === undefined || index.isDamaged(inquiryPath(file))) continue;
        const data = await readFileOrNull(fs, join(inquiriesDir, file));
        if (data === null) continue;
        try {
          decodeInquiryRecord(keys, file, data);
        } catch (error) {
          if (!(error instanceof UnreadableRecord)) throw error;
          index.markDamaged(file, summary.id);
        }
      }
      return index.damaged();
    },

    retention: retentionInfo,

    /** Stores the retention period (whole days, 1-3650). The next purge applies it. */
    async setRetentionDays(days: number): Promise<RetentionInfo> {
      assertOpen();
      if (!isRetentionDays(days))
        throw new RangeError('retention days must be an integer in 1..3650');
      await queue.run(() => writeSettings(fs, dir, keys.records, { retentionDays: days }));
      retentionDays = days;
      retentionPaused = false;
      return retentionInfo();
    },

    /** Removes the inquiries consulted more than the retention period ago, and nothing else. */
    purge,

    /** Purges now, then daily; returns the stop function. Timers never keep the process alive. */
    startRetention(
      handlers: {
        onError?: (error: unknown) => void;
        onPurged?: (result: PurgeResult) => void;
      } = {},
    ): () => void {
      assertOpen();
      schedule?.stop();
      const current = scheduleDaily({
        now,
        run: async () => handlers.onPurged?.(await purge()),
        onError: handlers.onError ?? (() => undefined),
      });
      schedule = current;
      return () => {
        current.stop();
        if (schedule === current) schedule = null;
      };
    },

    /**
     * A folder of the vault for another module's encrypted data (the Nova+ lists): a key of its own derived from
     * the vault's, the vault's sealing and durable writes. The module owns what it writes there.
     */
    area(name: string): Promise<SealedArea> {
      assertOpen();
      return openSealedArea(fs, dir, keys, name);
    },

    /** Secrets of the settings (SecretStore): sealed under the vault's key, replaced atomically. */
    secrets: {
      put: (name: string, data: Buffer) => {
        assertOpen();
        return queue.run(() => secrets.put(name, data));
      },
      get: (name: string) => {
        assertOpen();
        return secrets.get(name);
      },
      remove: (name: string) => {
        assertOpen();
        return queue.run(() => secrets.remove(name));
      },
    },

    audit: {
      /** Call for every BCSS call, failed ones included; resolves once the entry is durable. */
      append: async (entry: AuditEntryInput): Promise<AuditEntry> => {
        assertOpen();
        return audit.append(entry);
      },
      /** Entries of whole local days `from`..`to` (ISO dates, both included), oldest first. */
      entries: async (range: { from: string; to: string }): Promise<AuditRead> => {
        assertOpen();
        return audit.read(dayRange(range));
      },
      /** The same entries as the CSV file the user receives (BOM, ';', header in `language`), named for its range. */
      export: async (options: {
        from: string;
        to: string;
        language: Language;
      }): Promise<AuditExport> => {
        assertOpen();
        const { entries, damaged } = await audit.read(dayRange(options));
        return {
          csv: auditCsv(entries, options.language),
          rows: entries.length,
          damaged: damaged.length,
          fileName: `inquiry-desk-audit-${options.from}-${options.to}.csv`,
        };
      },
    },

    /** Stops the purge timer, waits for pending writes, and forgets the keys. */
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      schedule?.stop();
      schedule = null;
      await queue.idle();
      await auditQueue.idle();
      keys.records.fill(0);
      keys.names.fill(0);
    },
  };
}

function checkInquiry(inquiry: Inquiry): void {
  // Messages name the field only: a value here may be a NISS, and errors end up in logs.
  const problems: string[] = [];
  if (typeof inquiry?.id !== 'string' || inquiry.id === '' || inquiry.id.length > MAX_ID_LENGTH) {
    problems.push('id');
  }
  if (typeof inquiry?.finalNiss !== 'string') problems.push('finalNiss');
  if (typeof inquiry?.request?.niss !== 'string') problems.push('request.niss');
  if (typeof inquiry?.consultedAt !== 'string' || Number.isNaN(Date.parse(inquiry.consultedAt))) {
    problems.push('consultedAt');
  }
  if (problems.length > 0) throw new TypeError(`invalid inquiry: ${problems.join(', ')}`);
}

function cleanName(name: string | undefined): string | null {
  const cleaned = (name ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
  return cleaned === '' ? null : cleaned;
}

/** Whole local days, both ends included, as the instants [from 00:00, day after `to` 00:00). */
function dayRange(range: { from: string; to: string }): { from: Date; to: Date } {
  const checked = checkPeriod(range.from, range.to);
  if (!checked.ok) throw new RangeError(`invalid date range: ${checked.reason}`);
  return { from: parseISO(range.from), to: addDays(parseISO(range.to), 1) };
}

function currentOsUser(): string {
  try {
    return userInfo().username;
  } catch {
    // userInfo() throws for a user without a passwd entry (some containers); the audit still needs a name.
    return process.env.USERNAME ?? process.env.USER ?? 'unknown';
  }
}
