// ManageAccess and IdentifyPerson as an investigator meets them: find a NISS by a name spelt another way,
// register a person the BCSS says is not integrated (MSG00012) and rerun in one action, list, cut and remove
// registrations, and the services' refusals in words.
import type { Page } from '@playwright/test';
import { expect, test, toStartScreen } from '../support/browser-host';
import { formatted, persona } from '../support/personas';

const person = persona('not-integrated');

async function inquire(page: Page, niss: string) {
  await toStartScreen(page);
  await page.getByTestId('niss-input').fill(niss);
  await page.getByTestId('period-from').fill('01/01/2024');
  await page.getByTestId('period-to').fill('31/12/2026');
  await page.getByTestId('submit-inquiry').click();
}

test('find a NISS by a name spelt another way, and choose it', async ({ app: page }) => {
  await page.getByTestId('identify-open').click();
  await page.getByTestId('identify-last-name').fill('Jakobs');
  await page.getByTestId('identify-birth-date').fill(person.birthDate!.slice(0, 4));
  await page.getByTestId('identify-submit').click();
  const candidate = page
    .getByTestId('identify-candidate')
    .filter({ hasText: formatted(person.niss) });
  await expect(candidate).toContainText(person.lastName.toUpperCase());
  await candidate.getByTestId('identify-choose').click();
  await expect(page.getByTestId('niss-input')).toHaveValue(formatted(person.niss));
  await expect(page.getByTestId('person-name-input')).toHaveValue(
    new RegExp(`^${person.lastName.toUpperCase()} ${person.firstName}`),
  );
  await expect(page.getByTestId('person-search')).toHaveCount(0);

  // A date that is none of yyyy, mm/yyyy, dd/mm/yyyy is said so, and nothing is sent.
  await page.getByTestId('identify-open').click();
  await page.getByTestId('identify-last-name').fill('Jacobs');
  await page.getByTestId('identify-birth-date').fill('13/1982');
  await expect(page.getByTestId('identify-submit')).toBeDisabled();
  await expect(page.getByTestId('person-search')).toContainText('jj/mm/aaaa, mm/aaaa ou aaaa');
});

test('MSG00012: register the person for the CPAS, then rerun the inquiry in one action', async ({
  app: page,
}) => {
  await inquire(page, person.niss);
  await expect(page.getByTestId('start-error')).toContainText('MSG00012');

  await page.getByTestId('register-offer').click();
  // A proof that is not the person's is refused, and nothing is registered.
  await page.getByTestId('register-form').locator('summary').click();
  await page.getByTestId('register-proof-last-name').fill('Quelquun-Dautre');
  await page.getByTestId('register-proof-birth-date').fill('1982');
  await page.getByTestId('register-submit').click();
  await expect(page.getByTestId('register-error')).toContainText('ne correspondent pas');

  await page.getByTestId('register-proof-last-name').fill(person.lastName);
  await page
    .getByTestId('register-proof-birth-date')
    .fill(person.birthDate!.split('-').reverse().join('/'));
  await page.getByTestId('register-purpose').selectOption('2');
  await page.getByTestId('register-submit').click();
  await expect(page.getByTestId('register-done')).toContainText('inscrite');
  await page.getByTestId('register-rerun').click();
  await expect(page.getByTestId('result-final-niss')).toContainText(formatted(person.niss), {
    timeout: 15_000,
  });
});

test('list, cut a period out of, and remove a registration', async ({ app: page }) => {
  await page.getByTestId('nav-registrations').click();
  await page.getByTestId('registrations-screen').getByTestId('niss-input').fill(person.niss);
  await page.getByTestId('registrations-register').selectOption('SECONDARY');
  await page.getByTestId('registrations-list').click();
  await expect(page.getByTestId('registrations-empty')).toBeVisible();

  await page.getByTestId('register-from').fill('01/01/2024');
  await page.getByTestId('register-to').fill('31/12/2026');
  await page.getByTestId('register-submit').click();
  await expect(page.getByTestId('registration-line')).toHaveCount(1);
  await expect(page.getByTestId('registration-period')).toHaveText('01/01/2024 – 31/12/2026');

  // Cutting the middle out leaves two lines.
  await page.getByTestId('registration-cut').click();
  await page.getByTestId('cut-from').fill('01/01/2025');
  await page.getByTestId('cut-to').fill('30/06/2025');
  await page.getByTestId('cut-submit').click();
  await expect(page.getByTestId('registration-line')).toHaveCount(2);
  await expect(page.getByTestId('registration-period')).toHaveText([
    '01/01/2024 – 31/12/2024',
    '01/07/2025 – 31/12/2026',
  ]);

  // Removing the registration under the code takes both; the inquiry is refused again.
  await page.getByTestId('registration-remove').first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer l’inscription' }).click();
  await expect(page.getByTestId('registrations-changed')).toBeVisible();
  await expect(page.getByTestId('registrations-empty')).toBeVisible();
  await inquire(page, person.niss);
  await expect(page.getByTestId('start-error')).toContainText('MSG00012');
});

test.describe('when the BCSS fails', () => {
  test.use({ hostEnv: { INQUIRY_DESK_SIMULATOR_FAULTS: 'http=503:MSG00001' } });

  test('a search says the BCSS is unavailable, with its code', async ({ app: page }) => {
    await page.getByTestId('identify-open').click();
    await page.getByTestId('identify-last-name').fill('Jacobs');
    await page.getByTestId('identify-birth-date').fill('1982');
    await page.getByTestId('identify-submit').click();
    await expect(page.getByTestId('identify-error')).toContainText('MSG00001', { timeout: 15_000 });
  });
});
