// The imported list files, kept in the vault's `lists` area: one sealed rows file per imported list, committed by one
// frame of the imports journal. A crash, a cut download or a full disk before that frame leaves nothing; after it,
// the whole file. The same file (name and content hash) is never imported twice.
import { createHash, randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { subDays } from 'date-fns';
import type { ListHeader, ListKind, ListRow } from '../../shared/domain/nova-lists';
import {
  appendFrame,
  ensureDir,
  isNoSpace,
  listDir,
  readFileOrNull,
  readFrames,
  removeFile,
  syncDir,
  TEMP_SUFFIX,
  UnreadableRecord,
  VaultFullError,
  writeFileAtomic,
  type SealedArea,
} from '../vault';
import { readListFile } from './list-parser';
import { addToSums, type StatementSum } from './list-queries';
import { decodeBatch, encodeBatch } from './row-codec';

export const LISTS_AREA = 'lists';
const JOURNAL = 'imports.log';
const ROWS_DIR = 'rows';
const SETTINGS_FILE = 'settings.bin';
/** Thirteen months: the statements' twelve-month chart has its year, and no more is kept. */
export const DEFAULT_LIST_RETENTION_DAYS = 400;
const MAX_RETENTION_DAYS = 3650;

export interface ImportedFile {
  id: string;
  name: string;
  /** SHA-256 of the file's bytes, hex. */
  hash: string;
  size: number;
  kind: ListKind;
  header: ListHeader;
  rows: number;
  /** Sealed row batches in the rows file: a file with fewer is damaged. */
  batches: number;
  rowsFile: string;
  importedAt: string;
  /** 'fetch' (from the list server) or 'import' (files given by hand). */
  source: 'fetch' | 'import';
  /** The earlier version of the same file name, replaced by this one. */
  replaces: string | null;
  /** Statements: the sums per month and legal basis, added up at import (absent on files imported before them). */
  sums?: StatementSum[];
}

type JournalFrame = { type: 'import'; file: ImportedFile } | { type: 'purge'; ids: string[] };

export type ImportResult =
  { status: 'imported'; file: ImportedFile } | { status: 'already'; file: ImportedFile };

export interface ListStoreOptions {
  area: SealedArea;
  now?: () => Date;
  /** Rows per sealed batch: bounds the memory an import holds. */
  batchSize?: number;
}

export type ListStore = Awaited<ReturnType<typeof openListStore>>;

export async function openListStore(options: ListStoreOptions) {
  const { area } = options;
  const { fs } = area;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 2000;
  const rowsDir = join(area.dir, ROWS_DIR);
  const journalPath = join(area.dir, JOURNAL);
  await ensureDir(fs, rowsDir);

  let files = new Map<string, ImportedFile>();
  /** Rows decrypted on first need, per kind; dropped when an import or a purge changes them. */
  const cache = new Map<ListKind, ListRow[]>();
  let tail: Promise<unknown> = Promise.resolve();
  /** Imports and purges one at a time: the journal's order is the commit order. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task);
    tail = result.catch(() => undefined);
    return result;
  };

  async function load(): Promise<void> {
    const next = new Map<string, ImportedFile>();
    for (const { frame } of await readFrames(fs, journalPath)) {
      let entry: JournalFrame;
      try {
        entry = area.unsealFrame(frame, JOURNAL) as JournalFrame;
      } catch (error) {
        // A frame torn by a crash: its import never committed (its rows file is an orphan, removed below).
        if (error instanceof UnreadableRecord) continue;
        throw error;
      }
      if (entry.type === 'import') {
        if (entry.file.replaces) next.delete(entry.file.replaces);
        next.set(entry.file.id, entry.file);
      } else for (const id of entry.ids) next.delete(id);
    }
    files = next;
    // Rows files no committed import names: an import cut before its commit, or a purge cut after it.
    const referenced = new Set([...files.values()].map((file) => file.rowsFile));
    for (const name of await listDir(fs, rowsDir)) {
      if (!referenced.has(name)) await fs.unlink(join(rowsDir, name)).catch(() => undefined);
    }
    cache.clear();
  }
  await load();

  const findSame = (name: string, hash: string) =>
    [...files.values()].find((file) => file.name === name && file.hash === hash);

  async function readSettings(): Promise<number> {
    const raw = await readFileOrNull(fs, join(area.dir, SETTINGS_FILE));
    if (raw === null) return DEFAULT_LIST_RETENTION_DAYS;
    try {
      const value = area.unsealJson(raw, SETTINGS_FILE) as { retentionDays?: unknown };
      if (isRetentionDays(value.retentionDays)) return value.retentionDays;
    } catch (error) {
      if (!(error instanceof UnreadableRecord)) throw error;
    }
    return DEFAULT_LIST_RETENTION_DAYS;
  }
  let retentionDays = await readSettings();

  async function rowsOf(file: ImportedFile): Promise<ListRow[]> {
    const frames = await readFrames(fs, join(rowsDir, file.rowsFile));
    if (frames.length !== file.batches) throw new UnreadableRecord(`rows of ${file.name}`);
    const rows: ListRow[] = [];
    frames.forEach(({ frame }, index) => {
      const batch = area.unsealFrame(frame, `${file.rowsFile}:${index}`);
      try {
        for (const row of decodeBatch(batch)) rows.push(row);
      } catch (error) {
        throw new UnreadableRecord(`rows of ${file.name}`, { cause: error });
      }
    });
    return rows;
  }

  return {
    /** Every imported file, oldest import first. */
    files: (): ImportedFile[] => [...files.values()],

    /** Whether a file of this name and size was imported already (a fetch need not download it again). */
    hasNameAndSize: (name: string, size: number) =>
      [...files.values()].some((file) => file.name === name && file.size === size),

    /**
     * Reads, checks and stores one list file from `source`, in one transaction. Rejects with ListFileRefused
     * (nothing stored) for a bad file, VaultFullError for a full disk (nothing stored).
     */
    import(
      name: string,
      source: AsyncIterable<Buffer | string>,
      meta: { source: 'fetch' | 'import' },
    ): Promise<ImportResult> {
      return serial(async () => {
        const id = randomBytes(16).toString('hex');
        const rowsFile = `${area.opaqueName(`rows:${id}`)}.rows`;
        const temp = join(rowsDir, `.${rowsFile}${TEMP_SUFFIX}`);
        const hash = createHash('sha256');
        let size = 0;
        let handle: FileHandle | null = null;
        let batches = 0;
        const sums = new Map<string, StatementSum>();
        try {
          handle = await fs.open(temp, 'wx', 0o600);
          const open = handle;
          async function* hashed(): AsyncGenerator<Buffer | string> {
            for await (const chunk of source) {
              hash.update(chunk);
              size += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
              yield chunk;
            }
          }
          const summary = await readListFile(hashed(), {
            fileName: name,
            batchSize,
            onRows: async (rows) => {
              addToSums(sums, rows);
              const frame = area.sealFrame(encodeBatch(rows), `${rowsFile}:${batches}`);
              batches += 1;
              await open.write(`\n${frame}`);
            },
          });
          const digest = hash.digest('hex');
          const same = findSame(name, digest);
          if (same) return { status: 'already', file: same };
          await open.sync();
          await open.close();
          handle = null;
          await fs.rename(temp, join(rowsDir, rowsFile));
          await syncDir(fs, rowsDir);
          const earlier = [...files.values()].find((file) => file.name === name);
          const file: ImportedFile = {
            id,
            name,
            hash: digest,
            size,
            kind: summary.kind,
            header: summary.header,
            rows: summary.rows,
            batches,
            rowsFile,
            importedAt: now().toISOString(),
            source: meta.source,
            replaces: earlier?.id ?? null,
            ...(summary.kind === 'statement' ? { sums: [...sums.values()] } : {}),
          };
          // The commit: once this frame is durable the file is imported, whole.
          await appendFrame(fs, journalPath, area.sealFrame({ type: 'import', file }, JOURNAL));
          if (earlier) {
            files.delete(earlier.id);
            await removeFile(fs, rowsDir, earlier.rowsFile).catch(() => undefined);
          }
          files.set(id, file);
          cache.delete(file.kind);
          return { status: 'imported', file };
        } catch (error) {
          throw isNoSpace(error) ? new VaultFullError({ cause: error }) : error;
        } finally {
          await handle?.close().catch(() => undefined);
          await fs.unlink(temp).catch(() => undefined);
          // A committed rows file was renamed away from `temp`; an uncommitted one is removed at the next open.
        }
      });
    },

    /** The rows of every imported file of `kind`, in import order (decrypted once, then cached). */
    async rows(kind: ListKind): Promise<ListRow[]> {
      const cached = cache.get(kind);
      if (cached) return cached;
      const rows: ListRow[] = [];
      // One by one: spreading a file of 150,000 rows into push() overflows the call stack.
      for (const file of files.values())
        if (file.kind === kind) for (const row of await rowsOf(file)) rows.push(row);
      cache.set(kind, rows);
      return rows;
    },

    /** Each statement file's closed month and sums (from its rows for a file imported before sums were kept). */
    async statementSums(): Promise<{ closedMonth: string; sums: StatementSum[] }[]> {
      const result: { closedMonth: string; sums: StatementSum[] }[] = [];
      for (const file of files.values()) {
        if (file.kind !== 'statement') continue;
        let sums = file.sums;
        if (!sums) {
          const added = new Map<string, StatementSum>();
          addToSums(added, await rowsOf(file));
          sums = [...added.values()];
        }
        result.push({ closedMonth: file.header.closedMonth ?? '', sums });
      }
      return result;
    },

    retentionDays: () => retentionDays,

    async setRetentionDays(days: number): Promise<number> {
      if (!isRetentionDays(days))
        throw new RangeError('retention days must be an integer in 1..3650');
      await serial(() =>
        writeFileAtomic(
          fs,
          area.dir,
          SETTINGS_FILE,
          area.sealJson({ retentionDays: days }, SETTINGS_FILE),
        ),
      );
      retentionDays = days;
      return days;
    },

    /** Removes the files imported more than the retention period ago; how many. */
    purge(): Promise<number> {
      return serial(async () => {
        const cutoff = subDays(now(), retentionDays).getTime();
        const expired = [...files.values()].filter((file) => Date.parse(file.importedAt) < cutoff);
        if (expired.length === 0) return 0;
        await appendFrame(
          fs,
          journalPath,
          area.sealFrame({ type: 'purge', ids: expired.map((file) => file.id) }, JOURNAL),
        );
        for (const file of expired) {
          files.delete(file.id);
          cache.delete(file.kind);
          await fs.unlink(join(rowsDir, file.rowsFile)).catch(() => undefined);
        }
        await syncDir(fs, rowsDir);
        return expired.length;
      });
    },

    /** Waits for the imports under way. */
    idle: () => tail.then(() => undefined),

    /** Re-reads the journal (a test seam, and what the next start does). */
    reload: () => serial(load),
  };
}

function isRetentionDays(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_RETENTION_DAYS
  );
}
