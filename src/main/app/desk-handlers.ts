// Binds every DeskApi method to the main-process service that answers it (host-agnostic).
import type { AppInfo, DeskHandlers, DemoPerson } from '../../shared/contract/contract';
import type { VaultAccess } from './compose';
import { auditCsv } from '../vault/audit-csv';
import type { InquiryService } from '../inquiry/inquiry-service';
import type { PreferencesService } from '../settings/preferences';
import type { SettingsService } from '../settings/settings-service';
import type { IdentifyPersonService } from '../person-services/identify-person-service';
import type { ManageAccessService } from '../person-services/manage-access-service';
import type { ForeignerSituationService } from '../person-services/foreigner-situation-service';
import type { RegisterExtractService } from '../person-services/register-extract-service';
import type { InquirySupplements } from '../../shared/domain/supplements';
import type { ReportActions } from '../report/report-actions';

export interface DeskServices {
  appInfo: AppInfo;
  preferences: PreferencesService;
  inquiry: InquiryService;
  /** The simulator's persons in the demo environment; empty elsewhere. */
  demoPersons: () => DemoPerson[];
  /** The saved inquiries and the audit log. */
  withVault: VaultAccess;
  /** Organisation, environments, certificates, connection test. */
  settings: SettingsService;
  manageAccess: ManageAccessService;
  identifyPerson: IdentifyPersonService;
  registerExtract: RegisterExtractService;
  foreignerSituation: ForeignerSituationService;
  /** A saved inquiry as a file or on paper, each audited. */
  report: ReportActions;
}

export function createDeskHandlers(services: DeskServices): DeskHandlers {
  const { withVault, settings } = services;

  /** Every BCSS call must be audited: with no vault to write to, none is made. */
  const auditable = async <T>(calls: () => Promise<T>): Promise<T> => {
    await withVault(async () => undefined);
    return calls();
  };

  /** Consults another service about a saved inquiry's person and keeps the answer with the inquiry. */
  const supplement = (id: string, consult: (ssin: string) => Promise<InquirySupplements>) =>
    withVault(async (vault) => {
      const inquiry = await vault.open(id);
      const added = await consult(inquiry.finalNiss);
      return vault.update(id, (saved) => ({
        ...saved,
        supplements: { ...saved.supplements, ...added },
      }));
    });
  return {
    getAppInfo: async () => ({
      ...services.appInfo,
      environment: settings.activeEnvironment(),
      certificateWarning: await settings.certificateWarning(),
    }),
    getPreferences: () => services.preferences.get(),
    updatePreferences: (patch) => services.preferences.update(patch),
    listDemoPersons: () => (settings.activeEnvironment() === 'demo' ? services.demoPersons() : []),
    runInquiry: async (request) => {
      const inquiry = await auditable(() => services.inquiry.run(request));
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
    getSettings: () => settings.view(),
    saveOrganisation: (input) => settings.saveOrganisation(input),
    saveInvestigator: (input) => settings.saveInvestigator(input),
    selectEnvironment: async ({ name, confirmed }) => {
      await settings.selectEnvironment(name, confirmed === true);
      return settings.view();
    },
    updateEnvironment: ({ name, patch }) => settings.updateEnvironment(name, patch),
    resetEnvironment: ({ name }) => settings.resetEnvironment(name),
    setBasicPassword: ({ name, password }) => settings.setBasicPassword(name, password),
    importCertificate: ({ environment, pkcs12Base64, passphrase }) =>
      settings.importCertificate(environment, {
        pkcs12: Buffer.from(pkcs12Base64, 'base64'),
        passphrase,
      }),
    removeCertificate: ({ name }) => settings.removeCertificate(name),
    testConnection: ({ name }) => settings.testConnection(name),
    registerPerson: (input) => auditable(() => services.manageAccess.register(input)),
    unregisterPerson: (input) => auditable(() => services.manageAccess.unregister(input)),
    listRegistrations: (input) => auditable(() => services.manageAccess.list(input)),
    searchPersons: (criteria) => auditable(() => services.identifyPerson.search(criteria)),
    exportInquiry: ({ id, format }) => services.report.export(id, format),
    printInquiry: ({ id }) => services.report.print(id),
    consultRegisterExtract: ({ id, history }) =>
      supplement(id, async (ssin) => ({
        registerExtract: await services.registerExtract.consult(ssin, {
          history,
          language: services.preferences.get().language,
        }),
      })),
    consultForeignerSituation: ({ id }) =>
      supplement(id, async (ssin) => ({
        foreignerSituation: await services.foreignerSituation.consult(ssin),
      })),
  };
}
