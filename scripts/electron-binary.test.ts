// npm start looks for the Electron binary and tries its download once per Electron version, remembering the
// outcome: a machine where the download cannot succeed does not pay for it at every start.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain .mjs script (no types), run by node before any build.
import { findElectron } from './electron-binary.mjs';

interface Found {
  binary?: string;
  reason?: string;
}
const find = findElectron as (lookup: {
  lookup: () => string | null;
  install: () => void;
  memoPath: string;
  version: string;
}) => Found;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function memoPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'electron-binary-'));
  dirs.push(dir);
  return join(dir, 'out', 'electron-install.json');
}

describe('findElectron', () => {
  it('tries a failing download once, remembers it, and does not try again at the next start', () => {
    const path = memoPath();
    const install = vi.fn();
    const lookup = vi.fn(() => null);

    const first = find({ lookup, install, memoPath: path, version: '39.5.0' });
    expect(install).toHaveBeenCalledTimes(1);
    expect(first.binary).toBeUndefined();
    expect(first.reason).toContain(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      version: '39.5.0',
      installed: false,
    });

    const second = find({ lookup, install, memoPath: path, version: '39.5.0' });
    expect(install).toHaveBeenCalledTimes(1);
    expect(second.reason).toBe(first.reason);
  });

  it('tries again for another Electron version', () => {
    const path = memoPath();
    const install = vi.fn();
    find({ lookup: () => null, install, memoPath: path, version: '39.5.0' });
    find({ lookup: () => null, install, memoPath: path, version: '40.0.0' });
    expect(install).toHaveBeenCalledTimes(2);
  });

  it('returns the binary the download brought, and never runs the installer when the binary is there', () => {
    const path = memoPath();
    let installed = false;
    const install = vi.fn(() => {
      installed = true;
    });
    const lookup = () => (installed ? '/fake/electron' : null);
    expect(find({ lookup, install, memoPath: path, version: '39.5.0' })).toEqual({
      binary: '/fake/electron',
    });
    expect(find({ lookup, install, memoPath: path, version: '39.5.0' })).toEqual({
      binary: '/fake/electron',
    });
    expect(install).toHaveBeenCalledTimes(1);
  });
});
