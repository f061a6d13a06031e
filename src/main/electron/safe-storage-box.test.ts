import { beforeEach, describe, expect, it, vi } from 'vitest';
import { VaultLockedError } from '../vault';
import { createSafeStorageBox } from './safe-storage-box';

/** A stand-in for Electron's safeStorage: a reversible "encryption" and switchable availability and backend. */
const fake = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret',
  encryptString: (text: string) => Buffer.from([...Buffer.from(text, 'utf8')].map((b) => b ^ 0xa5)),
  decryptString: (data: Buffer) => Buffer.from([...data].map((b) => b ^ 0xa5)).toString('utf8'),
}));

vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => fake.available,
    getSelectedStorageBackend: () => fake.backend,
    encryptString: (text: string) => fake.encryptString(text),
    decryptString: (data: Buffer) => fake.decryptString(data),
  },
}));

const dataKey = Buffer.alloc(32, 0x3c);

beforeEach(() => {
  fake.available = true;
  fake.backend = 'gnome_libsecret';
});

function lockedReason(action: () => unknown): string | null {
  try {
    action();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(VaultLockedError);
    return (error as VaultLockedError).reason;
  }
}

describe('safeStorage secret box', () => {
  it('round-trips a key through safeStorage, recording the backend', () => {
    const box = createSafeStorageBox({ platform: 'linux' });
    expect(box.kind).toBe('os');
    expect(box.backend).toBe('gnome_libsecret');
    const blob = box.wrap(dataKey);
    expect(JSON.parse(blob.toString('utf8'))).toMatchObject({ backend: 'gnome_libsecret' });
    expect(blob.includes(dataKey.toString('base64'))).toBe(false);
    expect(box.unwrap(blob)).toEqual(dataKey);
  });

  it('names the OS facility on Windows and macOS', () => {
    expect(createSafeStorageBox({ platform: 'win32' }).backend).toBe('dpapi');
    expect(createSafeStorageBox({ platform: 'darwin' }).backend).toBe('keychain');
    const box = createSafeStorageBox({ platform: 'win32' });
    expect(box.unwrap(box.wrap(dataKey))).toEqual(dataKey);
  });

  it('refuses when the OS cannot encrypt', () => {
    const box = createSafeStorageBox({ platform: 'win32' });
    const blob = box.wrap(dataKey);
    fake.available = false;
    expect(lockedReason(() => box.wrap(dataKey))).toBe('encryption-unavailable');
    expect(lockedReason(() => box.unwrap(blob))).toBe('encryption-unavailable');
  });

  it('refuses the plaintext basic_text backend, and an unknown one', () => {
    const box = createSafeStorageBox({ platform: 'linux' });
    fake.backend = 'basic_text';
    expect(lockedReason(() => box.wrap(dataKey))).toBe('insecure-backend');
    fake.backend = 'unknown';
    expect(lockedReason(() => box.wrap(dataKey))).toBe('insecure-backend');
  });

  it('refuses to unwrap when the backend changed since the key was wrapped', () => {
    const box = createSafeStorageBox({ platform: 'linux' });
    const blob = box.wrap(dataKey);
    fake.backend = 'kwallet6';
    const error = (() => {
      try {
        box.unwrap(blob);
      } catch (caught) {
        return caught as VaultLockedError;
      }
    })();
    expect(error).toBeInstanceOf(VaultLockedError);
    expect(error).toMatchObject({
      reason: 'backend-changed',
      details: { previous: 'gnome_libsecret', current: 'kwallet6' },
    });
    // A fall back to basic_text is a change too, and reported as one.
    fake.backend = 'basic_text';
    expect(lockedReason(() => box.unwrap(blob))).toBe('backend-changed');
  });

  it('refuses a blob it cannot read or decrypt', () => {
    const box = createSafeStorageBox({ platform: 'linux' });
    expect(lockedReason(() => box.unwrap(Buffer.from('not json')))).toBe('key-unreadable');
    const spy = vi.spyOn(fake, 'decryptString').mockImplementation(() => {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    });
    expect(lockedReason(() => box.unwrap(box.wrap(dataKey)))).toBe('key-unreadable');
    spy.mockRestore();
  });
});

describe('vault over the safeStorage box', () => {
  it('opens while the backend stays, and refuses to open once it changed', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { createVault } = await import('../vault');
    const dataDir = await mkdtemp(join(tmpdir(), 'vault-safe-storage-'));
    try {
      const box = createSafeStorageBox({ platform: 'linux' });
      const vault = await createVault({ dataDir, secretBox: box });
      expect(vault.protection).toEqual({ kind: 'os', backend: 'gnome_libsecret' });
      await vault.close();
      await (await createVault({ dataDir, secretBox: box })).close();
      fake.backend = 'basic_text';
      await expect(createVault({ dataDir, secretBox: box })).rejects.toMatchObject({
        code: 'VAULT_LOCKED',
        reason: 'backend-changed',
      });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
