// The vault's typed failures: each carries a stable code and plain details, so src/main/vault/desk-error.ts maps it to a DeskError.

/** Why the vault refuses to open: the data key cannot be (or must not be) unwrapped. */
export type VaultLockedReason =
  /** safeStorage says the OS cannot encrypt (no keyring, app not ready...). */
  | 'encryption-unavailable'
  /** Linux safeStorage would "encrypt" with a hard-coded password (basic_text) or an unknown backend. */
  | 'insecure-backend'
  /** The OS backend differs from the one that wrapped the key: unwrapping would fail or lie. */
  | 'backend-changed'
  /** The vault was created with another kind of secret box (OS vs key file). */
  | 'box-changed'
  /** Records exist, but the wrapped key (or the key file) is gone: refusing beats starting a new vault over them. */
  | 'key-missing'
  /** The wrapped key or key file is unreadable, or unwraps to the wrong key. */
  | 'key-unreadable'
  /** The key file can be read by other users (POSIX modes), so it no longer protects anything. */
  | 'key-file-exposed';

export type VaultErrorDetails = Record<string, string | number | boolean | null>;

export abstract class VaultError extends Error {
  abstract readonly code: 'VAULT_LOCKED' | 'VAULT_DAMAGED' | 'VAULT_FULL' | 'VAULT_NOT_FOUND';
  constructor(
    message: string,
    readonly details: VaultErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class VaultLockedError extends VaultError {
  readonly code = 'VAULT_LOCKED';
  constructor(
    readonly reason: VaultLockedReason,
    details: VaultErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(`Vault locked: ${reason}`, { reason, ...details }, options);
    this.name = 'VaultLockedError';
  }
}

/** A stored record failed authentication or decoding; `file` is its name relative to the vault folder. */
export class VaultDamagedError extends VaultError {
  readonly code = 'VAULT_DAMAGED';
  constructor(
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(`Damaged vault file: ${file}`, { file }, options);
    this.name = 'VaultDamagedError';
  }
}

/** The disk (or the user's quota) is full: the write was abandoned, earlier records are untouched. */
export class VaultFullError extends VaultError {
  readonly code = 'VAULT_FULL';
  constructor(options?: { cause?: unknown }) {
    super('No space left for the vault', {}, options);
    this.name = 'VaultFullError';
  }
}

export class VaultNotFoundError extends VaultError {
  readonly code = 'VAULT_NOT_FOUND';
  constructor(readonly id: string) {
    super('No saved inquiry with this id', { id });
    this.name = 'VaultNotFoundError';
  }
}

/** ENOSPC and EDQUOT both mean "no room": the user's remedy is the same. */
export function isNoSpace(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}
