// The port through which settings keep their secrets (the certificate and its passphrase, HTTP Basic and proxy
// passwords) encrypted at rest, and the names they use in it.
import type { RemoteEnvironmentName } from '../../shared/contract/settings';

/**
 * Implemented in src/main/compose.ts over the vault's sealed secret files (vault.secrets). `put` must replace an entry atomically (write then
 * rename): the certificate store relies on it so that a replacement is all or nothing.
 */
export interface SecretStore {
  put(name: string, data: Buffer): Promise<void>;
  get(name: string): Promise<Buffer | null>;
  remove(name: string): Promise<void>;
}

/** Names only use [a-z0-9.-], so any implementation may map them to file names as they are. */
export const SECRET_NAMES = {
  /** The PKCS#12 file and its passphrase, in one entry so that they are always replaced together. */
  certificate: (environment: RemoteEnvironmentName) => `certificate.${environment}`,
  /** The HTTP Basic password of an environment, UTF-8. */
  basicPassword: (environment: RemoteEnvironmentName) => `basic-password.${environment}`,
  /** The HTTP proxy's password of an environment, UTF-8. */
  proxyPassword: (environment: RemoteEnvironmentName) => `proxy-password.${environment}`,
} as const;
