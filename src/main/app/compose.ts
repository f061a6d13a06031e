// Assembles the main-process services for either host: what differs (preferences store, secret box,
// data folder, host kind) comes in as parameters.
import { userInfo } from 'node:os';
import type { HostKind } from '../../shared/contract/contract';
import { DeskFailure } from '../../shared/contract/errors';
import { createAppInfo } from './app-info';
import { createDeskHandlers } from './desk-handlers';
import { createDemoEnvironment } from '../demo/demo-environment';
import { listDemoPersons } from '../demo/demo-persons';
import { createInquiryService } from '../inquiry/inquiry-service';
import { createBcssCallRunner } from '../person-services/bcss-call-runner';
import { createIdentifyPersonService } from '../person-services/identify-person-service';
import { createManageAccessService } from '../person-services/manage-access-service';
import { createForeignerSituationService } from '../person-services/foreigner-situation-service';
import { createRegisterExtractService } from '../person-services/register-extract-service';
import { createCertificateStore } from '../settings/certificate-store';
import { createEndpoints } from '../settings/endpoint';
import { createEnvironmentSettings } from '../settings/environments';
import { createOrganisationSettings } from '../settings/organisation';
import type { SecretStore } from '../settings/secret-store';
import { createSettingsService } from '../settings/settings-service';
import { createPreferencesService, type KeyValueStore } from '../settings/preferences';
import { createReportActions } from '../report/report-actions';
import type { ReportContext } from '../report/report-model';
import type { ReportOutlet } from '../report/report-outlet';
// Not './report': its index brings the Chromium adapter (playwright-core), which only the browser host uses.
import { createReportService } from '../report/report-service';
import type { PdfRenderer } from '../report/pdf-port';
import { translator } from '../report/translator';
import type { Inquiry } from '../../shared/domain/inquiry';
import { createVault, type SecretBox } from '../vault';
import { vaultDeskError } from '../vault/desk-error';
import type { AuditEntryInput } from '../vault/types';
import { APP_VERSION } from './version';
import type { BcssCallEvent } from '../bcss/audited-call';

export interface DeskOptions {
  host: HostKind;
  dataDir: string;
  preferencesStore: KeyValueStore;
  /** Wraps the vault's data key: the OS (Electron safeStorage) or a key file (browser host). */
  secretBox: () => SecretBox;
  env?: NodeJS.ProcessEnv;
  /** The host's print engine (Electron's printToPDF, or Chromium over CDP) and how files reach the user. */
  report: { pdf: PdfRenderer; outlet: ReportOutlet };
}

export type VaultAccess = <T>(
  use: (vault: Awaited<ReturnType<typeof createVault>>) => Promise<T>,
) => Promise<T>;

export function composeDesk(options: DeskOptions) {
  const env = options.env ?? process.env;
  // Demo-only switches, used by the end-to-end tests to shape the simulator of one run.
  const demo = createDemoEnvironment({
    dataDir: options.dataDir,
    pkiDir: env.INQUIRY_DESK_DEMO_PKI_DIR || undefined,
    socialInquiryVersion: env.INQUIRY_DESK_SIMULATOR_VERSION === '1' ? 1 : 2,
    faults: env.INQUIRY_DESK_SIMULATOR_FAULTS || undefined,
    offline: env.INQUIRY_DESK_SIMULATOR === 'off',
  });
  demo.warmUp();

  // Async, so that a secret box refusing at once (no OS protection) rejects here rather than throwing.
  const vaultReady = (async () =>
    createVault({ dataDir: options.dataDir, secretBox: options.secretBox() }))();
  // A vault that cannot open is reported by each call that needs it (withVault), not as a crash at start.
  vaultReady.catch(() => {});
  // Damaged files are found in the background, so the saved-inquiries list can report them at once.
  void vaultReady.then((vault) => vault.verify()).catch(() => {});
  const stopRetention = vaultReady.then((vault) => vault.startRetention()).catch(() => null);

  /** Runs `use` on the open vault; its failures, and a vault that cannot open, become typed errors. */
  const withVault: VaultAccess = async (use) => {
    try {
      return await use(await vaultReady);
    } catch (error) {
      const deskError = vaultDeskError(error);
      throw deskError ? new DeskFailure(deskError) : error;
    }
  };

  // The settings' secrets (certificates, Basic passwords) are sealed under the vault's key.
  const secrets: SecretStore = {
    put: (name, data) => withVault((vault) => vault.secrets.put(name, data)),
    get: (name) => withVault((vault) => vault.secrets.get(name)),
    remove: (name) => withVault((vault) => vault.secrets.remove(name)),
  };
  const organisation = createOrganisationSettings(options.preferencesStore);
  const environments = createEnvironmentSettings({ store: options.preferencesStore, secrets });
  const certificates = createCertificateStore({
    secrets,
    organisationCbe: () => organisation.organisation()?.cbe ?? null,
  });
  const endpoints = createEndpoints({
    environments,
    certificates,
    organisation,
    demo: demo.endpoint,
  });
  const settings = createSettingsService({ organisation, environments, certificates, endpoints });
  const investigatorName = () => organisation.investigator()?.name ?? userInfo().username;

  /** One audit entry, as the investigator in the settings; resolves once it is durable. */
  const audit = async (entry: Omit<AuditEntryInput, 'investigator'>) => {
    await withVault((vault) => vault.audit.append({ ...entry, investigator: investigatorName() }));
  };
  // Every BCSS call is logged before its answer is used: no vault, no call.
  const onBcssCall = (event: BcssCallEvent) => audit(event);
  const personCalls = createBcssCallRunner({ endpoint: endpoints.active, onBcssCall });

  const preferences = createPreferencesService(options.preferencesStore);
  /** Read at each export: the settings may have changed since the last one. */
  const reportContext = (inquiry: Inquiry): ReportContext => {
    const language = preferences.get().language;
    const configured = organisation.organisation();
    return {
      language,
      // Until the CPAS is configured the report says so, with the CBE the inquiry was made under.
      organisation: configured
        ? { cpasName: configured.cpasName, cbe: configured.cbe }
        : { cpasName: translator(language)('report.unconfiguredCpas'), cbe: inquiry.request.cbe },
      investigator: investigatorName(),
      // The inquiry's own: a demo inquiry stays marked as such, whatever the app runs in now.
      environment: inquiry.environment,
    };
  };
  const report = createReportActions({
    open: (id) => withVault((vault) => vault.open(id)),
    report: createReportService({ pdf: options.report.pdf }),
    outlet: options.report.outlet,
    context: reportContext,
    audit,
  });

  const handlers = createDeskHandlers({
    appInfo: createAppInfo({ version: APP_VERSION, host: options.host }),
    preferences,
    inquiry: createInquiryService({
      endpoint: endpoints.active,
      onBcssCall,
    }),
    demoPersons: listDemoPersons,
    settings,
    manageAccess: createManageAccessService(personCalls),
    identifyPerson: createIdentifyPersonService(personCalls),
    registerExtract: createRegisterExtractService(personCalls),
    foreignerSituation: createForeignerSituationService(personCalls),
    withVault,
    report,
  });

  return {
    handlers,
    async close() {
      (await stopRetention)?.();
      await Promise.allSettled([
        demo.close(),
        vaultReady.then((vault) => vault.close()),
        options.report.pdf.close(),
      ]);
    },
  };
}
