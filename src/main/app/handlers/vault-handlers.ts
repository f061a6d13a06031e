// DeskApi: the saved inquiries, their retention and the audit log's export.
import type { DeskHandlers } from '../../../shared/contract/contract';
import type { VaultAccess } from '../../vault';

export function vaultHandlers(withVault: VaultAccess) {
  return {
    listSavedInquiries: ({ search }) =>
      withVault(async (vault) => ({
        ...(await vault.list({ search })),
        protection: vault.protection,
      })),
    openSavedInquiry: ({ id }) => withVault((vault) => vault.open(id)),
    deleteSavedInquiry: ({ id }) => withVault((vault) => vault.remove(id)),
    deleteAllSavedInquiries: () => withVault((vault) => vault.removeAll()),
    getRetention: () => withVault(async (vault) => vault.retention()),
    setRetention: ({ days }) => withVault((vault) => vault.setRetentionDays(days)),
    exportAudit: (range) => withVault((vault) => vault.audit.export(range)),
  } satisfies Partial<DeskHandlers>;
}
