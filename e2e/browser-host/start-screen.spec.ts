// The start screen as an investigator uses it: NISS feedback, period checks, language.
import { expect, test } from '../support/browser-host';

test('the start screen opens in French in the demo environment, submit disabled', async ({
  app,
}) => {
  await expect(app.getByRole('heading', { name: 'Nouvelle enquête sociale' })).toBeVisible();
  await expect(app.getByTestId('environment-banner')).toContainText('DEMO');
  await expect(app.getByTestId('environment-banner')).toContainText('Navigateur (hôte local)');
  await expect(app.getByTestId('submit-inquiry')).toBeDisabled();
  // The default period is the last 12 months ending today, shown dd/mm/yyyy whatever the OS locale.
  const today = new Date();
  const dd = String(today.getDate()).padStart(2, '0');
  const mm = String(today.getMonth() + 1).padStart(2, '0');
  await expect(app.getByTestId('period-to')).toHaveValue(`${dd}/${mm}/${today.getFullYear()}`);
  await expect(app.getByTestId('period-from')).toHaveValue(
    `${dd}/${mm}/${today.getFullYear() - 1}`,
  );
});

test('a valid National Register number is formatted as typed and described', async ({ app }) => {
  const input = app.getByTestId('niss-input');
  await input.pressSequentially('85073003328');
  await expect(input).toHaveValue('85.07.30-033.28');
  const feedback = app.getByTestId('niss-feedback');
  await expect(feedback).toContainText('NISS valide');
  await expect(feedback).toContainText('Numéro de registre national');
  await expect(feedback).toContainText('né(e) le 30/07/1985');
  await expect(feedback).toContainText('homme');
  await expect(app.getByTestId('submit-inquiry')).toBeEnabled();
});

test('invalid numbers say why, in French', async ({ app }) => {
  const input = app.getByTestId('niss-input');
  const feedback = app.getByTestId('niss-feedback');
  await input.fill('85073003329');
  await expect(feedback).toContainText('Les chiffres de contrôle ne correspondent pas');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await input.fill('85133000105');
  await expect(feedback).toContainText('date de naissance contenue dans le numéro est impossible');
  await input.fill('8507300');
  await expect(feedback).toContainText('Un NISS compte 11 chiffres : 7 saisi(s).');
  await input.fill('85O73003328');
  await expect(feedback).toContainText('Seuls des chiffres');
  await expect(app.getByTestId('submit-inquiry')).toBeDisabled();
});

test('a BIS number is recognised as such', async ({ app }) => {
  await app.getByTestId('niss-input').fill('98472899765');
  await expect(app.getByTestId('niss-input')).toHaveValue('98.47.28-997.65');
  await expect(app.getByTestId('niss-feedback')).toContainText('Numéro BIS (registre de la BCSS)');
});

test('the period rejects an empty or inverted period and offers presets', async ({ app }) => {
  await app.getByTestId('niss-input').fill('85073003328');
  const submit = app.getByTestId('submit-inquiry');
  await expect(submit).toBeEnabled();
  await app.getByTestId('period-from').fill('01/03/2026');
  await app.getByTestId('period-to').fill('01/02/2026');
  await expect(app.getByTestId('period-feedback')).toContainText(
    'La date de fin précède la date de début.',
  );
  await expect(submit).toBeDisabled();
  await app.getByTestId('period-to').fill('31/02/2026');
  await expect(app.getByTestId('period-feedback')).toContainText('Cette date n’existe pas.');
  await expect(app.getByTestId('period-to')).toHaveAttribute('aria-invalid', 'true');
  await app.getByTestId('period-to').fill('');
  await expect(app.getByTestId('period-feedback')).toContainText(
    'Indiquez une date de début et une date de fin.',
  );
  await app.getByTestId('preset-previousYear').click();
  const lastYear = new Date().getFullYear() - 1;
  await expect(app.getByTestId('period-from')).toHaveValue(`01/01/${lastYear}`);
  await expect(app.getByTestId('period-to')).toHaveValue(`31/12/${lastYear}`);
  await expect(submit).toBeEnabled();
});

test('Dutch messages, and the language choice survives a restart', async ({ app, host }) => {
  await app.getByLabel('Langue').selectOption('nl');
  await expect(app.getByRole('heading', { name: 'Nieuw sociaal onderzoek' })).toBeVisible();
  const input = app.getByTestId('niss-input');
  await input.fill('85073003328');
  await expect(app.getByTestId('niss-feedback')).toContainText('Geldig INSZ · Rijksregisternummer');
  await expect(app.getByTestId('niss-feedback')).toContainText('geboren op 30/07/1985, man');
  await input.fill('85073003329');
  await expect(app.getByTestId('niss-feedback')).toContainText('De controlecijfers kloppen niet');
  await input.fill('01490700185');
  await expect(app.getByTestId('niss-feedback')).toContainText('Bisnummer');

  const restarted = await host.restart();
  await app.goto(restarted.url);
  await expect(app.getByRole('heading', { name: 'Nieuw sociaal onderzoek' })).toBeVisible();
  await expect(app.getByLabel('Taal')).toHaveValue('nl');
});
