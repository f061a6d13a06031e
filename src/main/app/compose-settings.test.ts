// The settings through the assembled main process, as the screens use them: configure a CPAS from scratch
// against a simulator, refusals that change nothing, secrets that never come back, the environment in force.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskHandlers } from '../../shared/contract/contract';
import {
  DEMO_PERSONAS,
  DEMO_CBE,
  testPki,
  type DemoPki,
  startSimulator,
  type Simulator,
  defaultServices,
} from '../../test-support/simulator';
import { identityPkcs12, selfSignedIdentity } from '../../test-support/pkcs12-fixtures';
import { composeTestDesk, configureTestEnvironment, deskFailureOf } from '../../test-support/desk';
import { startConnectProxy } from '../../test-support/connect-proxy';

const DAY_MS = 24 * 60 * 60 * 1000;
let pki: DemoPki;
let simulator: Simulator;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  pki = await testPki();
  simulator = await startSimulator({ services: defaultServices(), pki, faultHeader: false });
}, 120_000);

afterAll(async () => {
  await Promise.all(opened.splice(0).map((desk) => desk.close()));
  await simulator.close();
});

function desk(dataDir?: string) {
  const composed = composeTestDesk({ dataDir });
  opened.push(composed);
  return composed;
}

const base64 = (data: Buffer) => data.toString('base64');

const configure = (handlers: Required<DeskHandlers>) =>
  configureTestEnvironment(handlers, simulator, pki);

describe('settings through the desk', () => {
  it('configure a CPAS from scratch, import its certificate, test the connection and run an inquiry', async () => {
    const { handlers } = desk();
    const first = await handlers.getSettings(undefined);
    expect(first).toMatchObject({
      organisation: null,
      investigator: null,
      activeEnvironment: 'demo',
    });
    expect(first.certificates.test).toEqual({ state: 'none' });

    await configure(handlers);
    const imported = await handlers.importCertificate({
      environment: 'test',
      pkcs12Base64: base64(pki.client.pfx),
      passphrase: pki.client.passphrase,
    });
    expect(imported).toMatchObject({ ok: true, certificate: { cbe: DEMO_CBE, validity: 'valid' } });

    // One probe per service, each at its own address.
    const connection = await handlers.testConnection({ name: 'test' });
    expect(connection.services.map((s) => [s.service, s.url, s.diagnosis.code])).toEqual([
      ['socialInquiry', `${simulator.url}/SOA4520/SocialInquiryService/v1`, 'ok'],
      ['ssdnConnector', `${simulator.url}/SOA4520/WebServiceConnector`, 'ok'],
      ['registerExtract', `${simulator.url}/SOA4520/RetrieveTIGroupsService/v2/retrieveTI`, 'ok'],
      ['foreignerSituation', `${simulator.url}/ForeignerSituationService/v1/consult`, 'ok'],
    ]);

    const view = await handlers.selectEnvironment({ name: 'test' });
    expect(view.activeEnvironment).toBe('test');
    expect((await handlers.getAppInfo(undefined)).environment).toBe('test');
    // Outside the demo, the picker of synthetic persons is gone.
    expect(await handlers.listDemoPersons(undefined)).toEqual([]);

    const person = DEMO_PERSONAS.find((p) => p.key === 'belgian-ris')!;
    const inquiry = await handlers.runInquiry({
      requestId: randomUUID(),
      niss: person.niss,
      period: { from: '2020-01-01', to: '2026-12-31' },
    });
    expect(inquiry.environment).toBe('test');
    expect(inquiry.calls[0]?.ticketCBSS).toBeTruthy();
  }, 60_000);

  it('never hands back the certificate file, its passphrase or a Basic password', async () => {
    const { handlers } = desk();
    await configure(handlers);
    await handlers.importCertificate({
      environment: 'test',
      pkcs12Base64: base64(pki.client.pfx),
      passphrase: pki.client.passphrase,
    });
    await handlers.updateEnvironment({ name: 'test', patch: { basicAuthUser: `E${DEMO_CBE}` } });
    const password = 'Basic-Secret-Of-The-Test-42';
    const view = await handlers.setBasicPassword({ name: 'test', password });
    const text = JSON.stringify([
      view,
      await handlers.getSettings(undefined),
      await handlers.getAppInfo(undefined),
      await handlers.importCertificate({
        environment: 'acceptance',
        pkcs12Base64: base64(pki.client.pfx),
        passphrase: 'wrong',
      }),
    ]);
    expect(text).not.toContain(pki.client.passphrase);
    expect(text).not.toContain(password);
    expect(text).not.toContain(base64(pki.client.pfx).slice(0, 40));
    expect(text).not.toContain('PRIVATE KEY');
    const test = view.environments.find((environment) => environment.name === 'test');
    expect(test).toMatchObject({ basicAuthUser: `E${DEMO_CBE}`, basicPasswordSet: true });
  }, 60_000);

  it('run an inquiry through the CPAS proxy, and say as such a proxy that wants credentials or is down', async () => {
    const proxy = await startConnectProxy();
    opened.push(proxy);
    const { handlers } = desk();
    await configure(handlers);
    await handlers.importCertificate({
      environment: 'test',
      pkcs12Base64: base64(pki.client.pfx),
      passphrase: pki.client.passphrase,
    });
    await handlers.selectEnvironment({ name: 'test' });
    proxy.requireCredentials({ user: 'cpas-bcss', password: 'Proxy-Secret-42' });
    const view = await handlers.updateEnvironment({
      name: 'test',
      patch: { proxy: { mode: 'explicit', url: proxy.url, user: 'cpas-bcss' } },
    });
    expect(view.environments.find((e) => e.name === 'test')).toMatchObject({
      proxy: { mode: 'explicit', url: proxy.url, user: 'cpas-bcss' },
      proxyPasswordSet: false,
    });
    const inquire = () =>
      handlers.runInquiry({
        requestId: randomUUID(),
        niss: DEMO_PERSONAS.find((p) => p.key === 'belgian-ris')!.niss,
        period: { from: '2020-01-01', to: '2026-12-31' },
      });
    // A proxy user without its password: said before any call.
    expect(await deskFailureOf(inquire)).toMatchObject({
      code: 'NOT_CONFIGURED',
      details: { missing: 'proxy-password' },
    });

    const withPassword = await handlers.setProxyPassword({
      name: 'test',
      password: 'Proxy-Secret-42',
    });
    expect(JSON.stringify(withPassword)).not.toContain('Proxy-Secret-42');
    const inquiry = await inquire();
    expect(inquiry.environment).toBe('test');
    expect(proxy.connects.length).toBeGreaterThan(0);
    expect(proxy.connects.every((c) => c.target === `127.0.0.1:${simulator.port}`)).toBe(true);
    expect(proxy.connects.every((c) => c.status === 200)).toBe(true);

    await handlers.setProxyPassword({ name: 'test', password: 'not-the-password' });
    expect(await deskFailureOf(inquire)).toMatchObject({
      code: 'TRANSPORT',
      messageKey: 'inquiry.error.transport.proxyAuthRequired',
      details: { kind: 'proxy-auth-required', proxy: proxy.url, status: 407 },
    });
    await proxy.close();
    expect(await deskFailureOf(inquire)).toMatchObject({
      code: 'TRANSPORT',
      messageKey: 'inquiry.error.transport.proxyUnreachable',
      details: { kind: 'proxy-unreachable', proxy: proxy.url },
    });
  }, 60_000);

  it('refuse an invalid organisation with every field named, and keep what was stored', async () => {
    const { handlers } = desk();
    await configure(handlers);
    const error = await deskFailureOf(() =>
      handlers.saveOrganisation({ cpasName: '  ', cbe: '0207777761' }),
    );
    expect(error).toMatchObject({
      code: 'SETTINGS_INVALID',
      messageKey: 'settings.error.invalid',
      details: { cpasName: 'required', cbe: 'cbe-checksum' },
    });
    expect((await handlers.getSettings(undefined)).organisation).toMatchObject({
      cpasName: 'CPAS de Demoville',
      cbe: DEMO_CBE,
      sector: 17,
      institution: 1,
    });
    const urlError = await deskFailureOf(() =>
      handlers.updateEnvironment({ name: 'test', patch: { baseUrl: 'http://plain.example' } }),
    );
    expect(urlError.details).toEqual({ baseUrl: 'url-not-https' });
  }, 60_000);

  it('switch to production only when confirmed', async () => {
    const { handlers } = desk();
    const refused = await deskFailureOf(() => handlers.selectEnvironment({ name: 'production' }));
    expect(refused.code).toBe('CONFIRMATION_REQUIRED');
    expect((await handlers.getAppInfo(undefined)).environment).toBe('demo');
    await handlers.selectEnvironment({ name: 'production', confirmed: true });
    expect((await handlers.getAppInfo(undefined)).environment).toBe('production');
    // Nothing configured there: the inquiry says what is missing, before any call.
    const error = await deskFailureOf(() =>
      handlers.runInquiry({
        requestId: randomUUID(),
        niss: DEMO_PERSONAS[0]!.niss,
        period: { from: '2020-01-01', to: '2026-12-31' },
      }),
    );
    expect(error).toMatchObject({
      code: 'NOT_CONFIGURED',
      messageKey: 'settings.notConfigured.organisation',
      details: { environment: 'production', missing: 'organisation' },
    });
  }, 60_000);

  it('warn at start while the active certificate has 30 days or less, not before', async () => {
    const { handlers, dataDir } = desk();
    await configure(handlers);
    const soon = selfSignedIdentity({
      cbe: DEMO_CBE,
      notAfter: new Date(Date.now() + 10 * DAY_MS),
    });
    await handlers.importCertificate({
      environment: 'test',
      pkcs12Base64: base64(identityPkcs12(soon, 'pass-soon')),
      passphrase: 'pass-soon',
    });
    expect((await handlers.getAppInfo(undefined)).certificateWarning).toBeNull();
    await handlers.selectEnvironment({ name: 'test' });
    // A restart: a new desk on the same data folder reads the same settings and vault.
    await opened.pop()!.close();
    const restarted = desk(dataDir).handlers;
    expect((await restarted.getAppInfo(undefined)).certificateWarning).toMatchObject({
      environment: 'test',
      daysLeft: 9,
      expired: false,
    });
    await restarted.importCertificate({
      environment: 'test',
      pkcs12Base64: base64(pki.client.pfx),
      passphrase: pki.client.passphrase,
    });
    expect((await restarted.getAppInfo(undefined)).certificateWarning).toBeNull();
  }, 60_000);
});
