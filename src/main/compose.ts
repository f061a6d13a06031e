// Assembles the main-process services for either host: what differs (preferences store, secret box,
// data folder, host kind) comes in as parameters.
import { userInfo } from 'node:os';
import type { HostKind } from '../shared/api/contract';
import { DeskFailure } from '../shared/api/errors';
import { createAppInfo } from './app-info';
import { createDeskHandlers } from './desk-handlers';
import { createDemoEnvironment } from './environments/demo-environment';
import { listDemoPersons } from './environments/demo-persons';
import { createInquiryService } from './inquiry/inquiry-service';
import { createBcssCallRunner } from './person-services/bcss-call-runner';
import { createIdentifyPersonService } from './person-services/identify-person-service';
import { createManageAccessService } from './person-services/manage-access-service';
import { createCertificateStore } from './settings/certificate-store';
import { createEndpoints } from './settings/endpoint';
import { createEnvironmentSettings } from './settings/environments';
import { createOrganisationSettings } from './settings/organisation';
import type { SecretStore } from './settings/secret-store';
import { createSettingsService } from './settings/settings-service';
import { createPreferencesService, type KeyValueStore } from './settings/preferences';
import { createVault, type SecretBox } from './vault';
import { vaultDeskError } from './vault/desk-error';
import { APP_VERSION } from './version';
import type { BcssCallEvent } from './bcss/audited-call';

export interface DeskOptions {
  host: HostKind;
  dataDir: string;
  preferencesStore: KeyValueStore;
  /** Wraps the vault's data key: the OS (Electron safeStorage) or a key file (browser host). */
  secretBox: () => SecretBox;
  env?: NodeJS.ProcessEnv;
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

  // Every BCSS call is logged before its answer is used: no vault, no call.
  const onBcssCall = async (event: BcssCallEvent) => {
    await withVault((vault) => vault.audit.append({ ...event, investigator: investigatorName() }));
  };
  const personCalls = createBcssCallRunner({ endpoint: endpoints.active, onBcssCall });

  const handlers = createDeskHandlers({
    appInfo: createAppInfo({ version: APP_VERSION, host: options.host }),
    preferences: createPreferencesService(options.preferencesStore),
    inquiry: createInquiryService({
      endpoint: endpoints.active,
      onBcssCall,
    }),
    demoPersons: listDemoPersons,
    settings,
    manageAccess: createManageAccessService(personCalls),
    identifyPerson: createIdentifyPersonService(personCalls),
    withVault,
  });

  return {
    handlers,
    async close() {
      (await stopRetention)?.();
      await Promise.allSettled([demo.close(), vaultReady.then((vault) => vault.close())]);
    },
  };
}
