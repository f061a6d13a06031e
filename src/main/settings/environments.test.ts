// The environments: DOMAIN.md's defaults, URL composition, validation of edits, the production confirmation,
// the Basic password kept as a secret.
import { describe, expect, it } from 'vitest';
import { SSDN_CONNECTOR, SOCIAL_INQUIRY } from '../bcss';
import { SECRET_NAMES } from './secret-store';
import {
  clientBaseUrl,
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
    });
    expect(environments.get('acceptance').baseUrl).toBe(
      'https://bcssksz-services-acpt.smals.be/SOA4520',
    );
    expect(environments.get('production').baseUrl).toBe(
      'https://bcssksz-services-prod.smals.be/SOA4520',
    );
  });

  it('compose with the paths the BCSS client appends today', () => {
    for (const name of REMOTE_ENVIRONMENTS) {
      const urls = serviceUrls(DEFAULT_ENVIRONMENTS[name]);
      const base = clientBaseUrl(urls);
      expect(base).not.toBeNull();
      expect(base + SOCIAL_INQUIRY.path).toBe(urls.socialInquiry);
      expect(base + SSDN_CONNECTOR.path).toBe(urls.ssdnConnector);
    }
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
          servicePaths: { socialInquiry: 'SocialInquiryService/../v1' },
          connectTimeoutMs: 0,
          basicAuthUser: 'E:0207777760',
        }),
      ),
    ).toEqual([
      'servicePaths.socialInquiry:path-invalid',
      'basicAuthUser:invalid',
      'connectTimeoutMs:out-of-range',
    ]);
    expect(store.data.size).toBe(0);
  });

  it('refuse paths the BCSS client cannot reach yet (an older b2b host without the SOA4520 prefix)', () => {
    const { environments } = setup();
    expect(
      issuesOf(() =>
        environments.update('test', { baseUrl: 'https://b2b-test.ksz-bcss.fgov.be:4520' }),
      ),
    ).toEqual(['servicePaths:service-paths-unsupported']);
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

  it('fall back to the defaults for an environment edited by hand into nonsense', () => {
    const { environments, store } = setup();
    store.set('environments', { test: { baseUrl: 'ftp://x' } });
    store.set('activeEnvironment', 'staging');
    expect(environments.get('test')).toEqual({ name: 'test', ...DEFAULT_ENVIRONMENTS.test });
    expect(environments.active()).toBe('demo');
  });
});
