// Test-only: the whole settings core over in-memory stores, configured for the demo CPAS against a simulator.
import { DEMO_CBE } from '../simulator/pki';
import { FOREIGNER_SITUATION_PATH } from '../simulator/services';
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

/**
 * The addresses that point a remote environment at a simulator, as a CPAS's IT would type them for the real
 * hosts: the base URL with its /SOA4520 prefix, and ForeignerSituation at its own address (on the real hosts, the
 * b2b one of seed 002; the simulator answers it at the seed's path, without the prefix).
 */
export function simulatorAddresses(
  simulatorUrl: string,
): Required<Pick<EnvironmentPatch, 'baseUrl' | 'serviceAddresses'>> {
  return {
    baseUrl: simulatorUrl + SOA_PREFIX,
    serviceAddresses: { foreignerSituation: simulatorUrl + FOREIGNER_SITUATION_PATH },
  };
}

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
    ...simulatorAddresses(options.simulatorUrl),
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
