// The settings screen as a CPAS's IT person meets it: the organisation, the investigator, a remote
// environment (base address and each service's, proxy, CA, timeouts), the client certificate, the connection
// test with its result per service, the active environment and the language.
import { expect, type Locator, type Page } from '@playwright/test';
import type { EnvironmentName, RemoteEnvironmentName } from '../../src/shared/domain/environments';
import type { Language } from '../../src/shared/domain/preferences';
import { Nav } from './nav';

export interface Investigator {
  name: string;
  ssin: string;
  email: string;
}

/** The services as the screen names them in its test ids. */
export type ServiceName = 'social-inquiry' | 'ssdn' | 'register-extract' | 'foreigner-situation';

/** The same services as the connection test's results name them. */
const SERVICE_IDS: Record<ServiceName, string> = {
  'social-inquiry': 'socialInquiry',
  ssdn: 'ssdnConnector',
  'register-extract': 'registerExtract',
  'foreigner-situation': 'foreignerSituation',
};

export interface RemoteEnvironment {
  baseUrl: string;
  /** Services at an address of their own (a full URL or a path under the base address). */
  addresses?: Partial<Record<ServiceName, string>>;
  /** The CA to trust instead of the system's, as PEM. */
  caPem: string;
  connectTimeoutSeconds: number;
}

export class SettingsScreen {
  readonly root: Locator;
  readonly title: Locator;
  readonly orgName: Locator;
  readonly orgCbe: Locator;
  readonly orgCbeIssue: Locator;
  readonly orgError: Locator;
  readonly orgSaved: Locator;
  readonly investigatorName: Locator;
  readonly investigatorSsin: Locator;
  readonly investigatorEmail: Locator;
  readonly investigatorSaved: Locator;
  readonly baseUrl: Locator;
  readonly trustSystem: Locator;
  readonly caFile: Locator;
  readonly caList: Locator;
  readonly connectTimeout: Locator;
  /** The pinned server certificate's SHA-256 fingerprint. */
  readonly serverFingerprint: Locator;
  readonly environmentSaved: Locator;
  readonly certificateFile: Locator;
  readonly certificatePassphrase: Locator;
  readonly certificateRefused: Locator;
  readonly certificateNone: Locator;
  readonly certificateImported: Locator;
  readonly certificateSubject: Locator;
  readonly certificateCbeCheck: Locator;
  readonly connectionTestResult: Locator;
  /** One result per service tested. */
  readonly connectionTestServices: Locator;
  readonly proxyUrl: Locator;
  readonly proxyUser: Locator;
  readonly proxyEnvironment: Locator;
  readonly proxyPassword: Locator;
  readonly environmentError: Locator;
  readonly language: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('settings-screen');
    this.title = this.root.locator('h1');
    this.orgName = page.getByTestId('org-name');
    this.orgCbe = page.getByTestId('org-cbe');
    this.orgCbeIssue = page.getByTestId('org-cbe-issue');
    this.orgError = page.getByTestId('org-error');
    this.orgSaved = page.getByTestId('org-saved');
    this.investigatorName = page.getByTestId('investigator-name');
    this.investigatorSsin = page.getByTestId('investigator-ssin');
    this.investigatorEmail = page.getByTestId('investigator-email');
    this.investigatorSaved = page.getByTestId('investigator-saved');
    this.baseUrl = page.getByTestId('env-base-url');
    this.trustSystem = page.getByTestId('env-trust-system');
    this.caFile = page.getByTestId('env-ca-file');
    this.caList = page.getByTestId('env-ca-list');
    this.connectTimeout = page.getByTestId('env-connect-timeout');
    this.serverFingerprint = page.getByTestId('env-server-fingerprint');
    this.environmentSaved = page.getByTestId('env-saved');
    this.certificateFile = page.getByTestId('certificate-file');
    this.certificatePassphrase = page.getByTestId('certificate-passphrase');
    this.certificateRefused = page.getByTestId('certificate-refused');
    this.certificateNone = page.getByTestId('certificate-none');
    this.certificateImported = page.getByTestId('certificate-imported');
    this.certificateSubject = page.getByTestId('certificate-subject');
    this.certificateCbeCheck = page.getByTestId('certificate-cbe-check');
    this.connectionTestResult = page.getByTestId('connection-test-result');
    this.connectionTestServices = page.getByTestId('connection-test-service');
    this.proxyUrl = page.getByTestId('env-proxy-url');
    this.proxyUser = page.getByTestId('env-proxy-user');
    this.proxyEnvironment = page.getByTestId('env-proxy-environment');
    this.proxyPassword = page.getByTestId('env-proxy-password');
    this.environmentError = page.getByTestId('env-error');
    this.language = page.getByTestId('preferences-language');
  }

  /** To the settings, through the navigation. */
  async open(): Promise<void> {
    await new Nav(this.page).go('settings');
    await expect(this.root).toBeVisible();
  }

  async saveOrganisation(name: string, cbe: string): Promise<void> {
    await this.orgName.fill(name);
    await this.orgCbe.fill(cbe);
    await this.page.getByTestId('org-save').click();
  }

  async saveInvestigator(investigator: Investigator): Promise<void> {
    await this.investigatorName.fill(investigator.name);
    await this.investigatorSsin.fill(investigator.ssin);
    await this.investigatorEmail.fill(investigator.email);
    await this.page.getByTestId('investigator-save').click();
  }

  /** The tab of an environment's configuration. */
  async showEnvironment(name: RemoteEnvironmentName): Promise<void> {
    await this.page.getByTestId(`env-tab-${name}`).click();
  }

  /** Configures a remote environment's address, its own CA (not the system's) and timeout, and saves. */
  async configureEnvironment(
    name: RemoteEnvironmentName,
    remote: RemoteEnvironment,
  ): Promise<void> {
    await this.showEnvironment(name);
    await this.baseUrl.fill(remote.baseUrl);
    for (const [service, address] of Object.entries(remote.addresses ?? {})) {
      await this.serviceAddress(service as ServiceName).fill(address);
    }
    await this.trustSystem.uncheck();
    await this.caFile.setInputFiles({
      name: 'demo-ca.pem',
      mimeType: 'application/x-pem-file',
      buffer: Buffer.from(remote.caPem),
    });
    await this.connectTimeout.fill(String(remote.connectTimeoutSeconds));
    await this.page.getByTestId('env-save').click();
  }

  /** The address a service is called at, as the form shows it once saved. */
  serviceUrl(service: ServiceName): Locator {
    return this.page.getByTestId(`env-url-${service}`);
  }

  /** The field of a service's own address (empty: the base address and the usual path). */
  serviceAddress(service: ServiceName): Locator {
    return this.page.getByTestId(`env-address-${service}`);
  }

  /** The problem said under a service's address, when the save was refused. */
  serviceAddressIssue(service: ServiceName): Locator {
    return this.page.getByTestId(`env-address-${service}-issue`);
  }

  /** Types a service's own address and saves the environment. */
  async setServiceAddress(service: ServiceName, address: string): Promise<void> {
    await this.serviceAddress(service).fill(address);
    await this.saveEnvironment();
  }

  async saveEnvironment(): Promise<void> {
    await this.page.getByTestId('env-save').click();
  }

  /** An explicit proxy (HTTP CONNECT) for the environment shown, with its user when it asks for one; saved. */
  async useProxy(url: string, user?: string): Promise<void> {
    await this.page.getByTestId('env-proxy-mode-explicit').check();
    await this.proxyUrl.fill(url);
    await this.proxyUser.fill(user ?? '');
    await this.saveEnvironment();
  }

  /** Back to HTTPS_PROXY / NO_PROXY (the default), saved. */
  async useEnvironmentProxy(): Promise<void> {
    await this.page.getByTestId('env-proxy-mode-env').check();
    await this.saveEnvironment();
  }

  /** Stores the proxy's password (it never comes back to the page). */
  async setProxyPassword(password: string): Promise<void> {
    await this.proxyPassword.fill(password);
    await this.page.getByTestId('env-proxy-password-save').click();
  }

  /** The connection test's result for one service. */
  connectionTestService(service: ServiceName): Locator {
    return this.connectionTestServices.and(
      this.page.locator(`[data-service="${SERVICE_IDS[service]}"]`),
    );
  }

  /** Imports a PKCS#12 file with its passphrase. */
  async importCertificate(file: Buffer, passphrase: string): Promise<void> {
    await this.certificateFile.setInputFiles({
      name: 'cpas.p12',
      mimeType: 'application/x-pkcs12',
      buffer: file,
    });
    await this.certificatePassphrase.fill(passphrase);
    await this.page.getByTestId('certificate-import').click();
  }

  async testConnection(): Promise<void> {
    await this.page.getByTestId('connection-test-run').click();
  }

  /** The radio button that makes an environment the active one. */
  environmentChoice(name: EnvironmentName): Locator {
    return this.page.getByTestId(`env-select-${name}`);
  }

  /** Makes an environment the active one (production asks for a confirmation first). */
  async selectEnvironment(name: EnvironmentName): Promise<void> {
    await this.environmentChoice(name).click();
  }

  async chooseLanguage(language: Language): Promise<void> {
    await this.language.selectOption(language);
  }
}
