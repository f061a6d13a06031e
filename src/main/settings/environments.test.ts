// The environments: DOMAIN.md's and seed 002's defaults, each service's address, validation of edits, settings
// saved by the previous version, the proxy, the production confirmation, passwords kept as secrets.
import { afterEach, describe, expect, it } from 'vitest';
import { SECRET_NAMES } from './secret-store';
import {
  createEnvironmentSettings,
  DEFAULT_ENVIRONMENTS,
  EnvironmentRefused,
  serviceUrls,
} from './environments';
import { REMOTE_ENVIRONMENTS } from '../../shared/contract/settings';
import { SettingsInvalid } from './settings-issues';
import { certificatePem, selfSignedIdentity } from '../../test-support/pkcs12-fixtures';
import { memoryKeyValueStore, memorySecretStore } from '../../test-support/memory-stores';

function setup() {
  const store = memoryKeyValueStore();
  const secrets = memorySecretStore();
  return { store, secrets, environments: createEnvironmentSettings({ store, secrets }) };
}

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsInvalid);
    return (error as SettingsInvalid).issues.map((i) => `${i.field}:${i.code}`);
  }
  throw new Error('expected SettingsInvalid');
}

describe('environments', () => {
  it('start on demo, with the hosts of DOMAIN.md §7 for the others', () => {
    const { environments } = setup();
    expect(environments.active()).toBe('demo');
    expect(serviceUrls(environments.get('test'))).toEqual({
      socialInquiry: 'https://bcssksz-services-test.smals.be/SOA4520/SocialInquiryService/v1',
      ssdnConnector: 'https://bcssksz-services-test.smals.be/SOA4520/WebServiceConnector',
      registerExtract:
        'https://bcssksz-services-test.smals.be/SOA4520/RetrieveTIGroupsService/v2/retrieveTI',
      // Seed 002: ForeignerSituation is published on the b2b hosts, without the /SOA4520 prefix.
      foreignerSituation:
        'https://b2b-test.ksz-bcss.fgov.be:4520/ForeignerSituationService/v1/consult',
    });
    expect(environments.get('acceptance').baseUrl).toBe(
      'https://bcssksz-services-acpt.smals.be/SOA4520',
    );
    expect(environments.get('production').baseUrl).toBe(
      'https://bcssksz-services-prod.smals.be/SOA4520',
    );
  });

  it('put ForeignerSituation on the b2b host of each environment, every other service under the base URL', () => {
    const b2b = { test: 'b2b-test', acceptance: 'b2b-acpt', production: 'b2b' };
    for (const name of REMOTE_ENVIRONMENTS) {
      const urls = serviceUrls(DEFAULT_ENVIRONMENTS[name]);
      expect(urls.foreignerSituation).toBe(
        `https://${b2b[name]}.ksz-bcss.fgov.be:4520/ForeignerSituationService/v1/consult`,
      );
      for (const url of [urls.socialInquiry, urls.ssdnConnector, urls.registerExtract]) {
        expect(url.startsWith(`${DEFAULT_ENVIRONMENTS[name].baseUrl}/`)).toBe(true);
      }
    }
  });

  it('give each service an address of its own: a path under the base URL, a full URL, or none', () => {
    const { environments } = setup();
    const updated = environments.update('acceptance', {
      baseUrl: 'https://b2b-acpt.ksz-bcss.fgov.be:4520',
      serviceAddresses: {
        socialInquiry: ' https://BCSSKSZ-Services-Acpt.smals.be/SOA4520/SocialInquiryService/v1/ ',
        ssdnConnector: '/SOA4520/WebServiceConnector/',
        registerExtract: '',
        foreignerSituation: null,
      },
    });
    expect(updated.serviceAddresses).toEqual({
      socialInquiry: 'https://bcssksz-services-acpt.smals.be/SOA4520/SocialInquiryService/v1',
      ssdnConnector: '/SOA4520/WebServiceConnector',
      registerExtract: null,
      foreignerSituation: null,
    });
    expect(serviceUrls(environments.get('acceptance'))).toEqual({
      socialInquiry: 'https://bcssksz-services-acpt.smals.be/SOA4520/SocialInquiryService/v1',
      ssdnConnector: 'https://b2b-acpt.ksz-bcss.fgov.be:4520/SOA4520/WebServiceConnector',
      registerExtract:
        'https://b2b-acpt.ksz-bcss.fgov.be:4520/RetrieveTIGroupsService/v2/retrieveTI',
      foreignerSituation:
        'https://b2b-acpt.ksz-bcss.fgov.be:4520/ForeignerSituationService/v1/consult',
    });
    // An edit of one address keeps the others.
    environments.update('acceptance', { serviceAddresses: { registerExtract: '/Tx25' } });
    expect(environments.get('acceptance').serviceAddresses).toMatchObject({
      ssdnConnector: '/SOA4520/WebServiceConnector',
      registerExtract: '/Tx25',
    });
  });

  it('switch to production only with an explicit confirmation', () => {
    const { environments } = setup();
    environments.select('test');
    let refused: unknown;
    try {
      environments.select('production');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(EnvironmentRefused);
    expect((refused as EnvironmentRefused).code).toBe('production-needs-confirmation');
    expect(() => environments.select('production', { confirmed: false })).toThrow(
      EnvironmentRefused,
    );
    expect(environments.active()).toBe('test');
    expect(environments.select('production', { confirmed: true })).toBe('production');
    expect(environments.active()).toBe('production');
  });

  it('keep an edited host, normalised, and keep the other environments as they were', () => {
    const { environments } = setup();
    const updated = environments.update('test', {
      baseUrl: ' https://BCSS-New-Test.Example:8443/SOA4520/ ',
      responseTimeoutMs: 30_000,
    });
    expect(updated.baseUrl).toBe('https://bcss-new-test.example:8443/SOA4520');
    expect(environments.get('test').responseTimeoutMs).toBe(30_000);
    expect(environments.get('acceptance')).toEqual({
      name: 'acceptance',
      ...DEFAULT_ENVIRONMENTS.acceptance,
    });
  });

  it('refuse bad edits with typed field issues and store nothing', () => {
    const { environments, store } = setup();
    expect(issuesOf(() => environments.update('test', { baseUrl: 'http://bcss.example' }))).toEqual(
      ['baseUrl:url-not-https'],
    );
    expect(
      issuesOf(() => environments.update('test', { baseUrl: 'https://u:p@bcss.example/SOA4520' })),
    ).toEqual(['baseUrl:url-has-credentials']);
    expect(
      issuesOf(() => environments.update('test', { baseUrl: 'https://bcss.example/SOA4520?x=1' })),
    ).toEqual(['baseUrl:url-has-query']);
    expect(issuesOf(() => environments.update('test', { baseUrl: 'not a url' }))).toEqual([
      'baseUrl:url-invalid',
    ]);
    expect(
      issuesOf(() =>
        environments.update('test', {
          serviceAddresses: {
            socialInquiry: '/SocialInquiryService/../v1',
            ssdnConnector: 'http://bcss.example/WebServiceConnector',
            registerExtract: 'RetrieveTIGroupsService/v2',
            foreignerSituation: 'https://bcss.example/consult?wsdl',
          },
          connectTimeoutMs: 0,
          basicAuthUser: 'E:0207777760',
        }),
      ),
    ).toEqual([
      'serviceAddresses.socialInquiry:path-invalid',
      'serviceAddresses.ssdnConnector:url-not-https',
      'serviceAddresses.registerExtract:address-invalid',
      'serviceAddresses.foreignerSituation:url-has-query',
      'basicAuthUser:invalid',
      'connectTimeoutMs:out-of-range',
    ]);
    expect(store.data.size).toBe(0);
  });

  it('take a PEM bundle of CAs, show summaries of it, and never echo the PEM', async () => {
    const { environments } = setup();
    const ca = certificatePem(selfSignedIdentity({ commonName: 'CPAS Proxy Root CA (test)' }));
    environments.update('acceptance', {
      caBundlePem: `subject=CN = CPAS Proxy Root CA (test)\n${ca}\n`,
      trustSystemCas: false,
    });
    expect(environments.get('acceptance').caBundlePem).toBe(ca.replace(/\r\n/g, '\n'));
    const view = (await environments.list()).find((e) => e.name === 'acceptance');
    expect(view).toMatchObject({
      trustSystemCas: false,
      caBundle: [{ subject: expect.stringContaining('CN=CPAS Proxy Root CA (test)') }],
    });
    expect(JSON.stringify(await environments.list())).not.toContain('BEGIN');
  });

  it('refuse a CA bundle that is not certificates, or holds a private key', () => {
    const { environments } = setup();
    const identity = selfSignedIdentity();
    expect(issuesOf(() => environments.update('test', { caBundlePem: 'just some text' }))).toEqual([
      'caBundlePem:ca-bundle-invalid',
    ]);
    expect(
      issuesOf(() =>
        environments.update('test', {
          caBundlePem: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
        }),
      ),
    ).toEqual(['caBundlePem:ca-bundle-invalid']);
    expect(
      issuesOf(() =>
        environments.update('test', {
          caBundlePem:
            certificatePem(identity) +
            '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
        }),
      ),
    ).toEqual(['caBundlePem:ca-bundle-private-key']);
    expect(issuesOf(() => environments.update('test', { trustSystemCas: false }))).toEqual([
      'caBundlePem:ca-bundle-required',
    ]);
  });

  it('keep the HTTP Basic password as a secret, out of the settings file', async () => {
    const { environments, store, secrets } = setup();
    environments.update('production', { basicAuthUser: 'E0207777760' });
    await environments.setBasicPassword('production', 'correct horse battery');
    expect(JSON.stringify([...store.data])).not.toContain('correct horse');
    expect(secrets.entries.get(SECRET_NAMES.basicPassword('production'))?.toString()).toBe(
      'correct horse battery',
    );
    expect(await environments.basicPassword('production')).toBe('correct horse battery');
    const views = await environments.list();
    expect(views.find((v) => v.name === 'production')).toMatchObject({
      basicAuthUser: 'E0207777760',
      basicPasswordSet: true,
    });
    expect(JSON.stringify(views)).not.toContain('correct horse');

    await environments.reset('production');
    expect(await environments.basicPassword('production')).toBeNull();
    expect(environments.get('production')).toEqual({
      name: 'production',
      ...DEFAULT_ENVIRONMENTS.production,
    });
  });

  it('read the settings the previous version saved (one base URL, two paths) as the same addresses', () => {
    const { environments, store } = setup();
    const saved = {
      baseUrl: 'https://bcss-proxy.cpas.example/SOA4520',
      servicePaths: { socialInquiry: '/SocialInquiryService/v1', ssdnConnector: '/Connector/v2' },
      basicAuthUser: null,
      connectTimeoutMs: 5000,
      responseTimeoutMs: 30_000,
      trustSystemCas: true,
      caBundlePem: null,
    };
    store.set('environments', { test: saved, production: { ...saved, servicePaths: undefined } });
    const test = environments.get('test');
    expect(test).toMatchObject({
      baseUrl: saved.baseUrl,
      connectTimeoutMs: 5000,
      serviceAddresses: {
        socialInquiry: null,
        ssdnConnector: '/Connector/v2',
        registerExtract: null,
        foreignerSituation: DEFAULT_ENVIRONMENTS.test.serviceAddresses.foreignerSituation,
      },
      proxy: { mode: 'env', url: null, user: null },
    });
    expect(serviceUrls(test)).toMatchObject({
      socialInquiry: 'https://bcss-proxy.cpas.example/SOA4520/SocialInquiryService/v1',
      ssdnConnector: 'https://bcss-proxy.cpas.example/SOA4520/Connector/v2',
    });
    expect(environments.get('production').serviceAddresses).toEqual(
      DEFAULT_ENVIRONMENTS.production.serviceAddresses,
    );
    // The next save writes the new form; nothing of the old one remains.
    environments.update('test', { responseTimeoutMs: 25_000 });
    const written = (store.get('environments') as Record<string, Record<string, unknown>>).test!;
    expect(written).not.toHaveProperty('servicePaths');
    expect(written.serviceAddresses).toEqual(test.serviceAddresses);
  });

  it('fall back to the defaults for an environment edited by hand into nonsense', () => {
    const { environments, store } = setup();
    store.set('environments', { test: { baseUrl: 'ftp://x' } });
    store.set('activeEnvironment', 'staging');
    expect(environments.get('test')).toEqual({ name: 'test', ...DEFAULT_ENVIRONMENTS.test });
    expect(environments.active()).toBe('demo');
  });

  it('refuse a per-try timeout above its cap (15 s to connect, 30 s for the answer), saying which', () => {
    const { environments } = setup();
    expect(
      issuesOf(() =>
        environments.update('test', { connectTimeoutMs: 15_001, responseTimeoutMs: 60_000 }),
      ),
    ).toEqual([
      'connectTimeoutMs:connect-timeout-too-long',
      'responseTimeoutMs:response-timeout-too-long',
    ]);
    expect(
      environments.update('test', { connectTimeoutMs: 15_000, responseTimeoutMs: 30_000 }),
    ).toMatchObject({ connectTimeoutMs: 15_000, responseTimeoutMs: 30_000 });
  });

  it('take a pinned server fingerprint (SHA-256, any spelling), stored as AB:CD:…, and refuse anything else', () => {
    const { environments } = setup();
    const hex = 'ab'.repeat(32);
    expect(environments.update('test', { serverFingerprint: hex }).serverFingerprint).toBe(
      Array(32).fill('AB').join(':'),
    );
    // A pin replaces the CAs: neither the system's nor a bundle is needed then.
    expect(environments.update('test', { trustSystemCas: false }).trustSystemCas).toBe(false);
    for (const bad of ['ab'.repeat(31), 'zz'.repeat(32), 'SHA1:' + 'ab'.repeat(20)])
      expect(issuesOf(() => environments.update('test', { serverFingerprint: bad }))).toEqual([
        'serverFingerprint:fingerprint-invalid',
      ]);
    expect(
      environments.update('test', { serverFingerprint: '  ', trustSystemCas: true })
        .serverFingerprint,
    ).toBeNull();
  });

  it('read timeouts saved before the caps as the caps, keeping the rest of the environment', () => {
    const { environments, store } = setup();
    store.set('environments', {
      test: {
        ...DEFAULT_ENVIRONMENTS.test,
        baseUrl: 'https://bcss.example/SOA4520',
        connectTimeoutMs: 120_000,
        responseTimeoutMs: 600_000,
      },
    });
    expect(environments.get('test')).toMatchObject({
      baseUrl: 'https://bcss.example/SOA4520',
      connectTimeoutMs: 15_000,
      responseTimeoutMs: 30_000,
    });
  });
});

describe('the proxy of an environment', () => {
  const variables = [
    'HTTPS_PROXY',
    'https_proxy',
    'ALL_PROXY',
    'all_proxy',
    'NO_PROXY',
    'no_proxy',
  ];
  const saved = Object.fromEntries(variables.map((name) => [name, process.env[name]]));
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('follows HTTPS_PROXY / NO_PROXY by default, and the view says what they give for each service', async () => {
    const { environments } = setup();
    for (const name of variables) delete process.env[name];
    const viewOf = async () => (await environments.list()).find((e) => e.name === 'test');
    expect(environments.get('test').proxy).toEqual({ mode: 'env', url: null, user: null });
    expect(await viewOf()).toMatchObject({
      environmentProxies: {
        socialInquiry: null,
        ssdnConnector: null,
        registerExtract: null,
        foreignerSituation: null,
      },
    });
    process.env.HTTPS_PROXY = 'http://user:secret@proxy.cpas.example:3128';
    process.env.NO_PROXY = '.ksz-bcss.fgov.be';
    const view = await viewOf();
    expect(view).toMatchObject({
      environmentProxies: {
        socialInquiry: 'http://proxy.cpas.example:3128',
        foreignerSituation: null,
      },
    });
    expect(JSON.stringify(view)).not.toContain('secret');
  });

  it('takes an explicit proxy, normalised, and refuses one without an address or with credentials in it', () => {
    const { environments, store } = setup();
    const updated = environments.update('test', {
      proxy: { mode: 'explicit', url: ' HTTP://Proxy.CPAS.example:8080/ ', user: ' cpas-bcss ' },
    });
    expect(updated.proxy).toEqual({
      mode: 'explicit',
      url: 'http://proxy.cpas.example:8080',
      user: 'cpas-bcss',
    });
    const refused = (proxy: { mode: 'env' | 'none' | 'explicit'; url: string | null }) =>
      issuesOf(() => environments.update('acceptance', { proxy: { ...proxy, user: null } }));
    expect(refused({ mode: 'explicit', url: null })).toEqual(['proxy.url:required']);
    expect(refused({ mode: 'explicit', url: 'http://u:p@proxy:8080' })).toEqual([
      'proxy.url:proxy-url-invalid',
    ]);
    expect(refused({ mode: 'explicit', url: 'socks5://proxy:1080' })).toEqual([
      'proxy.url:proxy-url-invalid',
    ]);
    expect(refused({ mode: 'none', url: 'proxy:8080/path' })).toEqual([
      'proxy.url:proxy-url-invalid',
    ]);
    expect(JSON.stringify(store.get('environments'))).not.toContain('acceptance');
    // Another mode keeps the address for later.
    expect(
      environments.update('test', {
        proxy: { mode: 'none', url: 'http://proxy.cpas.example:8080', user: null },
      }).proxy,
    ).toEqual({ mode: 'none', url: 'http://proxy.cpas.example:8080', user: null });
  });

  it('keeps the proxy password as a secret, and forgets it on reset', async () => {
    const { environments, store, secrets } = setup();
    environments.update('test', {
      proxy: { mode: 'explicit', url: 'http://proxy.cpas.example:8080', user: 'cpas-bcss' },
    });
    await environments.setProxyPassword('test', 'proxy pass phrase');
    expect(secrets.entries.get(SECRET_NAMES.proxyPassword('test'))?.toString()).toBe(
      'proxy pass phrase',
    );
    expect(await environments.proxyPassword('test')).toBe('proxy pass phrase');
    const views = await environments.list();
    expect(views.find((v) => v.name === 'test')).toMatchObject({
      proxyPasswordSet: true,
      basicPasswordSet: false,
    });
    expect(JSON.stringify([views, [...store.data]])).not.toContain('proxy pass');
    await expect(environments.setProxyPassword('test', 'line\nbreak')).rejects.toThrow(
      SettingsInvalid,
    );
    await environments.reset('test');
    expect(await environments.proxyPassword('test')).toBeNull();
    expect(environments.get('test').proxy).toEqual({ mode: 'env', url: null, user: null });
  });
});
