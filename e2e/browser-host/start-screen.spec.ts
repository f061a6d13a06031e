// The start screen as an investigator uses it: NISS feedback, period checks, language.
import { expect, test } from '../support/browser-host';

test('the start screen opens in French in the demo environment, submit disabled', async ({
  desk,
}) => {
  const { page, start } = desk;
  await expect(page.getByRole('heading', { name: 'Nouvelle enquête sociale' })).toBeVisible();
  await expect(desk.environmentBanner).toContainText('DEMO');
  await expect(desk.environmentBanner).toContainText('Navigateur (hôte local)');
  await expect(start.submitButton).toBeDisabled();
  // The default period is the last 12 months ending today, shown dd/mm/yyyy whatever the OS locale.
  const today = new Date();
  const dd = String(today.getDate()).padStart(2, '0');
  const mm = String(today.getMonth() + 1).padStart(2, '0');
  await expect(start.to).toHaveValue(`${dd}/${mm}/${today.getFullYear()}`);
  await expect(start.from).toHaveValue(`${dd}/${mm}/${today.getFullYear() - 1}`);
});

test('a valid National Register number is formatted as typed and described', async ({ desk }) => {
  const { start } = desk;
  await start.niss.pressSequentially('85073003328');
  await expect(start.niss).toHaveValue('85.07.30-033.28');
  await expect(start.nissFeedback).toContainText('NISS valide');
  await expect(start.nissFeedback).toContainText('Numéro de registre national');
  await expect(start.nissFeedback).toContainText('né(e) le 30/07/1985');
  await expect(start.nissFeedback).toContainText('homme');
  await expect(start.submitButton).toBeEnabled();
});

test('invalid numbers say why, in French', async ({ desk }) => {
  const { start } = desk;
  await start.niss.fill('85073003329');
  await expect(start.nissFeedback).toContainText('Les chiffres de contrôle ne correspondent pas');
  await expect(start.niss).toHaveAttribute('aria-invalid', 'true');
  await start.niss.fill('85133000105');
  await expect(start.nissFeedback).toContainText(
    'date de naissance contenue dans le numéro est impossible',
  );
  await start.niss.fill('8507300');
  await expect(start.nissFeedback).toContainText('Un NISS compte 11 chiffres : 7 saisi(s).');
  await start.niss.fill('85O73003328');
  await expect(start.nissFeedback).toContainText('Seuls des chiffres');
  await expect(start.submitButton).toBeDisabled();
});

test('a BIS number is recognised as such', async ({ desk }) => {
  const { start } = desk;
  await start.niss.fill('98472899765');
  await expect(start.niss).toHaveValue('98.47.28-997.65');
  await expect(start.nissFeedback).toContainText('Numéro BIS (registre de la BCSS)');
});

test('the period rejects an empty or inverted period and offers presets', async ({ desk }) => {
  const { start } = desk;
  await start.niss.fill('85073003328');
  await expect(start.submitButton).toBeEnabled();
  await start.setPeriod({ from: '01/03/2026', to: '01/02/2026' });
  await expect(start.periodFeedback).toContainText('La date de fin précède la date de début.');
  await expect(start.submitButton).toBeDisabled();
  await start.to.fill('31/02/2026');
  await expect(start.periodFeedback).toContainText('Ce jour n’existe pas dans le calendrier');
  await expect(start.to).toHaveAttribute('aria-invalid', 'true');
  await start.to.fill('');
  await expect(start.periodFeedback).toContainText(
    'Indiquez une date de début et une date de fin.',
  );
  await start.preset('previousYear').click();
  const lastYear = new Date().getFullYear() - 1;
  await expect(start.from).toHaveValue(`01/01/${lastYear}`);
  await expect(start.to).toHaveValue(`31/12/${lastYear}`);
  await expect(start.submitButton).toBeEnabled();
});

test('Dutch messages, and the language choice survives a restart', async ({ desk, host }) => {
  const { page, start } = desk;
  await page.getByLabel('Langue').selectOption('nl');
  await expect(page.getByRole('heading', { name: 'Nieuw sociaal onderzoek' })).toBeVisible();
  await start.niss.fill('85073003328');
  await expect(start.nissFeedback).toContainText('Geldig INSZ · Rijksregisternummer');
  await expect(start.nissFeedback).toContainText('geboren op 30/07/1985, man');
  await start.niss.fill('85073003329');
  await expect(start.nissFeedback).toContainText('De controlecijfers kloppen niet');
  await start.niss.fill('01490700185');
  await expect(start.nissFeedback).toContainText('Bisnummer');

  const restarted = await host.restart();
  await desk.open(restarted.url);
  await expect(page.getByRole('heading', { name: 'Nieuw sociaal onderzoek' })).toBeVisible();
  await expect(page.getByLabel('Taal')).toHaveValue('nl');
});
