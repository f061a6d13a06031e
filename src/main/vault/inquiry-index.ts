// The encrypted index of saved-inquiry summaries: a snapshot plus an append-only journal, held in memory once loaded.
//
// The inquiry files are the truth; the index is a cache of their summaries, reconciled with the folder
// at every load: a file the index misses (crash between file and journal, lost journal frame, damaged
// snapshot) is decrypted and indexed, an entry whose file is gone is dropped. So no index damage can
// lose an inquiry; at worst it costs one rebuild.
import { join } from 'node:path';
import { isInquiryFileName, inquiryPath, INQUIRIES_DIR } from './inquiry-files';
import { sealFrame, sealJson, UnreadableRecord, unsealFrame, unsealJson } from './record-crypto';
import { compileSearch, searchKeys, type SearchKeys } from './search';
import type { DamagedFile, InquirySummary, VaultListing } from './types';
import {
  appendFrame,
  listDir,
  readFileOrNull,
  readFrames,
  removeFile,
  TEMP_SUFFIX,
  writeFileAtomic,
  type VaultFs,
} from './vault-fs';

export const SNAPSHOT_FILE = 'index.snapshot';
export const JOURNAL_FILE = 'index.journal';
const SNAPSHOT_CONTEXT = 'index-snapshot';
const JOURNAL_CONTEXT = 'index-journal';

export interface IndexEntry {
  /** The inquiry's file name in inquiries/. */
  file: string;
  summary: InquirySummary;
}

interface Snapshot {
  format: 1;
  /** Journal frames written on top of an older snapshot are stale once this one exists. */
  generation: number;
  /** Tuples rather than objects: a third smaller, and parsed that much faster at every start. */
  entries: SnapshotTuple[];
}

type SnapshotTuple = [
  file: string,
  id: string,
  finalNiss: string,
  requestedNiss: string,
  personName: string | null,
  from: string,
  to: string,
  consultedAt: string,
  environment: InquirySummary['environment'],
  dataFound: boolean,
];

function toTuple({ file, summary: s }: IndexEntry): SnapshotTuple {
  return [
    file,
    s.id,
    s.finalNiss,
    s.requestedNiss,
    s.personName,
    s.period.from,
    s.period.to,
    s.consultedAt,
    s.environment,
    s.dataFound,
  ];
}

function isTuple(value: unknown): value is SnapshotTuple {
  return (
    Array.isArray(value) &&
    value.length === 10 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string'
  );
}

function fromTuple(t: SnapshotTuple): IndexEntry {
  return {
    file: t[0],
    summary: {
      id: t[1],
      finalNiss: t[2],
      requestedNiss: t[3],
      personName: t[4],
      period: { from: t[5], to: t[6] },
      consultedAt: t[7],
      environment: t[8],
      dataFound: t[9],
    },
  };
}

type JournalOp =
  { g: number; op: 'put'; entry: IndexEntry } | { g: number; op: 'del'; ids: string[] };

interface Row {
  entry: IndexEntry;
  /** Computed at the first search, so a start that only lists does not pay for it. */
  keys: SearchKeys | null;
  /** consultedAt as epoch ms, parsed once for sorting. */
  at: number;
}

export interface InquiryIndexOptions {
  fs: VaultFs;
  dir: string;
  recordsKey: Buffer;
  /** Decrypts one inquiry file the index does not know; throws UnreadableRecord when damaged. */
  readEntry(file: string): Promise<IndexEntry>;
  /** Journal length that triggers a compaction into a new snapshot. */
  compactAfter: number;
}

export type InquiryIndex = ReturnType<typeof createInquiryIndex>;

export function createInquiryIndex(options: InquiryIndexOptions) {
  const { fs, dir, recordsKey } = options;
  const journalPath = join(dir, JOURNAL_FILE);
  const rows = new Map<string, Row>();
  const idByFile = new Map<string, string>();
  /** Relative file path → the inquiry id it should hold (null: unknown). */
  const damaged = new Map<string, string | null>();
  let sorted: Row[] | null = null;
  let generation = 0;
  let journalFrames = 0;
  let repaired = false;

  /** `entry` becomes the index's own: list() hands its summary out frozen, so callers cannot alter it. */
  function apply(entry: IndexEntry): void {
    const { summary } = entry;
    const previous = rows.get(summary.id);
    if (previous && previous.entry.file !== entry.file) idByFile.delete(previous.entry.file);
    Object.freeze(summary.period);
    Object.freeze(summary);
    const at = Date.parse(summary.consultedAt);
    rows.set(summary.id, { entry, keys: null, at: Number.isNaN(at) ? 0 : at });
    idByFile.set(entry.file, summary.id);
    sorted = null;
  }

  function unapply(id: string): void {
    const row = rows.get(id);
    if (!row) return;
    rows.delete(id);
    idByFile.delete(row.entry.file);
    sorted = null;
  }

  async function load(): Promise<void> {
    let snapshotReadable = true;
    const raw = await readFileOrNull(fs, join(dir, SNAPSHOT_FILE));
    if (raw !== null) {
      try {
        const snapshot = unsealJson(recordsKey, raw, SNAPSHOT_CONTEXT) as Snapshot;
        if (
          snapshot.format !== 1 ||
          !Array.isArray(snapshot.entries) ||
          !snapshot.entries.every(isTuple)
        ) {
          throw new UnreadableRecord('not an index snapshot');
        }
        generation = snapshot.generation;
        for (const tuple of snapshot.entries) apply(fromTuple(tuple));
      } catch (error) {
        if (!(error instanceof UnreadableRecord)) throw error;
        snapshotReadable = false;
        repaired = true;
      }
    }

    let unreadableFrames = 0;
    let newestGeneration = generation;
    for (const { frame } of await readFrames(fs, journalPath)) {
      journalFrames += 1;
      let op: JournalOp;
      try {
        op = unsealFrame(recordsKey, frame, JOURNAL_CONTEXT) as JournalOp;
      } catch (error) {
        // Most often the last frame, torn by a crash; the reconciliation below recovers its effect.
        if (!(error instanceof UnreadableRecord)) throw error;
        unreadableFrames += 1;
        continue;
      }
      newestGeneration = Math.max(newestGeneration, op.g);
      // A frame older than the snapshot was already folded into it (a crash between the two steps of
      // a compaction). Without a readable snapshot every frame is a useful hint.
      if (snapshotReadable && op.g < generation) continue;
      if (op.op === 'put') apply(op.entry);
      else op.ids.forEach(unapply);
    }
    generation = newestGeneration;

    const changed = await reconcile();
    if (changed || !snapshotReadable || unreadableFrames > 0) {
      try {
        await compact();
      } catch {
        // The index in memory is right (full disk, read-only folder...); persisting it can wait.
      }
    }
  }

  async function reconcile(): Promise<boolean> {
    const inquiriesDir = join(dir, INQUIRIES_DIR);
    const names = await listDir(fs, inquiriesDir);
    // Leftovers of saves cut short by a crash: cleaned here, where the folder is listed anyway.
    for (const name of names) {
      if (name.startsWith('.') && name.endsWith(TEMP_SUFFIX)) {
        await fs.unlink(join(inquiriesDir, name)).catch(() => undefined);
      }
    }
    const present = new Set(names.filter(isInquiryFileName));
    let changed = false;
    for (const row of [...rows.values()]) {
      if (!present.has(row.entry.file)) {
        unapply(row.entry.summary.id);
        changed = true;
      }
    }
    for (const file of present) {
      if (idByFile.has(file)) continue;
      try {
        apply(await options.readEntry(file));
        changed = true;
      } catch {
        // Damaged, foreign, or unreadable (permissions): reported by name, and the others load.
        damaged.set(inquiryPath(file), null);
      }
    }
    return changed;
  }

  async function compact(): Promise<void> {
    generation += 1;
    const snapshot: Snapshot = {
      format: 1,
      generation,
      entries: [...rows.values()].map((row) => toTuple(row.entry)),
    };
    await writeFileAtomic(fs, dir, SNAPSHOT_FILE, sealJson(recordsKey, snapshot, SNAPSHOT_CONTEXT));
    // Only once the snapshot is durable: until then the journal still carries these changes.
    await removeFile(fs, dir, JOURNAL_FILE);
    journalFrames = 0;
  }

  async function append(op: JournalOp): Promise<void> {
    await appendFrame(fs, journalPath, sealFrame(recordsKey, op, JOURNAL_CONTEXT));
    journalFrames += 1;
  }

  async function compactIfDue(): Promise<void> {
    if (journalFrames < options.compactAfter) return;
    try {
      await compact();
    } catch {
      // Compaction only saves start-up time: the journal stays valid and keeps growing until it
      // succeeds. Failing here would fail a save whose inquiry and journal frame are already durable.
    }
  }

  function damagedFiles(): DamagedFile[] {
    return [...damaged].map(([file, id]) => ({ file, id }));
  }

  function sortedRows(): Row[] {
    sorted ??= [...rows.values()].sort(
      (a, b) =>
        b.at - a.at ||
        (a.entry.summary.id < b.entry.summary.id
          ? -1
          : a.entry.summary.id > b.entry.summary.id
            ? 1
            : 0),
    );
    return sorted;
  }

  return {
    load,

    list(query: { search?: string; limit?: number }): VaultListing {
      const matches = compileSearch(query.search ?? '');
      const all = sortedRows();
      const found = matches
        ? all.filter((row) => matches((row.keys ??= searchKeys(row.entry.summary))))
        : all;
      const limited = query.limit !== undefined ? found.slice(0, query.limit) : found;
      return {
        inquiries: limited.map((row) => row.entry.summary),
        total: found.length,
        damaged: damagedFiles(),
        indexRepaired: repaired,
      };
    },

    summaries(): InquirySummary[] {
      return [...rows.values()].map((row) => row.entry.summary);
    },

    fileOf(id: string): string | undefined {
      return rows.get(id)?.entry.file;
    },

    /** Records a saved or re-saved inquiry; throws (VaultFullError...) when the journal cannot grow. */
    async put(entry: IndexEntry): Promise<void> {
      await append({ g: generation, op: 'put', entry });
      apply({
        file: entry.file,
        summary: { ...entry.summary, period: { ...entry.summary.period } },
      });
      damaged.delete(inquiryPath(entry.file));
      await compactIfDue();
    },

    /**
     * Forgets inquiries whose files are already deleted. The journal frame is best effort: without it,
     * the next load notices the missing files and drops the entries all the same.
     */
    async remove(ids: string[]): Promise<void> {
      for (const id of ids) {
        const file = rows.get(id)?.entry.file;
        unapply(id);
        if (file !== undefined) damaged.delete(inquiryPath(file));
      }
      try {
        await append({ g: generation, op: 'del', ids });
        await compactIfDue();
      } catch {
        // See above: the folder is the truth.
      }
    },

    /** Empties the index files; the caller has deleted the inquiry files. */
    async clear(): Promise<void> {
      rows.clear();
      idByFile.clear();
      damaged.clear();
      sorted = null;
      // Deleting needs no free space, unlike writing an empty snapshot.
      await removeFile(fs, dir, JOURNAL_FILE);
      await removeFile(fs, dir, SNAPSHOT_FILE);
      journalFrames = 0;
    },

    markDamaged(file: string, id: string | null): void {
      damaged.set(inquiryPath(file), id);
    },

    forgetDamaged(path: string): void {
      damaged.delete(path);
    },

    damaged: damagedFiles,

    isDamaged(path: string): boolean {
      return damaged.has(path);
    },
  };
}
