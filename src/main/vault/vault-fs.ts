// Durable file operations for the vault: atomic replace, framed appends, fsync of files and folders.
import * as fsp from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { isNoSpace, VaultFullError } from './errors';

/** The slice of node:fs/promises the vault uses: a seam for tests (a full disk, a failing rename...). */
export type VaultFs = Pick<
  typeof fsp,
  'open' | 'rename' | 'unlink' | 'readFile' | 'readdir' | 'mkdir' | 'stat' | 'rm' | 'chmod'
>;

export const nodeFs: VaultFs = fsp;

/** Temporary files carry this suffix; a crash may leave some, which the next start removes. */
export const TEMP_SUFFIX = '.tmp';

export async function ensureDir(fs: VaultFs, dir: string): Promise<void> {
  // 0700: on POSIX, other users cannot even list the (opaque) file names.
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
}

/**
 * Replaces `dir/name` with `data` so that a crash at any point leaves either the old file or the new
 * one, never a mix: write a temporary file in the same folder, fsync it, rename it over, fsync the folder.
 */
export async function writeFileAtomic(
  fs: VaultFs,
  dir: string,
  name: string,
  data: Buffer,
): Promise<void> {
  const temp = join(dir, `.${name}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameRetrying(fs, temp, join(dir, name));
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw ioError(error);
  }
  await syncDir(fs, dir);
}

/**
 * On Windows an antivirus or the search indexer may hold the target open for a moment, and the
 * rename fails with EPERM / EBUSY / EACCES; a few short retries ride that out. Elsewhere these
 * errors are lasting and the retries cost a fraction of a second before the same failure.
 */
async function renameRetrying(fs: VaultFs, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      if (!transient || attempt >= RENAME_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
    }
  }
}

const RENAME_ATTEMPTS = 6;

/**
 * Appends one frame (a line without newlines) to an append-only file and fsyncs it. Each frame starts
 * with a newline, so a frame torn by a crash stays on a line of its own and never swallows the next one.
 * On failure the file is cut back to its previous length, so a full disk leaves no half frame behind.
 */
export async function appendFrame(fs: VaultFs, path: string, frame: string): Promise<void> {
  let handle: fsp.FileHandle;
  try {
    handle = await fs.open(path, 'a', 0o600);
  } catch (error) {
    throw ioError(error);
  }
  let sizeBefore = -1;
  try {
    sizeBefore = (await handle.stat()).size;
    await handle.writeFile('\n' + frame, 'utf8');
    await handle.sync();
  } catch (error) {
    if (sizeBefore >= 0) await handle.truncate(sizeBefore).catch(() => undefined);
    throw ioError(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
  // A new file's folder entry must be durable too; after the first frame the entry exists already.
  if (sizeBefore === 0) await syncDir(fs, dirname(path));
}

/** The frames of an append-only file, in order, with their line numbers; a missing file has none. */
export async function readFrames(
  fs: VaultFs,
  path: string,
): Promise<{ line: number; frame: string }[]> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const frames: { line: number; frame: string }[] = [];
  text.split('\n').forEach((frame, index) => {
    if (frame.length > 0) frames.push({ line: index + 1, frame });
  });
  return frames;
}

export async function readFileOrNull(fs: VaultFs, path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

export async function listDir(fs: VaultFs, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** Removes a file (already gone is fine) and makes the removal durable. */
export async function removeFile(fs: VaultFs, dir: string, name: string): Promise<void> {
  try {
    await fs.unlink(join(dir, name));
  } catch (error) {
    if (!isMissing(error)) throw ioError(error);
  }
  await syncDir(fs, dir);
}

/** Leftovers of writes interrupted by a crash: never part of the data, safe to delete at start. */
export async function removeTemps(fs: VaultFs, dir: string): Promise<void> {
  for (const name of await listDir(fs, dir)) {
    if (name.startsWith('.') && name.endsWith(TEMP_SUFFIX)) {
      await fs.unlink(join(dir, name)).catch(() => undefined);
    }
  }
}

/**
 * Makes a rename or a new file's entry durable. Windows cannot open a folder for fsync (NTFS
 * journals metadata itself), so there the failure to open is expected and ignored.
 */
export async function syncDir(fs: VaultFs, dir: string): Promise<void> {
  let handle: fsp.FileHandle | null = null;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (process.platform !== 'win32' && isNoSpace(error))
      throw new VaultFullError({ cause: error });
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

function ioError(error: unknown): unknown {
  return isNoSpace(error) ? new VaultFullError({ cause: error }) : error;
}
