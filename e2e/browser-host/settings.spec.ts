// Settings as a CPAS's IT person meets them: configure the CPAS from scratch, import its certificate (and see
// bad files refused with their reason), test the connection, switch environments, restart and find it all
// kept; no passphrase, key or certificate file ever comes back to the page.
import type { Page, Response } from '@playwright/test';
import {
  testPki,
  DEMO_CBE,
  type DemoPki,
  startSimulator,
  type Simulator,
  defaultServices,
} from '../../src/test-support/simulator';
import { expect, test } from '../support/browser-host';
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

async function openSettings(page: Page) {
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-screen')).toBeVisible();
}

async function chooseCertificate(page: Page, file: Buffer, passphrase: string) {
  await page.getByTestId('certificate-file').setInputFiles({
    name: 'cpas.p12',
    mimeType: 'application/x-pkcs12',
    buffer: file,
  });
  await page.getByTestId('certificate-passphrase').fill(passphrase);
  await page.getByTestId('certificate-import').click();
}

async function configureTestEnvironment(page: Page, baseUrl: string) {
  await page.getByTestId('env-tab-test').click();
  await page.getByTestId('env-base-url').fill(baseUrl);
  await page.getByTestId('env-trust-system').uncheck();
  await page.getByTestId('env-ca-file').setInputFiles({
    name: 'demo-ca.pem',
    mimeType: 'application/x-pem-file',
    buffer: Buffer.from(pki.caCertPem),
  });
  await page.getByTestId('env-connect-timeout').fill('3');
  await page.getByTestId('env-save').click();
  await expect(page.getByTestId('env-saved')).toBeVisible();
  await expect(page.getByTestId('env-url-social-inquiry')).toHaveText(
    `${baseUrl}/SocialInquiryService/v1`,
  );
}

test('configure the CPAS from scratch, import the certificate, test, switch, restart: all kept', async ({
  app: page,
  host,
}) => {
  const answers = recordAnswers(page);
  await openSettings(page);

  // A wrong CBE is named under its field, and nothing is saved.
  await page.getByTestId('org-name').fill('CPAS de Demoville');
  await page.getByTestId('org-cbe').fill('0207.777.761');
  await page.getByTestId('org-save').click();
  await expect(page.getByTestId('org-cbe-issue')).toContainText('contrôle');
  await expect(page.getByTestId('org-error')).toContainText('rien n’a été enregistré');
  await page.getByTestId('org-cbe').fill('0207.777.760');
  await page.getByTestId('org-save').click();
  await expect(page.getByTestId('org-saved')).toBeVisible();

  await page.getByTestId('investigator-name').fill('Enquêtrice Fictive');
  await page.getByTestId('investigator-ssin').fill('80.03.14-101.16');
  await page.getByTestId('investigator-email').fill('enquetes@cpas-demoville.example');
  await page.getByTestId('investigator-save').click();
  await expect(page.getByTestId('investigator-saved')).toBeVisible();

  const baseUrl = `${simulator.url}/SOA4520`;
  await configureTestEnvironment(page, baseUrl);

  // Bad files first: each says why, and nothing is stored.
  await chooseCertificate(page, Buffer.from('not a certificate at all'), 'x');
  await expect(page.getByTestId('certificate-refused')).toContainText('PKCS#12');
  await chooseCertificate(page, Buffer.alloc(0), 'x');
  await expect(page.getByTestId('certificate-refused')).toContainText('vide');
  await chooseCertificate(page, pki.client.pfx, 'not-the-passphrase');
  await expect(page.getByTestId('certificate-refused')).toContainText('phrase secrète');
  await chooseCertificate(page, pki.expiredClient.pfx, pki.expiredClient.passphrase);
  await expect(page.getByTestId('certificate-refused')).toContainText('expiré');
  await expect(page.getByTestId('certificate-none')).toBeVisible();

  await chooseCertificate(page, pki.client.pfx, pki.client.passphrase);
  await expect(page.getByTestId('certificate-imported')).toBeVisible();
  await expect(page.getByTestId('certificate-subject')).toContainText(DEMO_CBE);
  await expect(page.getByTestId('certificate-cbe-check')).toContainText('correspond');
  await expect(page.getByTestId('certificate-passphrase')).toHaveValue('');

  await page.getByTestId('connection-test-run').click();
  await expect(page.getByTestId('connection-test-result')).toHaveAttribute('data-diagnosis', 'ok');
  await expect(page.getByTestId('connection-test-result')).toContainText('Connexion réussie');

  await page.getByTestId('env-select-test').click();
  await expect(page.getByTestId('env-select-test')).toBeChecked();
  await expect(page.getByTestId('environment-banner')).toContainText('TEST');
  await page.getByTestId('preferences-language').selectOption('nl');
  await expect(page.getByTestId('settings-screen').locator('h1')).toHaveText('Instellingen');

  // An inquiry in the test environment goes to the configured address, with the imported certificate.
  const person = persona('belgian-ris');
  await page.getByTestId('nav-new').click();
  await expect(page.getByTestId('demo-picker')).toHaveCount(0);
  await page.getByTestId('niss-input').fill(person.niss);
  await page.getByTestId('period-from').fill('01/01/2020');
  await page.getByTestId('period-to').fill('31/12/2026');
  await page.getByTestId('submit-inquiry').click();
  await expect(page.getByTestId('result-final-niss')).toContainText(formatted(person.niss), {
    timeout: 15_000,
  });

  // A restart finds everything as it was left.
  const restarted = await host.restart();
  await page.goto(restarted.url);
  await expect(page.getByTestId('environment-banner')).toContainText('TEST');
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-screen').locator('h1')).toHaveText('Instellingen');
  await expect(page.getByTestId('org-name')).toHaveValue('CPAS de Demoville');
  await expect(page.getByTestId('org-cbe')).toHaveValue(DEMO_CBE);
  await expect(page.getByTestId('investigator-ssin')).toHaveValue('80031410116');
  await expect(page.getByTestId('env-select-test')).toBeChecked();
  await page.getByTestId('env-tab-test').click();
  await expect(page.getByTestId('env-base-url')).toHaveValue(baseUrl);
  await expect(page.getByTestId('env-ca-list')).toContainText('CN=');
  await expect(page.getByTestId('certificate-subject')).toContainText(DEMO_CBE);

  // Nothing the page received holds the passphrase, the file or a private key.
  const received = answers.join('\n');
  expect(answers.length).toBeGreaterThan(10);
  expect(received).not.toContain(pki.client.passphrase);
  expect(received).not.toContain(pki.client.pfx.toString('base64').slice(0, 64));
  expect(received).not.toContain('PRIVATE KEY');
});

test('the connection test tells a stopped server, and production needs a confirmation', async ({
  app: page,
}) => {
  // A port nobody listens on any more: a simulator started and stopped.
  const gone = await startSimulator({ services: defaultServices(), pki, faultHeader: false });
  await gone.close();
  await openSettings(page);
  await page.getByTestId('org-name').fill('CPAS de Demoville');
  await page.getByTestId('org-cbe').fill(DEMO_CBE);
  await page.getByTestId('org-save').click();
  await page.getByTestId('investigator-name').fill('Enquêtrice Fictive');
  await page.getByTestId('investigator-ssin').fill('80031410116');
  await page.getByTestId('investigator-email').fill('enquetes@cpas-demoville.example');
  await page.getByTestId('investigator-save').click();
  await expect(page.getByTestId('investigator-saved')).toBeVisible();
  await configureTestEnvironment(page, `${gone.url}/SOA4520`);
  await chooseCertificate(page, pki.client.pfx, pki.client.passphrase);
  await expect(page.getByTestId('certificate-imported')).toBeVisible();
  await page.getByTestId('connection-test-run').click();
  await expect(page.getByTestId('connection-test-result')).toHaveAttribute(
    'data-diagnosis',
    'refused',
  );
  await expect(page.getByTestId('connection-test-result')).toContainText('Connexion refusée');

  // Production: a dialog first; cancelling changes nothing, confirming changes the banner.
  await page.getByTestId('env-select-production').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByTestId('environment-banner')).toContainText('DEMO');
  await expect(page.getByTestId('env-select-demo')).toBeChecked();
  await page.getByTestId('env-select-production').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Passer en production' }).click();
  await expect(page.getByTestId('environment-banner')).toContainText('PRODUCTION');

  // Nothing configured there: the inquiry says what is missing before calling anyone.
  await page.getByTestId('nav-new').click();
  await page.getByTestId('niss-input').fill(persona('belgian-ris').niss);
  await page.getByTestId('submit-inquiry').click();
  await expect(page.locator('[data-error-code="NOT_CONFIGURED"]')).toContainText(
    'certificat client',
  );
});
