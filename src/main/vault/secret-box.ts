// The secret box port: what wraps the vault's data key, the OS (safeStorage) in Electron or a key file elsewhere.

export interface SecretBox {
  /**
   * 'os': the OS protects the key (DPAPI, Keychain, a Linux keyring). 'key-file': a file readable by
   * the user only, which anyone who can read the user's files can also read: the app must say so.
   */
  kind: 'os' | 'key-file';
  /** Human-readable backend, e.g. 'dpapi', 'keychain', 'gnome_libsecret', 'basic_text', 'key-file'. */
  backend: string;
  /** Throws VaultLockedError when the box cannot (or must not) protect a key. */
  wrap(key: Buffer): Buffer;
  /** Throws VaultLockedError when the blob cannot be unwrapped here (backend changed, key gone...). */
  unwrap(blob: Buffer): Buffer;
}
