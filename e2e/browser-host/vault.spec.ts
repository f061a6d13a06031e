// The vault as an investigator and a security advisor meet it: every successful inquiry saved and found
// again (by NISS or name), reopened offline exactly as it was, deleted on demand, and every BCSS call in
// the audit log's CSV export.
import type { Page } from '@playwright/test';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANES, type LaneId } from '../../src/shared/domain/inquiry';
import { type Persona } from '../../src/test-support/simulator';
import { formatted, persona } from '../support/personas';
import { expect, startHost, test, toStartScreen } from '../support/browser-host';

/** 'LEJEUNE Martine': the name the demo picker fills in. */
const nameOf = (person: Persona) => `${person.lastName.toUpperCase()} ${person.firstName}`;

function today(): string {
  const now = new Date();
  const dd = String(now.getDate()).padStart(2, '0');
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${now.getFullYear()}`;
}

/** Picks the demo person (which fills NISS and name), asks the whole history, and submits. */
async function submitInquiry(page: Page, key: string) {
  const person = persona(key);
  await toStartScreen(page);
  await page.getByTestId('demo-picker').selectOption(person.niss);
  await expect(page.getByTestId('person-name-input')).toHaveValue(nameOf(person));
  await page.getByTestId('period-from').fill('01/01/1900');
  await page.getByTestId('period-to').fill('31/12/2026');
  await page.getByTestId('submit-inquiry').click();
  return person;
}

async function inquire(page: Page, key: string) {
  const person = await submitInquiry(page, key);
  await expect(page.getByTestId('result-final-niss')).toContainText(formatted(person.niss), {
    timeout: 15_000,
  });
  return person;
}

async function openSaved(page: Page) {
  await page.getByTestId('nav-saved').click();
  await expect(page.getByTestId('saved-screen')).toBeVisible();
}

/** Row counts of every lane of the table view (0 for an empty lane). */
async function laneCounts(page: Page): Promise<Record<LaneId, number>> {
  await page.getByTestId('view-toggle').click();
  await page.locator('[data-testid^="table-lane-"]').first().waitFor();
  const counts = {} as Record<LaneId, number>;
  for (const lane of LANES) {
    counts[lane] = await page.getByTestId(`table-lane-${lane}`).getByTestId('row').count();
  }
  return counts;
}

test('every successful inquiry is saved, newest first, and found by NISS in any format or by name', async ({
  app,
}) => {
  const lejeune = await inquire(app, 'belgian-ris');
  const haddad = await inquire(app, 'asylum-to-refugee');

  await openSaved(app);
  const rows = app.getByTestId('saved-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(nameOf(haddad));
  await expect(rows.nth(0).getByTestId('saved-niss')).toHaveText(formatted(haddad.niss));
  await expect(rows.nth(0)).toContainText('01/01/1900 – 31/12/2026');
  await expect(rows.nth(0)).toContainText(today());
  await expect(rows.nth(0)).toContainText('DEMO');
  await expect(rows.nth(1)).toContainText(nameOf(lejeune));
  await expect(app.getByTestId('saved-count')).toContainText('Enquêtes enregistrées : 2');
  // The browser host keeps its key in a file: weaker than the desktop app, and said so.
  await expect(app.getByTestId('protection-notice')).toContainText('moins solide');
  await expect(app.getByTestId('saved-damaged')).toHaveCount(0);

  const search = app.getByTestId('saved-search');
  const only = async (person: Persona) => {
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(nameOf(person));
  };
  await search.fill('87.04');
  await only(lejeune);
  await search.fill(haddad.niss.slice(0, 7));
  await only(haddad);
  await search.fill(formatted(lejeune.niss));
  await only(lejeune);
  await search.fill('haddad');
  await only(haddad);
  await search.fill('MARTINE lejeune');
  await only(lejeune);
  await expect(app.getByTestId('saved-count')).toContainText('Trouvées : 1 sur 2');
  await search.fill('nobody');
  await expect(app.getByTestId('saved-empty')).toContainText(/«\s*nobody\s*»/);
  await search.fill('');
  await expect(rows).toHaveCount(2);

  // The search and the list stay while another screen is visited.
  await search.fill('haddad');
  await only(haddad);
  await app.getByTestId('nav-audit').click();
  await expect(app.getByTestId('audit-screen')).toBeVisible();
  await app.getByTestId('nav-saved').click();
  await expect(search).toHaveValue('haddad');
  await only(haddad);
});

test('a saved inquiry reopens offline exactly as it was; running it again there fails and keeps the input', async ({
  app,
  host,
}) => {
  const person = await inquire(app, 'belgian-ris');
  const ticket = await app.getByTestId('result-ticket').first().innerText();
  const consultedAt = await app.getByTestId('result-consulted-at').innerText();
  const online = await laneCounts(app);
  expect(Object.values(online).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

  // The app restarts on the same data, with the BCSS out of reach (connection refused).
  await host.current.stop();
  host.current = await startHost(host.dataDir, { INQUIRY_DESK_SIMULATOR: 'off' });
  await app.goto(host.current.url);

  await openSaved(app);
  await expect(app.getByTestId('saved-row')).toHaveCount(1);
  await app.getByTestId('saved-open').click();
  const banner = app.getByTestId('offline-banner');
  await expect(banner).toContainText(
    `Copie hors ligne : enquête consultée à la BCSS le ${today()}`,
  );
  await expect(app.getByTestId('result-screen')).toBeVisible();
  await expect(app.getByTestId('result-final-niss')).toHaveText(formatted(person.niss));
  await expect(app.getByTestId('result-ticket').first()).toHaveText(ticket);
  await expect(app.getByTestId('result-consulted-at')).toHaveText(consultedAt);
  expect(await laneCounts(app)).toEqual(online);

  await app.getByTestId('offline-rerun').click();
  await expect(app.getByTestId('start-error')).toContainText(
    'La connexion à la BCSS a été refusée',
    { timeout: 20_000 },
  );
  await expect(app.getByTestId('niss-input')).toHaveValue(formatted(person.niss));
  await expect(app.getByTestId('person-name-input')).toHaveValue(nameOf(person));
  await expect(app.getByTestId('period-from')).toHaveValue('01/01/1900');
  await expect(app.getByTestId('period-to')).toHaveValue('31/12/2026');
  await expect(app.getByTestId('nav-new')).toHaveAttribute('aria-current', 'page');

  // A failed call saves nothing: the one copy stays.
  await openSaved(app);
  await expect(app.getByTestId('saved-row')).toHaveCount(1);
});

test('"Run it again" from an offline copy runs a fresh inquiry when the BCSS answers', async ({
  app,
}) => {
  const person = await inquire(app, 'belgian-ris');
  await openSaved(app);
  await app.getByTestId('saved-open').click();
  await expect(app.getByTestId('offline-banner')).toBeVisible();
  // Choosing the screen shown again goes back to its list; the back button does the same.
  await app.getByTestId('nav-saved').click();
  await expect(app.getByTestId('saved-row')).toHaveCount(1);
  await app.getByTestId('saved-open').click();
  await app.getByTestId('offline-back').click();
  await expect(app.getByTestId('saved-row')).toHaveCount(1);
  await app.getByTestId('saved-open').click();
  await app.getByTestId('offline-rerun').click();
  await expect(app.getByTestId('offline-banner')).toHaveCount(0);
  await expect(app.getByTestId('result-final-niss')).toHaveText(formatted(person.niss), {
    timeout: 15_000,
  });
  await openSaved(app);
  await expect(app.getByTestId('saved-row')).toHaveCount(2);
  await expect(app.getByTestId('saved-row').first()).toContainText(nameOf(person));
});

test('one saved inquiry is deleted after confirmation, then all of them', async ({ app }) => {
  const lejeune = await inquire(app, 'belgian-ris');
  const haddad = await inquire(app, 'asylum-to-refugee');
  const claes = await inquire(app, 'overlap-blocked');
  await openSaved(app);
  const rows = app.getByTestId('saved-row');
  await expect(rows).toHaveCount(3);

  const lejeuneRow = rows.filter({ hasText: nameOf(lejeune) });
  await lejeuneRow.getByTestId('saved-delete').click();
  const dialog = app.getByTestId('confirm-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(nameOf(lejeune));
  // The safe choice has the focus, and Escape is a "no".
  await expect(app.getByTestId('confirm-no')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(rows).toHaveCount(3);

  await lejeuneRow.getByTestId('saved-delete').click();
  await app.getByTestId('confirm-yes').click();
  await expect(rows).toHaveCount(2);
  await expect(app.getByTestId('saved-status')).toContainText('L’enquête a été supprimée.');
  await expect(rows.filter({ hasText: nameOf(lejeune) })).toHaveCount(0);
  await expect(rows.nth(0)).toContainText(nameOf(claes));
  await expect(rows.nth(1)).toContainText(nameOf(haddad));

  await app.getByTestId('saved-delete-all').click();
  await expect(dialog).toContainText('(2)');
  await app.getByTestId('confirm-no').click();
  await expect(rows).toHaveCount(2);
  await app.getByTestId('saved-delete-all').click();
  await app.getByTestId('confirm-yes').click();
  await expect(app.getByTestId('saved-empty')).toBeVisible();
  await expect(rows).toHaveCount(0);
  await expect(app.getByTestId('saved-status')).toContainText('Enquêtes supprimées : 2.');
  await expect(app.getByTestId('saved-delete-all')).toBeDisabled();
});

test('a damaged saved file is named, not silently left out', async ({ app, host }) => {
  await inquire(app, 'belgian-ris');
  const dir = join(host.dataDir, 'vault', 'inquiries');
  const [file] = readdirSync(dir).filter((name) => name.endsWith('.inq'));
  expect(file).toBeDefined();
  const data = readFileSync(join(dir, file!));
  data[data.length - 5] = (data[data.length - 5] ?? 0) ^ 0xff;
  writeFileSync(join(dir, file!), data);

  await openSaved(app);
  await app.getByTestId('saved-open').click();
  await expect(app.getByTestId('offline-error')).toContainText('endommagé');
  await expect(app.getByTestId('offline-error')).toContainText(file!);
  await expect(app.getByTestId('offline-error')).toHaveAttribute(
    'data-error-code',
    'VAULT_DAMAGED',
  );
  await app.getByTestId('offline-back').click();
  await expect(app.getByTestId('saved-damaged')).toContainText('Fichiers illisibles : 1');
  await expect(app.getByTestId('saved-damaged')).toContainText(file!);
  await expect(app.getByTestId('saved-row')).toContainText('fichier illisible');
});

test('a locked vault is said in words, and no inquiry runs without it', async ({ app, host }) => {
  await host.current.stop();
  // A key file others can read protects nothing: the vault refuses to open.
  chmodSync(join(host.dataDir, 'keys', 'vault.key'), 0o644);
  host.current = await startHost(host.dataDir);
  await app.goto(host.current.url);

  await openSaved(app);
  const error = app.getByTestId('saved-error');
  await expect(error).toHaveAttribute('data-error-code', 'VAULT_LOCKED');
  await expect(error).toContainText('le fichier de clé est lisible par d’autres utilisateurs');
  // Nothing is offered that could not work: no search, no deletion, no retention.
  await expect(app.getByTestId('saved-search')).toHaveCount(0);
  await expect(app.getByTestId('saved-delete-all')).toHaveCount(0);
  await expect(app.getByTestId('retention-days')).toHaveCount(0);

  await submitInquiry(app, 'belgian-ris');
  await expect(app.getByTestId('start-error')).toHaveAttribute('data-error-code', 'VAULT_LOCKED');
  await app.getByTestId('nav-audit').click();
  await app.getByTestId('audit-export').click();
  await expect(app.getByTestId('audit-error')).toHaveAttribute('data-error-code', 'VAULT_LOCKED');
});

test('the retention period is shown, checked and changed', async ({ app, host }) => {
  await openSaved(app);
  const next = app.getByTestId('retention-next');
  await expect(next).toContainText(
    /Les enquêtes sont conservées \d+ jour\(s\) ; prochaine purge le \d\d\/\d\d\/\d{4} à \d\d:\d\d\./,
  );
  const days = app.getByTestId('retention-days');
  const save = app.getByTestId('retention-save');
  for (const wrong of ['0', '3651', '12.5', 'abc']) {
    await days.fill(wrong);
    await expect(save).toBeDisabled();
    await expect(days).toHaveAttribute('aria-invalid', 'true');
  }
  await days.fill('90');
  await save.click();
  await expect(next).toContainText('conservées 90 jour(s)');
  await expect(save).toBeDisabled();

  const restarted = await host.restart();
  await app.goto(restarted.url);
  await openSaved(app);
  await expect(app.getByTestId('retention-next')).toContainText('conservées 90 jour(s)');
  await expect(app.getByTestId('retention-days')).toHaveValue('90');
  await expect(app.getByTestId('retention-paused')).toHaveCount(0);

  // An unreadable stored setting pauses the purges; saving a period, even the same, resumes them.
  await host.current.stop();
  const settings = join(host.dataDir, 'vault', 'settings.bin');
  const data = readFileSync(settings);
  data[data.length - 2] = (data[data.length - 2] ?? 0) ^ 0xff;
  writeFileSync(settings, data);
  host.current = await startHost(host.dataDir);
  await app.goto(host.current.url);
  await openSaved(app);
  await expect(app.getByTestId('retention-paused')).toContainText('suspendues');
  await expect(app.getByTestId('retention-next')).not.toContainText('prochaine purge');
  const shown = await days.inputValue();
  await expect(save).toBeEnabled();
  await save.click();
  await expect(app.getByTestId('retention-paused')).toHaveCount(0);
  await expect(app.getByTestId('retention-next')).toContainText(
    `conservées ${shown} jour(s) ; prochaine purge le`,
  );
});

test('the audit log exports every BCSS call of the range as a French CSV, refusals included', async ({
  app,
}) => {
  await inquire(app, 'belgian-ris');
  await inquire(app, 'asylum-to-refugee');
  const refused = await submitInquiry(app, 'not-integrated');
  await expect(app.getByTestId('start-error')).toContainText('n’est pas intégrée pour votre CPAS');

  await app.getByTestId('nav-audit').click();
  await expect(app.getByTestId('audit-screen')).toBeVisible();
  // The current month by default.
  const now = new Date();
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  await expect(app.getByTestId('audit-from')).toHaveValue(`01/${mm}/${now.getFullYear()}`);
  await app.getByTestId('audit-from').fill(today());
  await app.getByTestId('audit-to').fill(today());

  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('audit-export').click(),
  ]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);

  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  const [header, ...rows] = lines;
  expect(header?.split(';')).toEqual(
    expect.arrayContaining(['Date et heure', 'NISS', 'Résultat', 'Ticket BCSS']),
  );
  const columns = header!.split(';').length;
  for (const row of rows) expect(row.split(';')).toHaveLength(columns);
  // One call per inquiry (Social Inquiry version 2 answers everything), the refusal included.
  expect(rows).toHaveLength(3);
  const refusal = rows.find((row) => row.includes(formatted(refused.niss)));
  expect(refusal).toContain('MSG00012');
  await expect(app.getByTestId('audit-result')).toContainText('Lignes exportées : 3');
  await expect(app.getByTestId('audit-result')).toContainText(download.suggestedFilename());

  // A second export from the same page downloads again (no "multiple downloads" block).
  const [again] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('audit-export').click(),
  ]);
  expect(readFileSync(await again.path()).equals(bytes)).toBe(true);
});

test('the navigation works from the keyboard', async ({ app }) => {
  await app.getByTestId('nav-new').focus();
  await expect(app.getByTestId('nav-new')).toHaveAttribute('aria-current', 'page');
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('nav-saved')).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('saved-screen')).toBeVisible();
  await expect(app.getByTestId('nav-saved')).toHaveAttribute('aria-current', 'page');
  await expect(app.getByRole('heading', { name: 'Enquêtes enregistrées', level: 1 })).toBeFocused();
  await app.getByTestId('nav-audit').focus();
  await app.keyboard.press('Space');
  await expect(app.getByTestId('audit-screen')).toBeVisible();
  await expect(app.getByTestId('environment-banner')).toContainText('DEMO');
});
