// The Electron host's secret box: the vault's data key wrapped by safeStorage (DPAPI, Keychain, a Linux keyring).
//
// As Signal Desktop does for its database key, the blob records the Linux backend that wrapped it, and
// unwrapping refuses when the current backend differs (another desktop session, a --password-store
// flag): safeStorage would fail or, worse, silently fall back to a hard-coded password. It also refuses
// to wrap or unwrap with 'basic_text' (that hard-coded password) or an unknown backend.
import { safeStorage } from 'electron';
import { VaultLockedError, type SecretBox } from '../vault';

/** Linux backends that are not real protection. 'unknown' is also what is reported before app ready. */
const INSECURE_BACKENDS = new Set(['basic_text', 'unknown']);

interface WrappedBlob {
  format: 1;
  backend: string;
  /** safeStorage's ciphertext of the key's base64 text (safeStorage encrypts strings). */
  data: string;
}

/** Call after the app's 'ready' event: before it, safeStorage cannot tell what it would use. */
export function createSafeStorageBox(options: { platform?: NodeJS.Platform } = {}): SecretBox {
  const platform = options.platform ?? process.platform;

  function currentBackend(): string {
    if (platform === 'linux') return safeStorage.getSelectedStorageBackend();
    if (platform === 'win32') return 'dpapi';
    if (platform === 'darwin') return 'keychain';
    return 'unknown';
  }

  function assertUsable(backend: string): void {
    if (!safeStorage.isEncryptionAvailable()) {
      throw new VaultLockedError('encryption-unavailable', { backend });
    }
    if (platform === 'linux' && INSECURE_BACKENDS.has(backend)) {
      throw new VaultLockedError('insecure-backend', { backend });
    }
  }

  return {
    kind: 'os',
    get backend() {
      return currentBackend();
    },
    wrap(key) {
      const backend = currentBackend();
      assertUsable(backend);
      const blob: WrappedBlob = {
        format: 1,
        backend,
        data: safeStorage.encryptString(key.toString('base64')).toString('base64'),
      };
      return Buffer.from(JSON.stringify(blob), 'utf8');
    },
    unwrap(raw) {
      const blob = parseBlob(raw);
      const backend = currentBackend();
      // First, as Signal does: a changed backend explains an unavailable or insecure one.
      if (blob.backend !== backend) {
        throw new VaultLockedError('backend-changed', { previous: blob.backend, current: backend });
      }
      assertUsable(backend);
      let text: string;
      try {
        text = safeStorage.decryptString(Buffer.from(blob.data, 'base64'));
      } catch (error) {
        throw new VaultLockedError('key-unreadable', { backend }, { cause: error });
      }
      return Buffer.from(text, 'base64');
    },
  };
}

function parseBlob(raw: Buffer): WrappedBlob {
  try {
    const blob = JSON.parse(raw.toString('utf8')) as Partial<WrappedBlob>;
    if (blob.format === 1 && typeof blob.backend === 'string' && typeof blob.data === 'string') {
      return blob as WrappedBlob;
    }
  } catch {
    // Reported below.
  }
  throw new VaultLockedError('key-unreadable');
}
