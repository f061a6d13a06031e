// A CPAS whose network reaches the BCSS through an HTTP proxy: its IT person sets the proxy and its credentials,
// the connection test goes through it for every service, an inquiry goes through it with the CPAS's certificate
// end to end, and a proxy that asks for other credentials or is down is said as such.
import {
  DEMO_CBE,
  defaultServices,
  startSimulator,
  testPki,
  type DemoPki,
  type Simulator,
} from '../../src/test-support/simulator';
import { simulatorAddresses } from '../../src/test-support/configured-settings';
import { startConnectProxy, type ConnectProxy } from '../../src/test-support/connect-proxy';
import { expect, test } from '../support/browser-host';
import { formatted, persona } from '../support/personas';

let pki: DemoPki;
let simulator: Simulator;
let proxy: ConnectProxy;

test.beforeAll(async () => {
  pki = await testPki();
  simulator = await startSimulator({ services: defaultServices(), pki, faultHeader: false });
});

test.beforeEach(async () => {
  proxy = await startConnectProxy();
  proxy.requireCredentials({ user: 'cpas-bcss', password: 'Proxy-Secret-42' });
});

test.afterEach(async () => {
  await proxy?.close();
});

test.afterAll(async () => {
  await simulator?.close();
});

test('an inquiry goes through the CPAS proxy; a proxy wanting other credentials, or down, says so', async ({
  desk,
}) => {
  const { settings, start, result } = desk;
  const { baseUrl, serviceAddresses } = simulatorAddresses(simulator.url);
  await settings.open();
  await settings.saveOrganisation('CPAS de Demoville', DEMO_CBE);
  await settings.saveInvestigator({
    name: 'Enquêtrice Fictive',
    ssin: '80031410116',
    email: 'enquetes@cpas-demoville.example',
  });
  await expect(settings.investigatorSaved).toBeVisible();
  await settings.configureEnvironment('test', {
    baseUrl,
    addresses: { 'foreigner-situation': serviceAddresses.foreignerSituation! },
    caPem: pki.caCertPem,
    connectTimeoutSeconds: 3,
  });
  await expect(settings.environmentSaved).toBeVisible();
  await settings.importCertificate(pki.client.pfx, pki.client.passphrase);
  await expect(settings.certificateImported).toBeVisible();

  // By default the variables of the machine decide; the host of this test has none for loopback.
  await expect(settings.proxyEnvironment).toBeVisible();
  await settings.useProxy(proxy.url, 'cpas-bcss');
  await expect(settings.environmentSaved).toBeVisible();
  await settings.setProxyPassword('Proxy-Secret-42');
  await expect(settings.proxyPassword).toHaveValue('');

  // Every service is tested through the proxy, and the proxy is named beside each.
  await settings.testConnection();
  await expect(settings.connectionTestResult).toHaveAttribute('data-diagnosis', 'ok');
  await expect(settings.connectionTestServices).toHaveCount(4);
  for (const service of [
    'social-inquiry',
    'ssdn',
    'register-extract',
    'foreigner-situation',
  ] as const) {
    await expect(settings.connectionTestService(service)).toContainText(proxy.url);
  }

  // The inquiry travels through the tunnel, with the CPAS's certificate end to end.
  await settings.selectEnvironment('test');
  await expect(desk.environmentBanner).toContainText('TEST');
  const before = proxy.connects.length;
  const person = persona('belgian-ris');
  await desk.nav.go('new');
  await start.inquire(person.niss, { from: '01/01/2020', to: '31/12/2026' });
  await result.expectResultFor(formatted(person.niss));
  const tunnels = proxy.connects.slice(before);
  expect(tunnels.length).toBeGreaterThan(0);
  expect(tunnels.every((c) => c.status === 200)).toBe(true);
  expect(new Set(tunnels.map((c) => c.target))).toEqual(new Set([`127.0.0.1:${simulator.port}`]));

  // The proxy's password changed on its side: the message names the proxy and what it wants.
  proxy.requireCredentials({ user: 'cpas-bcss', password: 'Changed-By-IT' });
  await desk.nav.go('new');
  await start.inquire(person.niss, { from: '01/01/2020', to: '31/12/2026' });
  await expect(start.error).toContainText('demande une authentification (407)');
  await expect(start.error).toContainText(proxy.url);

  // The proxy is down: nothing reached the BCSS, and the message says the proxy, not the BCSS.
  await proxy.close();
  await start.submit();
  await expect(start.error).toContainText(`Le proxy ${proxy.url} est injoignable`);

  // The connection test says it too, for every service.
  await settings.open();
  await settings.showEnvironment('test');
  await settings.testConnection();
  await expect(settings.connectionTestResult).toHaveAttribute(
    'data-diagnosis',
    'proxy-unreachable',
  );
  await expect(settings.connectionTestServices).toHaveCount(4);
});
