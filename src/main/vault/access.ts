// One door to the vault for the app's services: waits for it to open, and turns its failures (and a vault
// that cannot open) into the typed errors the renderer shows.
import { DeskFailure } from '../../shared/contract/errors';
import { vaultDeskError } from './desk-error';
import type { Vault } from './vault';

export type VaultAccess = <T>(use: (vault: Vault) => Promise<T>) => Promise<T>;

export function createVaultAccess(vaultReady: Promise<Vault>): VaultAccess {
  return async (use) => {
    try {
      return await use(await vaultReady);
    } catch (error) {
      const deskError = vaultDeskError(error);
      throw deskError ? new DeskFailure(deskError) : error;
    }
  };
}
