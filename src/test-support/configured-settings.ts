// Test-only: the whole settings core over in-memory stores, configured for the demo CPAS against a simulator.
import { DEMO_CBE } from '../simulator/pki';
import type { BcssEndpoint } from '../main/inquiry/inquiry-service';
import { createCertificateStore } from '../main/settings/certificate-store';
import { createEndpoints } from '../main/settings/endpoint';
import type { EnvironmentPatch, RemoteEnvironmentName } from '../shared/contract/settings';
import { createEnvironmentSettings, SOA_PREFIX } from '../main/settings/environments';
import { createOrganisationSettings } from '../main/settings/organisation';
import { memoryKeyValueStore, memorySecretStore } from './memory-stores';

/** Synthetic: the demo investigator's NISS (valid check digits, nobody real). */
export const TEST_INVESTIGATOR = {
  name: 'A. Enquêteur',
  ssin: '80031410116',
  email: 'enquetes@cpas-demoville.example',
};

export interface ConfiguredOptions {
  /** `https://127.0.0.1:<port>`: the simulator's URL (the SOA4520 prefix is added, as for the real hosts). */
  simulatorUrl: string;
  caCertPem: string;
  certificate: { pfx: Buffer; passphrase: string };
  environment?: RemoteEnvironmentName;
  patch?: EnvironmentPatch;
  demo?: () => Promise<BcssEndpoint>;
}

export async function configuredSettings(options: ConfiguredOptions) {
  const environment = options.environment ?? 'test';
  const store = memoryKeyValueStore();
  const secrets = memorySecretStore();
  const organisation = createOrganisationSettings(store);
  organisation.saveOrganisation({ cpasName: 'CPAS de Demoville', cbe: DEMO_CBE });
  organisation.saveInvestigator(TEST_INVESTIGATOR);
  const environments = createEnvironmentSettings({ store, secrets });
  environments.update(environment, {
    baseUrl: options.simulatorUrl + SOA_PREFIX,
    caBundlePem: options.caCertPem,
    trustSystemCas: false,
    connectTimeoutMs: 3000,
    responseTimeoutMs: 3000,
    ...options.patch,
  });
  const certificates = createCertificateStore({
    secrets,
    organisationCbe: () => organisation.organisation()?.cbe ?? null,
  });
  const imported = await certificates.import(environment, {
    pkcs12: options.certificate.pfx,
    passphrase: options.certificate.passphrase,
  });
  const endpoints = createEndpoints({
    environments,
    certificates,
    organisation,
    demo: options.demo ?? (() => Promise.reject(new Error('no demo in this test'))),
  });
  return { store, secrets, organisation, environments, certificates, endpoints, imported };
}
