// The machine's policy file: read and validated whole, applied at start, its locks enforced at the API.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeTestDesk, deskFailureOf } from '../../test-support/desk';
import { loadPolicy, parsePolicy, policyPath } from './policy';

const CBE = '0209999951';
const VALID = {
  organisation: { cpasName: 'CPAS de Namur', cbe: CBE },
  environments: {
    allowed: ['acceptance', 'production'],
    active: 'acceptance',
    addresses: {
      acceptance: 'https://services-acpt.example.be/SOA4520',
      production: 'https://services.example.be/SOA4520',
    },
  },
  proxy: { url: 'http://proxy.cpas.local:8080' },
  retention: { days: 14 },
};

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  vi.restoreAllMocks();
});

/** The assembled main process with a policy file of the given text (none: undefined). */
async function deskWithPolicy(text: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-desk-policy-'));
  const file = join(dir, 'policy.json');
  if (text !== undefined) writeFileSync(file, text);
  const desk = composeTestDesk({
    dataDir: join(dir, 'data'),
    env: { INQUIRY_DESK_POLICY_FILE: file, INQUIRY_DESK_SIMULATOR: 'off' },
  });
  closers.push(desk.close);
  await desk.policyApplied;
  return desk.handlers;
}

describe('policy file: where it lives', () => {
  it('is %ProgramData%\\Inquiry Desk\\policy.json on Windows, documented paths elsewhere, overridable', () => {
    expect(policyPath('win32', { ProgramData: 'C:\\ProgramData' })).toMatch(
      /^C:\\ProgramData[\\/]Inquiry Desk[\\/]policy\.json$/,
    );
    expect(policyPath('linux', {})).toBe('/etc/inquiry-desk/policy.json');
    expect(policyPath('darwin', {})).toBe('/Library/Application Support/Inquiry Desk/policy.json');
    expect(policyPath('win32', { INQUIRY_DESK_POLICY_FILE: 'D:\\p.json' })).toBe('D:\\p.json');
  });

  it('is no policy when absent', () => {
    expect(loadPolicy('/nonexistent/policy.json')).toEqual({
      path: '/nonexistent/policy.json',
      policy: null,
      problem: null,
    });
  });
});

describe('a valid policy file', () => {
  it('presets and locks the organisation, the environments, their addresses and the retention', async () => {
    const handlers = await deskWithPolicy(JSON.stringify(VALID));
    const settings = await handlers.getSettings(undefined as never);
    expect(settings.organisation).toMatchObject({ cpasName: 'CPAS de Namur' });
    expect((await handlers.getAppInfo(undefined as never)).environment).toBe('acceptance');
    expect(JSON.stringify(settings)).toContain('https://services-acpt.example.be/SOA4520');
    expect((await handlers.getRetention(undefined as never)).days).toBe(14);
    expect(await handlers.getPolicy(undefined as never)).toEqual({
      path: expect.stringMatching(/policy\.json$/),
      locked: ['organisation', 'environments', 'proxy', 'retention'],
      allowedEnvironments: ['acceptance', 'production'],
      problem: null,
    });
  });

  it('refuses, through the API, every change to a locked setting', async () => {
    const handlers = await deskWithPolicy(JSON.stringify(VALID));
    expect(
      await deskFailureOf(() =>
        handlers.saveOrganisation({ cpasName: 'CPAS de Namur', cbe: '0403170701' }),
      ),
    ).toMatchObject({
      code: 'SETTING_LOCKED',
      messageKey: 'policy.locked',
      details: { setting: 'organisation', field: 'cbe' },
    });
    expect(await deskFailureOf(() => handlers.selectEnvironment({ name: 'demo' }))).toMatchObject({
      code: 'SETTING_LOCKED',
      details: { setting: 'environments', field: 'allowed' },
    });
    expect(
      await deskFailureOf(() =>
        handlers.updateEnvironment({
          name: 'production',
          patch: { baseUrl: 'https://evil.example' },
        }),
      ),
    ).toMatchObject({ code: 'SETTING_LOCKED', details: { field: 'baseUrl' } });
    expect(
      await deskFailureOf(() => handlers.resetEnvironment({ name: 'acceptance' })),
    ).toMatchObject({ code: 'SETTING_LOCKED' });
    expect(await deskFailureOf(() => handlers.setRetention({ days: 90 }))).toMatchObject({
      code: 'SETTING_LOCKED',
      details: { setting: 'retention' },
    });
    // Nothing changed.
    expect((await handlers.getSettings(undefined as never)).organisation).toMatchObject({
      cpasName: 'CPAS de Namur',
    });
    expect((await handlers.getRetention(undefined as never)).days).toBe(14);
    // What the policy does not lock stays the user's: a timeout of an environment, the same values again.
    await handlers.updateEnvironment({ name: 'acceptance', patch: { responseTimeoutMs: 25_000 } });
    await handlers.setRetention({ days: 14 });
  });

  it('presets without locking when told so: the user may change the value afterwards', async () => {
    const handlers = await deskWithPolicy(
      JSON.stringify({ retention: { days: 60, locked: false } }),
    );
    expect((await handlers.getRetention(undefined as never)).days).toBe(60);
    expect((await handlers.setRetention({ days: 10 })).days).toBe(10);
    expect((await handlers.getPolicy(undefined as never)).locked).toEqual([]);
  });
});

describe('the policy file’s proxy', () => {
  const remote = ['test', 'acceptance', 'production'] as const;
  const proxyOf = async (handlers: Awaited<ReturnType<typeof deskWithPolicy>>, name: string) => {
    const view = (await handlers.getSettings(undefined as never)).environments.find(
      (environment) => environment.name === name,
    );
    return view && !view.simulator ? view.proxy : null;
  };

  it('fills every remote environment’s explicit proxy and locks it: another proxy, a user or a reset refused or undone', async () => {
    const handlers = await deskWithPolicy(JSON.stringify(VALID));
    for (const name of remote)
      expect(await proxyOf(handlers, name)).toEqual({
        mode: 'explicit',
        url: 'http://proxy.cpas.local:8080',
        user: null,
      });
    for (const proxy of [
      { mode: 'explicit' as const, url: 'http://other-proxy:3128', user: null },
      { mode: 'explicit' as const, url: 'http://proxy.cpas.local:8080', user: 'me' },
      { mode: 'none' as const, url: null, user: null },
      { mode: 'env' as const, url: null, user: null },
    ])
      expect(
        await deskFailureOf(() => handlers.updateEnvironment({ name: 'test', patch: { proxy } })),
      ).toMatchObject({ code: 'SETTING_LOCKED', details: { setting: 'proxy' } });
    expect(
      await deskFailureOf(() => handlers.setProxyPassword({ name: 'test', password: 'secret' })),
    ).toMatchObject({ code: 'SETTING_LOCKED', details: { setting: 'proxy' } });
    // Saving the form with the locked proxy as it is passes; a reset keeps the policy's proxy.
    await handlers.updateEnvironment({
      name: 'test',
      patch: {
        responseTimeoutMs: 15_000,
        proxy: { mode: 'explicit', url: 'http://proxy.cpas.local:8080', user: null },
      },
    });
    await handlers.resetEnvironment({ name: 'test' });
    expect(await proxyOf(handlers, 'test')).toMatchObject({
      mode: 'explicit',
      url: 'http://proxy.cpas.local:8080',
    });
  });

  it('url null locks the computer’s own proxy (the system’s, else the variables)', async () => {
    const handlers = await deskWithPolicy(JSON.stringify({ proxy: { url: null } }));
    expect(await proxyOf(handlers, 'production')).toEqual({ mode: 'env', url: null, user: null });
    expect(
      await deskFailureOf(() =>
        handlers.updateEnvironment({
          name: 'production',
          patch: { proxy: { mode: 'explicit', url: 'http://mine:8080', user: null } },
        }),
      ),
    ).toMatchObject({ code: 'SETTING_LOCKED', details: { setting: 'proxy' } });
  });

  it('unlocked, it is a preset the user may change', async () => {
    const handlers = await deskWithPolicy(
      JSON.stringify({ proxy: { url: 'http://proxy.cpas.local:8080/', locked: false } }),
    );
    expect(await proxyOf(handlers, 'acceptance')).toMatchObject({
      mode: 'explicit',
      url: 'http://proxy.cpas.local:8080',
    });
    await handlers.updateEnvironment({
      name: 'acceptance',
      patch: { proxy: { mode: 'none', url: null, user: null } },
    });
    expect(await proxyOf(handlers, 'acceptance')).toMatchObject({ mode: 'none' });
  });

  it('refuses a proxy address with credentials or a path (it could not be applied whole)', () => {
    for (const url of ['http://user:pw@proxy:8080', 'http://proxy:8080/path', 'ftp://proxy:21'])
      expect(parsePolicy('p.json', JSON.stringify({ proxy: { url } })).problem?.issues[0]).toMatch(
        /^proxy\.url: /,
      );
  });
});

describe('the policy file’s trust pins', () => {
  it('pins a CA or a server fingerprint per environment, in place of the system’s CAs, and locks it', async () => {
    const { testPki } = await import('../../test-support/simulator');
    const pki = await testPki();
    const fingerprint = 'ab'.repeat(32);
    const handlers = await deskWithPolicy(
      JSON.stringify({
        trust: {
          pins: {
            production: { caPem: pki.caCertPem },
            acceptance: { serverFingerprint: fingerprint },
          },
        },
      }),
    );
    const views = (await handlers.getSettings(undefined as never)).environments;
    const view = (name: string) => {
      const found = views.find((environment) => environment.name === name);
      return found && !found.simulator ? found : null;
    };
    expect(view('production')).toMatchObject({
      trustSystemCas: false,
      serverFingerprint: null,
      caBundle: [expect.objectContaining({ subject: expect.stringContaining('Demo BCSS CA') })],
    });
    expect(view('acceptance')).toMatchObject({
      trustSystemCas: false,
      serverFingerprint: Array(32).fill('AB').join(':'),
    });
    expect((await handlers.getPolicy(undefined as never)).locked).toEqual(['trust']);
    for (const patch of [
      { trustSystemCas: true },
      { caBundlePem: null },
      { serverFingerprint: 'cd'.repeat(32) },
    ])
      expect(
        await deskFailureOf(() => handlers.updateEnvironment({ name: 'acceptance', patch })),
      ).toMatchObject({ code: 'SETTING_LOCKED', details: { setting: 'trust' } });
    // The form saved as it is passes; a reset keeps the pin; an environment without a pin stays free.
    await handlers.updateEnvironment({
      name: 'acceptance',
      patch: { trustSystemCas: false, serverFingerprint: fingerprint, responseTimeoutMs: 25_000 },
    });
    await handlers.resetEnvironment({ name: 'acceptance' });
    expect(
      (await handlers.getSettings(undefined as never)).environments.find(
        (environment) => environment.name === 'acceptance',
      ),
    ).toMatchObject({ serverFingerprint: Array(32).fill('AB').join(':') });
    await handlers.updateEnvironment({ name: 'test', patch: { trustSystemCas: true } });
  });

  it('refuses a pin that is neither a PEM certificate nor a SHA-256 fingerprint', () => {
    const issues = parsePolicy(
      'p.json',
      JSON.stringify({ trust: { pins: { test: { serverFingerprint: 'abc' }, production: {} } } }),
    ).problem!.issues.join('\n');
    expect(issues).toContain('trust.pins.test.serverFingerprint');
    expect(issues).toContain('trust.pins.production');
  });
});

describe('an invalid policy file is reported and ignored whole', () => {
  it('invalid JSON', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const handlers = await deskWithPolicy('{ "retention": { "days": 14 }, ');
    const policy = await handlers.getPolicy(undefined as never);
    expect(policy.problem).toMatchObject({ reason: 'invalid-json' });
    expect(policy.locked).toEqual([]);
    expect((await handlers.getRetention(undefined as never)).days).toBe(30);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('is ignored (invalid-json)'));
  });

  it('unknown keys: nothing of it applied, not even its valid parts', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const handlers = await deskWithPolicy(
      JSON.stringify({ ...VALID, retention: { days: 14 }, autoUpdate: true }),
    );
    const policy = await handlers.getPolicy(undefined as never);
    expect(policy.problem?.reason).toBe('invalid');
    expect(policy.problem?.issues.join('\n')).toContain('autoUpdate');
    expect((await handlers.getSettings(undefined as never)).organisation).toBeNull();
    expect((await handlers.getRetention(undefined as never)).days).toBe(30);
    expect((await handlers.getAppInfo(undefined as never)).environment).toBe('demo');
    await handlers.setRetention({ days: 90 });
  });

  it('a wrong value (CBE, address, retention, an active environment not allowed) names its place', () => {
    const bad = parsePolicy(
      'p.json',
      JSON.stringify({
        organisation: { cpasName: 'X', cbe: '0123' },
        environments: {
          allowed: ['production'],
          active: 'test',
          addresses: { production: 'http://plain.example' },
        },
        retention: { days: 0 },
      }),
    );
    expect(bad.policy).toBeNull();
    const issues = bad.problem!.issues.join('\n');
    for (const where of ['organisation.cbe', 'environments.addresses.production', 'retention.days'])
      expect(issues).toContain(where);
    const inconsistent = parsePolicy(
      'p.json',
      JSON.stringify({ environments: { allowed: ['production'], active: 'test' } }),
    );
    expect(inconsistent.problem!.issues.join('\n')).toContain('environments.active');
  });
});
