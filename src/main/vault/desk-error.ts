// The vault's failures as the typed, localized errors the renderer shows.
import type { DeskError } from '../../shared/contract/errors';
import { VaultDamagedError, VaultFullError, VaultLockedError, VaultNotFoundError } from './errors';

export function vaultDeskError(error: unknown): DeskError | null {
  if (error instanceof VaultLockedError) {
    return {
      code: 'VAULT_LOCKED',
      messageKey: 'vault.error.locked',
      details: { reason: error.reason },
    };
  }
  if (error instanceof VaultDamagedError) {
    return {
      code: 'VAULT_DAMAGED',
      messageKey: 'vault.error.damaged',
      details: { file: error.file },
    };
  }
  if (error instanceof VaultFullError)
    return { code: 'VAULT_FULL', messageKey: 'vault.error.full' };
  if (error instanceof VaultNotFoundError)
    return { code: 'NOT_FOUND', messageKey: 'vault.error.notFound' };
  return null;
}
