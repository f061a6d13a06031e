// The browser host's secret box: the data key is wrapped by a random key kept in a file only the user can read.
//
// Weaker than the OS box, and reported as such (kind 'key-file'): anyone who can read the user's files
// (a backup, malware running as the user, an administrator) can read the key too. On Windows, POSIX
// modes do not apply (Node's chmod only toggles read-only): the file is as private as the folder it
// sits in, which for a per-user data folder (%APPDATA%, %LOCALAPPDATA%) means the user, SYSTEM and
// administrators, through the folder's inherited ACL.
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { VaultLockedError } from './errors';
import { DATA_KEY_BYTES, seal, unseal } from './record-crypto';
import type { SecretBox } from './secret-box';

const CONTEXT = 'key-file-wrap';

export interface KeyFileBoxOptions {
  /** Where the key file lives; better outside the vault folder, so a copy of the data alone is useless. */
  path: string;
  /** For tests: the POSIX checks only make sense where modes mean something. */
  platform?: NodeJS.Platform;
}

export function createKeyFileBox(options: KeyFileBoxOptions): SecretBox {
  const posix = (options.platform ?? process.platform) !== 'win32';

  function readKey(): Buffer | null {
    let stat;
    try {
      stat = statSync(options.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new VaultLockedError('key-unreadable', {}, { cause: error });
    }
    // Like ssh with a private key: a key others can read (or that someone else owns) protects nothing.
    const foreignOwner = typeof process.getuid === 'function' && stat.uid !== process.getuid();
    if (posix && ((stat.mode & 0o077) !== 0 || foreignOwner)) {
      throw new VaultLockedError('key-file-exposed', {
        mode: (stat.mode & 0o777).toString(8),
      });
    }
    try {
      const record = JSON.parse(readFileSync(options.path, 'utf8')) as {
        format?: number;
        key?: string;
      };
      const key = Buffer.from(record.key ?? '', 'base64');
      if (record.format === 1 && key.length === DATA_KEY_BYTES) return key;
    } catch {
      // Reported below like any other unusable key file.
    }
    throw new VaultLockedError('key-unreadable', { file: basename(options.path) });
  }

  function createKey(): Buffer {
    const key = randomBytes(DATA_KEY_BYTES);
    const dir = dirname(options.path);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = join(dir, `.${basename(options.path)}.${randomBytes(6).toString('hex')}.tmp`);
    // 0600 from the moment the file exists: no window where the key is readable by others.
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, JSON.stringify({ format: 1, key: key.toString('base64') }));
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      unlinkSync(temp);
      throw error;
    }
    closeSync(fd);
    renameSync(temp, options.path);
    syncDirSync(dir);
    return key;
  }

  return {
    kind: 'key-file',
    backend: 'key-file',
    wrap(dataKey) {
      const key = readKey() ?? createKey();
      return seal(key, dataKey, CONTEXT);
    },
    unwrap(blob) {
      const key = readKey();
      if (key === null) throw new VaultLockedError('key-missing', { file: basename(options.path) });
      try {
        return unseal(key, blob, CONTEXT);
      } catch (error) {
        throw new VaultLockedError('key-unreadable', {}, { cause: error });
      }
    },
  };
}

function syncDirSync(dir: string): void {
  // Makes the rename durable; Windows cannot open a folder for fsync, where NTFS journals it anyway.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort: the key file itself was fsynced before the rename.
  }
}
