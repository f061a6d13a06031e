// Binds every DeskApi method to the main-process service that answers it (host-agnostic).
import type { AppInfo, DeskHandlers, DemoPerson } from '../shared/api/contract';
import type { VaultAccess } from './compose';
import { auditCsv } from './vault/audit-csv';
import type { InquiryService } from './inquiry/inquiry-service';
import type { PreferencesService } from './settings/preferences';
import type { ReportActions } from './report/report-actions';

export interface DeskServices {
  appInfo: AppInfo;
  preferences: PreferencesService;
  inquiry: InquiryService;
  /** The simulator's persons in the demo environment; empty elsewhere. */
  demoPersons: () => DemoPerson[];
  /** The saved inquiries and the audit log. */
  withVault: VaultAccess;
  /** A saved inquiry as a file or on paper, each audited. */
  report: ReportActions;
}

export function createDeskHandlers(services: DeskServices): DeskHandlers {
  const { withVault } = services;
  return {
    getAppInfo: () => services.appInfo,
    getPreferences: () => services.preferences.get(),
    updatePreferences: (patch) => services.preferences.update(patch),
    listDemoPersons: () => (services.appInfo.environment === 'demo' ? services.demoPersons() : []),
    runInquiry: async (request) => {
      // Every call must be audited: with no vault to write to, make none.
      await withVault(async () => undefined);
      const inquiry = await services.inquiry.run(request);
      // Every successful inquiry is kept, for offline review.
      await withVault((vault) =>
        vault.save(inquiry, { personName: request.personName || undefined }),
      );
      return inquiry;
    },
    getInquiryProgress: ({ requestId }) => services.inquiry.progress(requestId),
    cancelInquiry: ({ requestId }) => services.inquiry.cancel(requestId),
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
    exportAudit: ({ from, to, language }) =>
      withVault(async (vault) => {
        const { entries, damaged } = await vault.audit.entries({ from, to });
        return {
          csv: auditCsv(entries, language),
          rows: entries.length,
          damaged: damaged.length,
          fileName: `inquiry-desk-audit-${from}-${to}.csv`,
        };
      }),
    exportInquiry: ({ id, format }) => services.report.export(id, format),
    printInquiry: ({ id }) => services.report.print(id),
  };
}
