// The other services consulted from a result, as an investigator meets them: the foreigner situation's work
// documents and residence reason, the family-reunification opener one click from an inquiry, the Tx25 register
// extract with its history on demand, all kept with the saved inquiry and shown again offline.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/browser-host';
import { formatted, persona } from '../support/personas';
import { squeeze } from '../../src/test-support/files/pdf-text';
import { exportAs, pdfText } from '../support/report-files';

async function inquire(page: Page, key: string) {
  const person = persona(key);
  await page.getByTestId('niss-input').fill(person.niss);
  await page.getByTestId('period-from').fill('01/01/2015');
  await page.getByTestId('period-to').fill('31/12/2026');
  await page.getByTestId('submit-inquiry').click();
  await expect(page.getByTestId('result-final-niss')).toContainText(formatted(person.niss), {
    timeout: 15_000,
  });
}

test('the foreigner situation: work documents as lanes, the residence reason, and the reunification opener', async ({
  app: page,
}) => {
  await inquire(page, 'subsidiary-protection');
  await page.getByTestId('consult-foreigner-situation').click();
  const view = page.getByTestId('foreigner-situation-view');
  await expect(view.getByTestId('work-documents-timeline')).toBeVisible();
  await expect(
    view.getByTestId('foreigner-employmentCards').getByTestId('work-document'),
  ).toHaveCount(2);
  await expect(view.getByTestId('foreigner-workPermits').getByTestId('work-document')).toHaveCount(
    1,
  );
  await expect(view).toContainText('durée indéterminée');
  const numbers = await view.getByTestId('work-document').locator('td.mono').allTextContents();

  // The report has the consultation's own section, with every document.
  await page.getByTestId('consult-register-extract').click();
  await expect(page.getByTestId('register-extract-view')).toBeVisible();
  const text = await pdfText(await exportAs(page, 'pdf'));
  expect(text).toContain(squeeze('Situation de l’étranger (ForeignerSituation)'));
  expect(text).toContain(squeeze('Extrait du registre national (Tx25)'));
  for (const number of numbers) expect(text).toContain(squeeze(number));

  await page.getByTestId('new-inquiry').click();
  await inquire(page, 'couple-partner');
  await page.getByTestId('consult-foreigner-situation').click();
  await expect(page.getByTestId('residence-reason')).toContainText('01010101');
  const opener = persona('couple-main-beneficiary');
  await expect(page.getByTestId('special-info')).toContainText(formatted(opener.niss));
  await page.getByTestId('reunification-inquire').click();
  await expect(page.getByTestId('result-final-niss')).toContainText(formatted(opener.niss), {
    timeout: 15_000,
  });
});

test('the register extract, its history on demand, kept with the saved inquiry and shown offline', async ({
  app: page,
}) => {
  await inquire(page, 'asylum-to-refugee');
  await page.getByTestId('consult-register-extract').click();
  const view = page.getByTestId('register-extract-view');
  await expect(view.locator('[data-testid="extract-group"][data-code="031"]')).toBeVisible();
  await expect(view.locator('[data-testid="extract-entry"][data-current="false"]')).toHaveCount(0);
  await view.getByTestId('extract-history').click();
  await expect(
    view.locator('[data-testid="extract-entry"][data-current="false"]').first(),
  ).toBeVisible();

  await page.getByTestId('nav-saved').click();
  await page.getByTestId('saved-row').first().getByTestId('saved-open').click();
  const offline = page.getByTestId('register-extract-view');
  await expect(
    offline.locator('[data-testid="extract-entry"][data-current="false"]').first(),
  ).toBeVisible();
});

test('a BIS number is not offered the foreigner situation', async ({ app: page }) => {
  await inquire(page, 'bis-urgent-medical-aid');
  await expect(page.getByTestId('consult-register-extract')).toBeVisible();
  await expect(page.getByTestId('consult-foreigner-situation')).toHaveCount(0);
});

test('a consultation refused by the BCSS says why: the registration was removed since (MSG00012)', async ({
  app: page,
}) => {
  const person = persona('not-integrated');
  // Registered for the CPAS, the person can be inquired on...
  await page.getByTestId('nav-registrations').click();
  await page.getByTestId('registrations-screen').getByTestId('niss-input').fill(person.niss);
  await page.getByTestId('registrations-list').click();
  await page.getByTestId('register-from').fill('01/01/2015');
  await page.getByTestId('register-submit').click();
  await expect(page.getByTestId('registration-line').first()).toBeVisible();
  await page.getByTestId('nav-new').click();
  await inquire(page, 'not-integrated');
  // ...until the registration goes: the register extract is then refused, in words, and nothing is kept.
  await page.getByTestId('nav-registrations').click();
  await page.getByTestId('registrations-list').click();
  await page.getByTestId('registration-remove').first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer l’inscription' }).click();
  await expect(page.getByTestId('registrations-empty')).toBeVisible();
  await page.getByTestId('nav-new').click();
  await page.getByTestId('consult-register-extract').click();
  await expect(page.getByTestId('register-extract-error')).toContainText('MSG00012');
  await expect(page.getByTestId('register-extract-error')).toContainText('pas intégrée');
  await expect(page.getByTestId('register-extract-view')).toHaveCount(0);
});
