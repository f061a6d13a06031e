// The endpoint built from the settings: what it carries, what it needs, and an inquiry run through it.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskFailure } from '../../shared/contract/errors';
import {
  DEMO_PERSONAS,
  DEMO_CBE,
  ensureDemoPki,
  type DemoPki,
  startSimulator,
  type Simulator,
  defaultServices,
} from '../../test-support/simulator';
import { createInquiryService, type BcssEndpoint } from '../inquiry';
import { createCertificateStore } from './certificate-store';
import { createEndpoints, endpointFor, EndpointUnavailable, trustedCas } from './endpoint';
import { createEnvironmentSettings, DEFAULT_ENVIRONMENTS } from './environments';
import { createOrganisationSettings } from './organisation';
import { configuredSettings, TEST_INVESTIGATOR } from '../../test-support/configured-settings';
import { memoryKeyValueStore, memorySecretStore } from '../../test-support/memory-stores';

let dir: string;
let pki: DemoPki;
let simulator: Simulator;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-endpoint-'));
  pki = await ensureDemoPki(dir);
  simulator = await startSimulator({ services: defaultServices(), pki });
}, 120_000);

afterAll(async () => {
  await simulator.close();
  rmSync(dir, { recursive: true, force: true });
});

const organisation = { cpasName: 'CPAS de Demoville', cbe: DEMO_CBE, sector: 17, institution: 1 };
const certificate = () => ({ pfx: pki.client.pfx, passphrase: pki.client.passphrase });

async function notConfigured(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeskFailure);
  const { code, details } = (error as DeskFailure).error;
  expect(code).toBe('NOT_CONFIGURED');
  return details?.missing;
}

describe('endpointFor', () => {
  it('gives the inquiry service every service URL, the CPAS, the investigator and the transport', () => {
    const endpoint = endpointFor(
      { name: 'production', ...DEFAULT_ENVIRONMENTS.production, basicAuthUser: 'E0207777760' },
      {
        certificate: certificate(),
        organisation,
        investigator: TEST_INVESTIGATOR,
        basicPassword: 'synthetic-password',
      },
    );
    expect(endpoint).toMatchObject({
      environment: 'production',
      serviceUrls: {
        socialInquiry: 'https://bcssksz-services-prod.smals.be/SOA4520/SocialInquiryService/v1',
        ssdnConnector: 'https://bcssksz-services-prod.smals.be/SOA4520/WebServiceConnector',
        registerExtract:
          'https://bcssksz-services-prod.smals.be/SOA4520/RetrieveTIGroupsService/v2/retrieveTI',
        foreignerSituation:
          'https://b2b.ksz-bcss.fgov.be:4520/ForeignerSituationService/v1/consult',
      },
      cbe: DEMO_CBE,
      user: { ssin: TEST_INVESTIGATOR.ssin, email: TEST_INVESTIGATOR.email },
      transport: {
        connectTimeoutMs: DEFAULT_ENVIRONMENTS.production.connectTimeoutMs,
        responseTimeoutMs: DEFAULT_ENVIRONMENTS.production.responseTimeoutMs,
        basicAuth: { user: 'E0207777760', password: 'synthetic-password' },
        // HTTPS_PROXY / NO_PROXY by default.
        proxy: { mode: 'env' },
      },
    });
  });

  it('gives the transport the proxy of the settings, its password from the secrets', () => {
    const environment = (proxy: (typeof DEFAULT_ENVIRONMENTS)['test']['proxy']) => ({
      name: 'test' as const,
      ...DEFAULT_ENVIRONMENTS.test,
      proxy,
    });
    const parts = { certificate: certificate(), organisation, investigator: TEST_INVESTIGATOR };
    const none = environment({ mode: 'none', url: 'http://proxy.cpas.example:8080', user: null });
    expect(endpointFor(none, parts).transport.proxy).toEqual({ mode: 'none' });
    const open = environment({
      mode: 'explicit',
      url: 'http://proxy.cpas.example:8080',
      user: null,
    });
    expect(endpointFor(open, parts).transport.proxy).toEqual({
      mode: 'explicit',
      url: 'http://proxy.cpas.example:8080',
    });
    const guarded = environment({
      mode: 'explicit',
      url: 'http://proxy.cpas.example:8080',
      user: 'cpas-bcss',
    });
    expect(() => endpointFor(guarded, parts)).toThrow(EndpointUnavailable);
    expect(endpointFor(guarded, { ...parts, proxyPassword: 'synthetic' }).transport.proxy).toEqual({
      mode: 'explicit',
      url: 'http://proxy.cpas.example:8080',
      auth: { user: 'cpas-bcss', password: 'synthetic' },
    });
  });

  it('refuses an HTTP Basic user without its password', () => {
    const build = () =>
      endpointFor(
        { name: 'test', ...DEFAULT_ENVIRONMENTS.test, basicAuthUser: 'E0207777760' },
        { certificate: certificate(), organisation, investigator: TEST_INVESTIGATOR },
      );
    expect(build).toThrow(EndpointUnavailable);
  });

  it("trusts the system's CAs, the environment's bundle, or both", () => {
    const bundle = { caBundlePem: pki.caCertPem };
    const pem = pki.caCertPem.replace(/\r\n/g, '\n');
    expect(trustedCas({ trustSystemCas: false, ...bundle })).toEqual([pem]);
    const both = trustedCas({ trustSystemCas: true, ...bundle }) ?? [];
    expect(both).toContain(pem);
    expect(both).toEqual(expect.arrayContaining([...rootCertificates]));
    const system = trustedCas({ trustSystemCas: true, caBundlePem: null });
    // Node's default store (undefined) or, where the runtime lists them, the system's CAs explicitly.
    expect(system === undefined || system.length >= rootCertificates.length).toBe(true);
  });
});

describe('endpoints of the stored settings', () => {
  it('run an inquiry against the simulator, configured as a real environment would be', async () => {
    const settings = await configuredSettings({
      simulatorUrl: simulator.url,
      caCertPem: pki.caCertPem,
      certificate: certificate(),
    });
    settings.environments.select('test');
    const inquiry = await createInquiryService({
      endpoint: settings.endpoints.active,
      retry: { attempts: 1, baseDelayMs: 10 },
    }).run({
      requestId: randomUUID(),
      niss: DEMO_PERSONAS.find((p) => p.key === 'belgian-ris')!.niss,
      period: { from: '1990-01-01', to: '2026-12-31' },
    });
    expect(inquiry.environment).toBe('test');
    expect(inquiry.request.cbe).toBe(DEMO_CBE);
    expect(inquiry.dataFound).toBe(true);
  });

  it('use the demo environment when it is the active one', async () => {
    const demoEndpoint = { environment: 'demo' } as BcssEndpoint;
    const store = memoryKeyValueStore();
    const secrets = memorySecretStore();
    const endpoints = createEndpoints({
      environments: createEnvironmentSettings({ store, secrets }),
      certificates: createCertificateStore({ secrets, organisationCbe: () => null }),
      organisation: createOrganisationSettings(store),
      demo: async () => demoEndpoint,
    });
    expect(await endpoints.active()).toBe(demoEndpoint);
  });

  it('name what is missing: organisation, investigator, certificate, Basic and proxy passwords', async () => {
    const store = memoryKeyValueStore();
    const secrets = memorySecretStore();
    const organisationSettings = createOrganisationSettings(store);
    const environments = createEnvironmentSettings({ store, secrets });
    const certificates = createCertificateStore({
      secrets,
      organisationCbe: () => organisationSettings.organisation()?.cbe ?? null,
    });
    const endpoints = createEndpoints({
      environments,
      certificates,
      organisation: organisationSettings,
      demo: () => Promise.reject(new Error('unused')),
    });
    expect(await notConfigured(endpoints.of('test'))).toBe('organisation');
    organisationSettings.saveOrganisation(organisation);
    expect(await notConfigured(endpoints.of('test'))).toBe('investigator');
    organisationSettings.saveInvestigator(TEST_INVESTIGATOR);
    expect(await notConfigured(endpoints.of('test'))).toBe('certificate');
    await certificates.import('test', { pkcs12: pki.client.pfx, passphrase: pki.passphrase });
    environments.update('test', { basicAuthUser: 'E0207777760' });
    expect(await notConfigured(endpoints.of('test'))).toBe('basic-password');
    await environments.setBasicPassword('test', 'synthetic-password');
    expect((await endpoints.of('test')).environment).toBe('test');
    environments.update('test', {
      proxy: { mode: 'explicit', url: 'http://proxy.cpas.example:8080', user: 'cpas-bcss' },
    });
    expect(await notConfigured(endpoints.of('test'))).toBe('proxy-password');
    await environments.setProxyPassword('test', 'synthetic-proxy-password');
    expect((await endpoints.of('test')).transport.proxy).toMatchObject({
      auth: { user: 'cpas-bcss', password: 'synthetic-proxy-password' },
    });

    // The organisation's CBE changed after the import: the BCSS would refuse every call (MSG00014).
    organisationSettings.saveOrganisation({ ...organisation, cbe: '0209999951' });
    expect(await notConfigured(endpoints.of('test'))).toBe('certificate-cbe-mismatch');
  });
});
