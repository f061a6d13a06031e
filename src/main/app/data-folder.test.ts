import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfStore } from '../settings';
import { DataFolderInUse, lockDataFolder, prepareDataFolder } from './data-folder';

const mode = (path: string) => statSync(path).mode & 0o777;
const fresh = () => join(mkdtempSync(join(tmpdir(), 'inquiry-desk-data-')), 'data');

describe.skipIf(process.platform === 'win32')('the data folder is its owner’s only', () => {
  it('is created 0700, and preferences.json is written 0600', () => {
    const dir = fresh();
    prepareDataFolder(dir);
    expect(mode(dir)).toBe(0o700);
    createConfStore(dir).set('language', 'nl');
    expect(mode(join(dir, 'preferences.json'))).toBe(0o600);
  });

  it('tightens a folder and preferences file an earlier version left open', () => {
    const dir = fresh();
    prepareDataFolder(dir);
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'preferences.json'), '{}', { mode: 0o644 });
    prepareDataFolder(dir);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'preferences.json'))).toBe(0o600);
  });
});

describe('one running app per data folder', () => {
  it('refuses a second instance and says where the first runs', () => {
    const dir = fresh();
    prepareDataFolder(dir);
    const first = lockDataFolder(dir);
    first.setUrl('http://127.0.0.1:4312');
    let refusal: unknown;
    try {
      lockDataFolder(dir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataFolderInUse);
    expect((refusal as Error).message).toContain(`process ${process.pid}`);
    expect((refusal as Error).message).toContain('http://127.0.0.1:4312');
    first.release();
    // Released, the folder can be taken again.
    lockDataFolder(dir).release();
    expect(existsSync(join(dir, 'instance.lock'))).toBe(false);
  });

  it('takes over the lock of a process that no longer runs (a crash), and never records a token', () => {
    const dir = fresh();
    prepareDataFolder(dir);
    const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    writeFileSync(
      join(dir, 'instance.lock'),
      JSON.stringify({ pid: gone, host: hostname(), url: null, startedAt: '' }),
    );
    const lock = lockDataFolder(dir);
    lock.setUrl('http://127.0.0.1:4312');
    const recorded = JSON.parse(readFileSync(join(dir, 'instance.lock'), 'utf8'));
    expect(recorded.pid).toBe(process.pid);
    expect(recorded.url).not.toContain('token');
    lock.release();
  });
});
