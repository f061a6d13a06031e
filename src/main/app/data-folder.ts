// The data folder holds the investigator's identity, the encrypted vault and its audit log: it is the user's
// alone (0700, files 0600 on POSIX; on Windows the user profile's ACL already gives that), and one running app
// at a time owns it, since two hosts writing one vault would diverge.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

const LOCK_FILE = 'instance.lock';

/** Files the hosts write outside the vault (which sets its own modes). */
const PLAIN_FILES = ['preferences.json'];

/** Creates the folder for its owner only, and tightens one an earlier version created more open. */
export function prepareDataFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return;
  chmodSync(dir, 0o700);
  for (const file of PLAIN_FILES) {
    const path = join(dir, file);
    if (existsSync(path)) chmodSync(path, 0o600);
  }
}

export interface InstanceInfo {
  pid: number;
  host: string;
  /** Where the running app can be reached (the browser host's address), when it says. */
  url: string | null;
  startedAt: string;
}

export class DataFolderInUse extends Error {
  constructor(
    readonly dir: string,
    readonly owner: InstanceInfo,
  ) {
    super(
      `Inquiry Desk is already running on the data folder ${dir} ` +
        `(process ${owner.pid} on ${owner.host}, since ${owner.startedAt}` +
        `${owner.url ? `, at ${owner.url.replace(/#.*$/, '')}` : ''}). ` +
        'Use that window, or stop it before starting another.',
    );
    this.name = 'DataFolderInUse';
  }
}

export interface DataFolderLock {
  /** Records where this instance can be reached, for a second one to say. */
  setUrl(url: string): void;
  release(): void;
}

/** Whether a process of this id runs (ours or another user's). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): InstanceInfo | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as InstanceInfo;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

/**
 * Takes the folder's lock: a file created exclusively, naming this process. A lock left by a process that no
 * longer runs (a crash, a kill -9) on this machine is taken over; a live one refuses with its owner.
 */
export function lockDataFolder(dir: string): DataFolderLock {
  const path = join(dir, LOCK_FILE);
  const info: InstanceInfo = {
    pid: process.pid,
    host: hostname(),
    url: null,
    startedAt: new Date().toISOString(),
  };
  const write = (flag: 'wx' | 'w') =>
    writeFileSync(path, JSON.stringify(info), { flag, mode: 0o600 });
  for (let attempt = 0; ; attempt++) {
    try {
      write('wx');
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const owner = readOwner(path);
      // Another machine's process (a shared folder) cannot be checked: its lock stands.
      if (owner && (owner.host !== info.host || isProcessRunning(owner.pid))) {
        throw new DataFolderInUse(dir, owner);
      }
      rmSync(path, { force: true });
    }
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    // Only our own lock goes: never one another instance took over meanwhile.
    if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
  };
  process.once('exit', release);
  return {
    setUrl(url) {
      info.url = url;
      if (held) write('w');
    },
    release() {
      process.removeListener('exit', release);
      release();
    },
  };
}
