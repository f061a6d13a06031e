// The settings as the DeskApi serves them: one view of everything (public facts only), each change validated
// with its refusal turned into a typed, localized DeskFailure, and the certificate warning shown at every start.
import type { EnvironmentName } from '../../shared/contract/contract';
import { DeskFailure } from '../../shared/contract/errors';
import {
  REMOTE_ENVIRONMENTS,
  type CertificateState,
  type CertificateWarning,
  type ConnectionTestResult,
  type EnvironmentPatch,
  type ImportOutcome,
  type RemoteEnvironmentName,
  type SettingsView,
} from '../../shared/contract/settings';
import type { CertificateStore } from './certificate-store';
import { testConnection, type ConnectionTestOptions } from './connection-test';
import type { Endpoints } from './endpoint';
import { EnvironmentRefused, type EnvironmentSettings } from './environments';
import type { OrganisationSettings, Organisation, Investigator } from './organisation';
import { issueDetails, SettingsInvalid } from './settings-issues';

export interface SettingsService {
  view(): Promise<SettingsView>;
  saveOrganisation(input: unknown): Promise<Organisation>;
  saveInvestigator(input: unknown): Promise<Investigator>;
  selectEnvironment(name: EnvironmentName, confirmed: boolean): Promise<EnvironmentName>;
  updateEnvironment(name: RemoteEnvironmentName, patch: EnvironmentPatch): Promise<SettingsView>;
  resetEnvironment(name: RemoteEnvironmentName): Promise<SettingsView>;
  setBasicPassword(name: RemoteEnvironmentName, password: string | null): Promise<SettingsView>;
  setProxyPassword(name: RemoteEnvironmentName, password: string | null): Promise<SettingsView>;
  importCertificate(
    name: RemoteEnvironmentName,
    file: { pkcs12: Uint8Array; passphrase: string },
  ): Promise<ImportOutcome>;
  removeCertificate(name: RemoteEnvironmentName): Promise<SettingsView>;
  testConnection(name: EnvironmentName, signal?: AbortSignal): Promise<ConnectionTestResult>;
  activeEnvironment(): EnvironmentName;
  certificateWarning(): Promise<CertificateWarning | null>;
}

export interface SettingsServiceDeps {
  organisation: OrganisationSettings;
  environments: EnvironmentSettings;
  certificates: CertificateStore;
  endpoints: Endpoints;
  /** The audit log, which records the connection test's probes like any BCSS call. */
  audit?: Pick<ConnectionTestOptions, 'onBcssCall' | 'auditReady'>;
}

/** Runs a change; a validation refusal becomes SETTINGS_INVALID with every field's problem in `details`. */
async function validated<T>(change: () => T | Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    throw asDeskFailure(error);
  }
}

function asDeskFailure(error: unknown): unknown {
  if (error instanceof SettingsInvalid) {
    return new DeskFailure({
      code: 'SETTINGS_INVALID',
      messageKey: 'settings.error.invalid',
      details: issueDetails(error.issues),
    });
  }
  if (error instanceof EnvironmentRefused) {
    return new DeskFailure(
      error.code === 'production-needs-confirmation'
        ? { code: 'CONFIRMATION_REQUIRED', messageKey: 'settings.error.productionConfirmation' }
        : { code: 'INVALID_INPUT', messageKey: 'errors.invalidInput' },
    );
  }
  return error;
}

export function createSettingsService(deps: SettingsServiceDeps): SettingsService {
  const { organisation, environments, certificates } = deps;

  async function view(): Promise<SettingsView> {
    const states = await Promise.all(
      REMOTE_ENVIRONMENTS.map(async (name) => [name, await certificates.status(name)] as const),
    );
    return {
      organisation: organisation.organisation(),
      investigator: organisation.investigator(),
      activeEnvironment: environments.active(),
      environments: await environments.list(),
      certificates: Object.fromEntries(states) as Record<RemoteEnvironmentName, CertificateState>,
    };
  }

  return {
    view,
    saveOrganisation: (input) => validated(() => organisation.saveOrganisation(input)),
    saveInvestigator: (input) => validated(() => organisation.saveInvestigator(input)),
    selectEnvironment: (name, confirmed) =>
      validated(() => environments.select(name, { confirmed })),
    updateEnvironment: (name, patch) =>
      validated(async () => {
        environments.update(name, patch);
        return view();
      }),
    resetEnvironment: async (name) => {
      await environments.reset(name);
      return view();
    },
    setBasicPassword: (name, password) =>
      validated(async () => {
        await environments.setBasicPassword(name, password);
        return view();
      }),
    setProxyPassword: (name, password) =>
      validated(async () => {
        await environments.setProxyPassword(name, password);
        return view();
      }),
    importCertificate: (name, file) => certificates.import(name, file),
    removeCertificate: async (name) => {
      await certificates.remove(name);
      return view();
    },
    async testConnection(name, signal) {
      return testConnection(await deps.endpoints.of(name), { signal, ...deps.audit });
    },
    activeEnvironment: () => environments.active(),
    async certificateWarning() {
      const active = environments.active();
      if (active === 'demo') return null;
      const status = await certificates.status(active);
      if (status.state !== 'present' || !status.certificate.expiryWarning) return null;
      return {
        environment: active,
        daysLeft: status.certificate.daysLeft,
        validTo: status.certificate.validTo,
        expired: status.certificate.validity === 'expired',
      };
    },
  };
}
