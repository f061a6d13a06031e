// DeskApi: the saved inquiries, their retention and the audit log's export.
import type { DeskHandlers } from '../../../shared/contract/contract';
import type { AuditEntryInput, VaultAccess } from '../../vault';

export function vaultHandlers(
  withVault: VaultAccess,
  audit: (entry: Omit<AuditEntryInput, 'investigator'>) => Promise<void>,
) {
  return {
    listSavedInquiries: ({ search }) =>
      withVault(async (vault) => ({
        ...(await vault.list({ search })),
        protection: vault.protection,
      })),
    openSavedInquiry: ({ id }) => withVault((vault) => vault.open(id)),
    deleteSavedInquiry: ({ id }) => withVault((vault) => vault.remove(id)),
    renameSavedInquiry: async ({ id, personName }) => {
      const summary = await withVault((vault) => vault.rename(id, personName));
      // Who changed the name the inquiry is found by, and on which person: the advisor's log says it.
      await audit({
        action: 'rename',
        service: '',
        niss: summary.finalNiss,
        legalContext: '',
        environment: summary.environment,
        outcome: 'renamed',
        ticketCBSS: null,
      });
      return summary;
    },
    deleteAllSavedInquiries: () => withVault((vault) => vault.removeAll()),
    getRetention: () => withVault(async (vault) => vault.retention()),
    setRetention: ({ days }) => withVault((vault) => vault.setRetentionDays(days)),
    exportAudit: (range) => withVault((vault) => vault.audit.export(range)),
  } satisfies Partial<DeskHandlers>;
}
