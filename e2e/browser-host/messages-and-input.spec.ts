// Plain messages and safe input, as a new investigator meets them on a 1366×768 laptop: a refusal takes the
// focus and shows its offer, a registration clears the refusal it answers, dates are typed the short way, a
// future period is asked about, Escape cancels a run, leaving during a run asks first, the input survives a
// reload, the first start asks once who investigates, and a saved inquiry is found by the register's name.
import { expect, test } from '../support/browser-host';
import { formatted, persona } from '../support/personas';

test.use({ viewport: { width: 1366, height: 768 } });

test('a refusal takes the focus, is in view with its offer, and goes once the person is registered', async ({
  desk,
}) => {
  const { start, page } = desk;
  const offer = start.registrationOffer;
  await start.inquire(persona('not-integrated').niss, { from: '01/01/2024', to: '31/12/2026' });
  await expect(start.errorText).toBeFocused();
  await expect(start.errorText).toHaveAttribute('role', 'alert');
  await expect(start.errorText).toBeInViewport({ ratio: 1 });
  await expect(offer.offerButton).toBeInViewport({ ratio: 1 });
  // A sentence: no code before the technical details are opened.
  await expect(start.error).not.toContainText('MSG00012', { useInnerText: true });
  await expect(start.error).not.toContainText('BCSS_STATUS', { useInnerText: true });

  await offer.accept();
  await offer.form.submit();
  await expect(offer.done).toBeFocused();
  // The refusal no longer holds: it is gone, not left above "registered".
  await expect(start.error).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('dates typed the short way are read, a format problem names the format, a future period asks first', async ({
  desk,
}) => {
  const { start, confirm } = desk;
  await start.niss.fill(persona('belgian-ris').niss);
  await start.from.fill('1/3/25');
  await start.to.fill('31/12/25');
  await expect(start.periodFeedback).toHaveText('306 jour(s)');
  await start.from.blur();
  await expect(start.from).toHaveValue('01/03/2025');

  await start.from.fill('1 mars 2025');
  await expect(start.periodFeedback).toContainText('jj/mm/aaaa');
  await expect(start.from).toHaveAttribute('aria-invalid', 'true');
  await start.from.fill('31/02/2025');
  await expect(start.periodFeedback).toContainText('n’existe pas dans le calendrier');

  const nextYear = new Date().getFullYear() + 1;
  await start.setPeriod({ from: `01/01/${nextYear}`, to: `31/12/${nextYear}` });
  await expect(start.periodFuture).toBeVisible();
  await start.submit();
  await expect(confirm.root).toBeVisible();
  await confirm.no.click();
  await expect(confirm.root).toHaveCount(0);
  await expect(start.progressStep).toHaveCount(0);
  // Still the investigator's choice.
  await start.submit();
  await confirm.yes.click();
  await expect(desk.result.finalNiss).toContainText(formatted(persona('belgian-ris').niss), {
    timeout: 20_000,
  });
});

test.describe('during a slow run', () => {
  test.use({ hostEnv: { INQUIRY_DESK_SIMULATOR_FAULTS: 'latency=8000' } });

  test('Escape cancels it, as the Cancel button does', async ({ desk }) => {
    const { start, page } = desk;
    await start.inquire(persona('belgian-ris').niss);
    await expect(start.progressStep).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(start.error).toContainText('Enquête annulée');
    await expect(start.errorText).toBeFocused();
  });

  test('leaving asks first; the NISS and the period survive a reload', async ({ desk }) => {
    const { start, page, confirm, nav } = desk;
    const period = { from: '01/02/2020', to: '31/01/2024' };
    await start.inquire(persona('belgian-ris').niss, period);
    await expect(start.progressStep).toBeVisible();

    // Another screen: asked, and staying keeps the run.
    await nav.go('saved');
    await expect(confirm.root).toContainText('Une enquête est en cours');
    await confirm.no.click();
    await expect(start.progressStep).toBeVisible();

    // A reload: the browser asks; dismissed, nothing happens.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    // As F5 does (Playwright's reload would wait for a navigation that is refused).
    await page.evaluate('location.reload()');
    await expect.poll(() => asked).toEqual(['beforeunload']);
    await expect(start.progressStep).toBeVisible();

    // Accepted: the page reloads, the input is still there.
    page.once('dialog', (dialog) => void dialog.accept());
    // The page goes away under the evaluation: its context ending is the expected outcome.
    await page.evaluate('location.reload()').catch(() => undefined);
    await expect(start.progressStep).toHaveCount(0);
    await expect(start.niss).toHaveValue(formatted(persona('belgian-ris').niss));
    await expect(start.from).toHaveValue(period.from);
    await expect(start.to).toHaveValue(period.to);
  });
});

test('the first start asks once for the investigator and the CPAS; skipped in demo, not asked again', async ({
  desk,
  host,
  page,
}) => {
  const { start } = desk;
  await expect(start.firstRun.root).toBeVisible();
  await start.firstRun.skipButton.click();
  await expect(start.firstRun.root).toHaveCount(0);
  await host.restart();
  await desk.open(host.current.url);
  await expect(start.niss).toBeVisible();
  await expect(page.getByTestId('first-run')).toHaveCount(0);
});

test('the first-run panel saves the investigator and the CPAS the report names', async ({
  desk,
}) => {
  const { start, settings } = desk;
  const panel = start.firstRun;
  await panel.openButton.click();
  await panel.name.fill('Claire Dumont');
  await panel.cpas.fill('CPAS de Démo');
  await panel.cbe.fill('0207777760');
  await panel.ssin.fill(persona('belgian-ris').niss);
  await panel.email.fill('not-an-address');
  await panel.saveButton.click();
  // Main refuses the field, said beside it; nothing else is lost.
  await expect(panel.root.getByTestId('first-run-email-issue')).toBeVisible();
  await panel.email.fill('claire.dumont@example.org');
  await panel.saveButton.click();
  await expect(panel.saved).toBeVisible();
  await settings.open();
  await expect(settings.investigatorName).toHaveValue('Claire Dumont');
});

test('a saved inquiry is found by the register’s name, and the investigator corrects it', async ({
  desk,
}) => {
  const { start, result, supplements, saved } = desk;
  const person = persona('subsidiary-protection');
  await start.inquire(person.niss, { from: '01/01/2015', to: '31/12/2026' });
  await result.expectResultFor(formatted(person.niss));
  const extract = await supplements.consultRegisterExtract();
  await expect(extract.group('010')).toContainText(person.lastName);

  await saved.open();
  await saved.search.fill(person.lastName);
  await expect(saved.rows).toHaveCount(1);
  await saved.rename(saved.rows.first(), 'Nom-Corrigé Prénom');
  await expect(saved.status).toHaveText('Nom enregistré.');
  await saved.search.fill('nom-corrige');
  await expect(saved.rows).toHaveCount(1);
  await expect(saved.rows.first()).toContainText('Nom-Corrigé Prénom');
});
