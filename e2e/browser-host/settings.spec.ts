// Settings as a CPAS's IT person meets them: configure the CPAS from scratch, import its certificate (and see
// bad files refused with their reason), test the connection, switch environments, restart and find it all
// kept; no passphrase, key or certificate file ever comes back to the page.
import { X509Certificate } from 'node:crypto';
import type { Page, Response } from '@playwright/test';
import {
  testPki,
  DEMO_CBE,
  type DemoPki,
  startSimulator,
  type Simulator,
  defaultServices,
} from '../../src/test-support/simulator';
import { simulatorAddresses } from '../../src/test-support/configured-settings';
import { expect, test } from '../support/browser-host';
import type { SettingsScreen } from '../pages/settings';
import { formatted, persona } from '../support/personas';

let pki: DemoPki;
let simulator: Simulator;

test.beforeAll(async () => {
  pki = await testPki();
  simulator = await startSimulator({ services: defaultServices(), pki, faultHeader: false });
});

test.afterAll(async () => {
  await simulator?.close();
});

const INVESTIGATOR = {
  name: 'Enquêtrice Fictive',
  email: 'enquetes@cpas-demoville.example',
};

/** Every API answer the page receives, to check later that no secret was among them. */
function recordAnswers(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (response: Response) => {
    if (!response.url().includes('/api/')) return;
    void response.text().then(
      (text) => bodies.push(text),
      () => undefined,
    );
  });
  return bodies;
}

/**
 * The test environment at a simulator, trusting the demo CA only: its /SOA4520 base address, and
 * ForeignerSituation at its own address (as on the b2b hosts); the form then shows the services' addresses.
 */
async function configureTestEnvironment(settings: SettingsScreen, simulatorUrl: string) {
  const { baseUrl, serviceAddresses } = simulatorAddresses(simulatorUrl);
  await settings.configureEnvironment('test', {
    baseUrl,
    addresses: { 'foreigner-situation': serviceAddresses.foreignerSituation! },
    caPem: pki.caCertPem,
    connectTimeoutSeconds: 3,
  });
  await expect(settings.environmentSaved).toBeVisible();
  await expect(settings.serviceUrl('social-inquiry')).toHaveText(
    `${baseUrl}/SocialInquiryService/v1`,
  );
  await expect(settings.serviceUrl('foreigner-situation')).toHaveText(
    serviceAddresses.foreignerSituation!,
  );
}

test('configure the CPAS from scratch, import the certificate, test, switch, restart: all kept', async ({
  desk,
  host,
}) => {
  const { start, result, settings } = desk;
  const answers = recordAnswers(desk.page);
  await settings.open();

  // A wrong CBE is named under its field, and nothing is saved.
  await settings.saveOrganisation('CPAS de Demoville', '0207.777.761');
  await expect(settings.orgCbeIssue).toContainText('contrôle');
  await expect(settings.orgError).toContainText('rien n’a été enregistré');
  await settings.saveOrganisation('CPAS de Demoville', '0207.777.760');
  await expect(settings.orgSaved).toBeVisible();

  await settings.saveInvestigator({ ...INVESTIGATOR, ssin: '80.03.14-101.16' });
  await expect(settings.investigatorSaved).toBeVisible();

  const baseUrl = `${simulator.url}/SOA4520`;
  await configureTestEnvironment(settings, simulator.url);

  // Bad files first: each says why, and nothing is stored.
  await settings.importCertificate(Buffer.from('not a certificate at all'), 'x');
  await expect(settings.certificateRefused).toContainText('PKCS#12');
  await settings.importCertificate(Buffer.alloc(0), 'x');
  await expect(settings.certificateRefused).toContainText('vide');
  await settings.importCertificate(pki.client.pfx, 'not-the-passphrase');
  await expect(settings.certificateRefused).toContainText('phrase secrète');
  await settings.importCertificate(pki.expiredClient.pfx, pki.expiredClient.passphrase);
  await expect(settings.certificateRefused).toContainText('expiré');
  await expect(settings.certificateNone).toBeVisible();

  await settings.importCertificate(pki.client.pfx, pki.client.passphrase);
  await expect(settings.certificateImported).toBeVisible();
  await expect(settings.certificateSubject).toContainText(DEMO_CBE);
  await expect(settings.certificateCbeCheck).toContainText('correspond');
  await expect(settings.certificatePassphrase).toHaveValue('');

  await settings.testConnection();
  await expect(settings.connectionTestResult).toHaveAttribute('data-diagnosis', 'ok');
  await expect(settings.connectionTestResult).toContainText('Connexion réussie');
  await expect(settings.connectionTestServices).toHaveCount(4);
  // Which CA signed the server (the pinned demo CA), and the server certificate's fingerprint.
  const serverFingerprint = new X509Certificate(pki.serverCertPem).fingerprint256;
  const socialInquiry = settings.connectionTestService('social-inquiry');
  await expect(socialInquiry.getByTestId('connection-test-signed-by')).toHaveText(
    'Inquiry Desk Demo BCSS CA',
  );
  await expect(socialInquiry.getByTestId('connection-test-fingerprint')).toHaveText(
    serverFingerprint,
  );

  // A per-try timeout above its cap, and a fingerprint that is none, are refused in words.
  await settings.connectTimeout.fill('60');
  await settings.serverFingerprint.fill('AB:CD');
  await desk.page.getByTestId('env-save').click();
  await expect(desk.page.getByText('Au plus 15 secondes')).toBeVisible();
  await expect(desk.page.getByText('Empreinte SHA-256 attendue')).toBeVisible();
  // Pinned to another certificate: the test says the server is not trusted; to its own: success.
  await settings.connectTimeout.fill('3');
  await settings.serverFingerprint.fill('00'.repeat(32));
  await desk.page.getByTestId('env-save').click();
  await expect(settings.environmentSaved).toBeVisible();
  await settings.testConnection();
  await expect(settings.connectionTestResult).toHaveAttribute('data-diagnosis', 'server-untrusted');
  await settings.serverFingerprint.fill(serverFingerprint);
  await desk.page.getByTestId('env-save').click();
  await expect(settings.environmentSaved).toBeVisible();
  await settings.testConnection();
  await expect(settings.connectionTestResult).toHaveAttribute('data-diagnosis', 'ok');

  await settings.selectEnvironment('test');
  await expect(settings.environmentChoice('test')).toBeChecked();
  await expect(desk.environmentBanner).toContainText('TEST');
  await settings.chooseLanguage('nl');
  await expect(settings.title).toHaveText('Instellingen');

  // An inquiry in the test environment goes to the configured address, with the imported certificate.
  const person = persona('belgian-ris');
  await desk.nav.go('new');
  await expect(start.demoPicker).toHaveCount(0);
  await start.inquire(person.niss, { from: '01/01/2020', to: '31/12/2026' });
  await result.expectResultFor(formatted(person.niss));

  // A restart finds everything as it was left.
  const restarted = await host.restart();
  await desk.open(restarted.url);
  await expect(desk.environmentBanner).toContainText('TEST');
  await desk.nav.go('settings');
  await expect(settings.title).toHaveText('Instellingen');
  await expect(settings.orgName).toHaveValue('CPAS de Demoville');
  await expect(settings.orgCbe).toHaveValue(DEMO_CBE);
  await expect(settings.investigatorSsin).toHaveValue('80031410116');
  await expect(settings.environmentChoice('test')).toBeChecked();
  await settings.showEnvironment('test');
  await expect(settings.baseUrl).toHaveValue(baseUrl);
  await expect(settings.caList).toContainText('CN=');
  await expect(settings.certificateSubject).toContainText(DEMO_CBE);

  // Nothing the page received holds the passphrase, the file or a private key.
  const received = answers.join('\n');
  expect(answers.length).toBeGreaterThan(10);
  expect(received).not.toContain(pki.client.passphrase);
  expect(received).not.toContain(pki.client.pfx.toString('base64').slice(0, 64));
  expect(received).not.toContain('PRIVATE KEY');
});

test('the connection test tells a stopped server, and production needs a confirmation', async ({
  desk,
}) => {
  const { page, start, settings, confirm } = desk;
  // A port nobody listens on any more: a simulator started and stopped.
  const gone = await startSimulator({ services: defaultServices(), pki, faultHeader: false });
  await gone.close();
  await settings.open();
  await settings.saveOrganisation('CPAS de Demoville', DEMO_CBE);
  await settings.saveInvestigator({ ...INVESTIGATOR, ssin: '80031410116' });
  await expect(settings.investigatorSaved).toBeVisible();
  await configureTestEnvironment(settings, gone.url);
  await settings.importCertificate(pki.client.pfx, pki.client.passphrase);
  await expect(settings.certificateImported).toBeVisible();
  await settings.testConnection();
  await expect(settings.connectionTestResult).toHaveAttribute('data-diagnosis', 'refused');
  await expect(settings.connectionTestResult).toContainText('Connexion refusée');

  // Production: a dialog first; cancelling changes nothing, confirming changes the banner.
  await settings.selectEnvironment('production');
  await confirm.choose('Annuler');
  await expect(desk.environmentBanner).toContainText('DEMO');
  await expect(settings.environmentChoice('demo')).toBeChecked();
  await settings.selectEnvironment('production');
  await confirm.choose('Passer en production');
  await expect(desk.environmentBanner).toContainText('PRODUCTION');

  // Nothing configured there: the inquiry says what is missing before calling anyone.
  await desk.nav.go('new');
  await start.niss.fill(persona('belgian-ris').niss);
  await start.submit();
  await expect(page.locator('[data-error-code="NOT_CONFIGURED"]')).toContainText(
    'certificat client',
  );
});

test('each service has its address, shown and editable, and the connection test lists each one', async ({
  desk,
}) => {
  const { settings } = desk;
  await settings.open();
  await settings.saveOrganisation('CPAS de Demoville', DEMO_CBE);
  await settings.saveInvestigator({ ...INVESTIGATOR, ssin: '80031410116' });
  await expect(settings.investigatorSaved).toBeVisible();

  // The defaults of DOMAIN.md §7 and seed 002: ForeignerSituation on the b2b host, the others under the base.
  await settings.showEnvironment('test');
  const b2b = 'https://b2b-test.ksz-bcss.fgov.be:4520/ForeignerSituationService/v1/consult';
  await expect(settings.serviceAddress('foreigner-situation')).toHaveValue(b2b);
  await expect(settings.serviceUrl('foreigner-situation')).toHaveText(b2b);
  await expect(settings.serviceAddress('register-extract')).toHaveValue('');
  await expect(settings.serviceUrl('register-extract')).toHaveText(
    'https://bcssksz-services-test.smals.be/SOA4520/RetrieveTIGroupsService/v2/retrieveTI',
  );

  // Only the base address changes: ForeignerSituation keeps its own.
  const baseUrl = `${simulator.url}/SOA4520`;
  await settings.configureEnvironment('test', {
    baseUrl,
    caPem: pki.caCertPem,
    connectTimeoutSeconds: 3,
  });
  await expect(settings.environmentSaved).toBeVisible();
  await expect(settings.serviceUrl('ssdn')).toHaveText(`${baseUrl}/WebServiceConnector`);
  await expect(settings.serviceUrl('foreigner-situation')).toHaveText(b2b);

  // A refused address is named under its field; nothing is saved.
  await settings.setServiceAddress('foreigner-situation', 'http://bcss.example/consult');
  await expect(settings.serviceAddressIssue('foreigner-situation')).toContainText('https://');
  await expect(settings.serviceUrl('foreigner-situation')).toHaveText(b2b);

  // A path goes under the base address: there, the simulator has no ForeignerSituation.
  await settings.setServiceAddress('foreigner-situation', '/ForeignerSituationService/v1/consult');
  await expect(settings.serviceUrl('foreigner-situation')).toHaveText(
    `${baseUrl}/ForeignerSituationService/v1/consult`,
  );
  await settings.importCertificate(pki.client.pfx, pki.client.passphrase);
  await expect(settings.certificateImported).toBeVisible();
  await settings.testConnection();
  await expect(settings.connectionTestServices).toHaveCount(4);
  for (const service of ['social-inquiry', 'ssdn', 'register-extract'] as const) {
    await expect(settings.connectionTestService(service)).toHaveAttribute('data-diagnosis', 'ok');
  }
  const foreigner = settings.connectionTestService('foreigner-situation');
  await expect(foreigner).toHaveAttribute('data-diagnosis', 'soap-fault');
  await expect(foreigner).toContainText('Aucun service de la BCSS ne répond à cette adresse');
  await expect(foreigner).toContainText(`${baseUrl}/ForeignerSituationService/v1/consult`);
  await expect(settings.connectionTestResult).toContainText('3 service(s) sur 4');

  // Its own full address: every service answers, each at the address listed.
  const own = simulatorAddresses(simulator.url).serviceAddresses.foreignerSituation!;
  await settings.setServiceAddress('foreigner-situation', own);
  await expect(settings.serviceUrl('foreigner-situation')).toHaveText(own);
  await settings.testConnection();
  await expect(settings.connectionTestResult).toHaveAttribute('data-diagnosis', 'ok');
  await expect(settings.connectionTestService('foreigner-situation')).toContainText(own);
  await expect(settings.connectionTestService('social-inquiry')).toContainText(
    `${baseUrl}/SocialInquiryService/v1`,
  );
  await expect(settings.connectionTestResult).toContainText('4 service(s) sur 4');
});
