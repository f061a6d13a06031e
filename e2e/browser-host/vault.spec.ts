// The vault as an investigator and a security advisor meet it: every successful inquiry saved and found
// again (by NISS or name), reopened offline exactly as it was, deleted on demand, and every BCSS call in
// the audit log's CSV export.
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Persona } from '../../src/test-support/simulator';
import { formatted, persona } from '../support/personas';
import { expect, startHost, test } from '../support/browser-host';
import { bytesOf, csvOf } from '../support/downloads';
import type { Desk } from '../pages/desk';
import { WHOLE_HISTORY } from '../pages/start';

/** 'LEJEUNE Martine': the name the demo picker fills in. */
const nameOf = (person: Persona) => `${person.lastName.toUpperCase()} ${person.firstName}`;

function today(): string {
  const now = new Date();
  const dd = String(now.getDate()).padStart(2, '0');
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${now.getFullYear()}`;
}

/** From whatever screen: picks the demo person (which fills NISS and name), asks the whole history, submits. */
async function submitInquiry({ start }: Desk, key: string) {
  const person = persona(key);
  await start.open();
  await start.pickDemoPerson(person.niss);
  await expect(start.personName).toHaveValue(nameOf(person));
  await start.setPeriod(WHOLE_HISTORY);
  await start.submit();
  return person;
}

/** An inquiry on the demo person `key`, up to its result. */
async function inquire(desk: Desk, key: string) {
  const person = await submitInquiry(desk, key);
  await desk.result.expectResultFor(formatted(person.niss));
  return person;
}

test('every successful inquiry is saved, newest first, and found by NISS in any format or by name', async ({
  desk,
}) => {
  const { saved, audit, nav } = desk;
  const lejeune = await inquire(desk, 'belgian-ris');
  const haddad = await inquire(desk, 'asylum-to-refugee');

  await saved.open();
  const rows = saved.rows;
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(nameOf(haddad));
  await expect(saved.nissOf(rows.nth(0))).toHaveText(formatted(haddad.niss));
  await expect(rows.nth(0)).toContainText('01/01/1900 – 31/12/2026');
  await expect(rows.nth(0)).toContainText(today());
  await expect(rows.nth(0)).toContainText('DEMO');
  await expect(rows.nth(1)).toContainText(nameOf(lejeune));
  await expect(saved.count).toContainText('Enquêtes enregistrées : 2');
  // The browser host keeps its key in a file: weaker than the desktop app, and said so.
  await expect(saved.protectionNotice).toContainText('moins solide');
  await expect(saved.damaged).toHaveCount(0);

  const only = async (person: Persona) => {
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(nameOf(person));
  };
  await saved.search.fill('87.04');
  await only(lejeune);
  await saved.search.fill(haddad.niss.slice(0, 7));
  await only(haddad);
  await saved.search.fill(formatted(lejeune.niss));
  await only(lejeune);
  await saved.search.fill('haddad');
  await only(haddad);
  await saved.search.fill('MARTINE lejeune');
  await only(lejeune);
  await expect(saved.count).toContainText('Trouvées : 1 sur 2');
  await saved.search.fill('nobody');
  await expect(saved.empty).toContainText(/«\s*nobody\s*»/);
  await saved.search.fill('');
  await expect(rows).toHaveCount(2);

  // The search and the list stay while another screen is visited.
  await saved.search.fill('haddad');
  await only(haddad);
  await audit.open();
  await expect(audit.root).toBeVisible();
  await nav.go('saved');
  await expect(saved.search).toHaveValue('haddad');
  await only(haddad);
});

test('a saved inquiry reopens offline exactly as it was; running it again there fails and keeps the input', async ({
  desk,
  host,
}) => {
  const { start, result, saved, nav } = desk;
  const person = await inquire(desk, 'belgian-ris');
  const ticket = await result.ticket.innerText();
  const consultedAt = await result.consultedAt.innerText();
  const online = await (await result.showTable()).rowCounts();
  expect(Object.values(online).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

  // The app restarts on the same data, with the BCSS out of reach (connection refused).
  await host.current.stop();
  host.current = await startHost(host.dataDir, { INQUIRY_DESK_SIMULATOR: 'off' });
  await desk.open(host.current.url);

  await saved.open();
  await expect(saved.rows).toHaveCount(1);
  await saved.reopen();
  await expect(saved.offline.banner).toContainText(
    `Copie hors ligne : enquête consultée à la BCSS le ${today()}`,
  );
  await expect(result.root).toBeVisible();
  await expect(result.finalNiss).toHaveText(formatted(person.niss));
  await expect(result.ticket).toHaveText(ticket);
  await expect(result.consultedAt).toHaveText(consultedAt);
  expect(await (await result.showTable()).rowCounts()).toEqual(online);

  await saved.offline.rerun();
  await expect(start.error).toContainText('La connexion à la BCSS a été refusée', {
    timeout: 20_000,
  });
  await expect(start.niss).toHaveValue(formatted(person.niss));
  await expect(start.personName).toHaveValue(nameOf(person));
  await expect(start.from).toHaveValue(WHOLE_HISTORY.from);
  await expect(start.to).toHaveValue(WHOLE_HISTORY.to);
  await expect(nav.item('new')).toHaveAttribute('aria-current', 'page');

  // A failed call saves nothing: the one copy stays.
  await saved.open();
  await expect(saved.rows).toHaveCount(1);
});

test('"Run it again" from an offline copy runs a fresh inquiry when the BCSS answers', async ({
  desk,
}) => {
  const { result, saved, nav } = desk;
  const person = await inquire(desk, 'belgian-ris');
  await saved.open();
  await saved.reopen();
  await expect(saved.offline.banner).toBeVisible();
  // Choosing the screen shown again goes back to its list; the back button does the same.
  await nav.go('saved');
  await expect(saved.rows).toHaveCount(1);
  await saved.reopen();
  await saved.offline.back();
  await expect(saved.rows).toHaveCount(1);
  await saved.reopen();
  await saved.offline.rerun();
  await expect(saved.offline.banner).toHaveCount(0);
  await expect(result.finalNiss).toHaveText(formatted(person.niss), { timeout: 15_000 });
  await saved.open();
  await expect(saved.rows).toHaveCount(2);
  await expect(saved.rows.first()).toContainText(nameOf(person));
});

test('one saved inquiry is deleted after confirmation, then all of them', async ({ desk }) => {
  const { page, saved, confirm } = desk;
  const lejeune = await inquire(desk, 'belgian-ris');
  const haddad = await inquire(desk, 'asylum-to-refugee');
  const claes = await inquire(desk, 'overlap-blocked');
  await saved.open();
  const rows = saved.rows;
  await expect(rows).toHaveCount(3);

  const lejeuneRow = saved.row(nameOf(lejeune));
  await saved.askToDelete(lejeuneRow);
  await expect(confirm.root).toBeVisible();
  await expect(confirm.root).toContainText(nameOf(lejeune));
  // The safe choice has the focus, and Escape is a "no".
  await expect(confirm.no).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm.root).toHaveCount(0);
  await expect(rows).toHaveCount(3);

  await saved.askToDelete(lejeuneRow);
  await confirm.yes.click();
  await expect(rows).toHaveCount(2);
  await expect(saved.status).toContainText('L’enquête a été supprimée.');
  await expect(saved.row(nameOf(lejeune))).toHaveCount(0);
  await expect(rows.nth(0)).toContainText(nameOf(claes));
  await expect(rows.nth(1)).toContainText(nameOf(haddad));

  await saved.askToDeleteAll();
  await expect(confirm.root).toContainText('(2)');
  await confirm.no.click();
  await expect(rows).toHaveCount(2);
  await saved.askToDeleteAll();
  await confirm.yes.click();
  await expect(saved.empty).toBeVisible();
  await expect(rows).toHaveCount(0);
  await expect(saved.status).toContainText('Enquêtes supprimées : 2.');
  await expect(saved.deleteAllButton).toBeDisabled();
});

test('a damaged saved file is named, not silently left out', async ({ desk, host }) => {
  const { saved } = desk;
  await inquire(desk, 'belgian-ris');
  const dir = join(host.dataDir, 'vault', 'inquiries');
  const [file] = readdirSync(dir).filter((name) => name.endsWith('.inq'));
  expect(file).toBeDefined();
  const data = readFileSync(join(dir, file!));
  data[data.length - 5] = (data[data.length - 5] ?? 0) ^ 0xff;
  writeFileSync(join(dir, file!), data);

  await saved.open();
  await saved.reopen();
  await expect(saved.offline.error).toContainText('endommagé');
  await expect(saved.offline.error).toContainText(file!);
  await expect(saved.offline.error).toHaveAttribute('data-error-code', 'VAULT_DAMAGED');
  await saved.offline.back();
  await expect(saved.damaged).toContainText('Fichiers illisibles : 1');
  await expect(saved.damaged).toContainText(file!);
  await expect(saved.rows).toContainText('fichier illisible');
});

test('a locked vault is said in words, and no inquiry runs without it', async ({ desk, host }) => {
  const { start, saved, audit } = desk;
  await host.current.stop();
  // A key file others can read protects nothing: the vault refuses to open.
  chmodSync(join(host.dataDir, 'keys', 'vault.key'), 0o644);
  host.current = await startHost(host.dataDir);
  await desk.open(host.current.url);

  await saved.open();
  await expect(saved.error).toHaveAttribute('data-error-code', 'VAULT_LOCKED');
  await expect(saved.error).toContainText(
    'le fichier de clé est lisible par d’autres utilisateurs',
  );
  // Nothing is offered that could not work: no search, no deletion, no retention.
  await expect(saved.search).toHaveCount(0);
  await expect(saved.deleteAllButton).toHaveCount(0);
  await expect(saved.retention.days).toHaveCount(0);

  await submitInquiry(desk, 'belgian-ris');
  await expect(start.error).toHaveAttribute('data-error-code', 'VAULT_LOCKED');
  await audit.open();
  await audit.exportButton.click();
  await expect(audit.error).toHaveAttribute('data-error-code', 'VAULT_LOCKED');
});

test('the retention period is shown, checked and changed', async ({ desk, host }) => {
  const { saved } = desk;
  const retention = saved.retention;
  await saved.open();
  await expect(retention.next).toContainText(
    /Les enquêtes sont conservées \d+ jour\(s\) ; prochaine purge le \d\d\/\d\d\/\d{4} à \d\d:\d\d\./,
  );
  for (const wrong of ['0', '3651', '12.5', 'abc']) {
    await retention.days.fill(wrong);
    await expect(retention.saveButton).toBeDisabled();
    await expect(retention.days).toHaveAttribute('aria-invalid', 'true');
  }
  await retention.keepFor('90');
  await expect(retention.next).toContainText('conservées 90 jour(s)');
  await expect(retention.saveButton).toBeDisabled();

  const restarted = await host.restart();
  await desk.open(restarted.url);
  await saved.open();
  await expect(retention.next).toContainText('conservées 90 jour(s)');
  await expect(retention.days).toHaveValue('90');
  await expect(retention.paused).toHaveCount(0);

  // An unreadable stored setting pauses the purges; saving a period, even the same, resumes them.
  await host.current.stop();
  const settings = join(host.dataDir, 'vault', 'settings.bin');
  const data = readFileSync(settings);
  data[data.length - 2] = (data[data.length - 2] ?? 0) ^ 0xff;
  writeFileSync(settings, data);
  host.current = await startHost(host.dataDir);
  await desk.open(host.current.url);
  await saved.open();
  await expect(retention.paused).toContainText('suspendues');
  await expect(retention.next).not.toContainText('prochaine purge');
  const shown = await retention.days.inputValue();
  await expect(retention.saveButton).toBeEnabled();
  await retention.saveButton.click();
  await expect(retention.paused).toHaveCount(0);
  await expect(retention.next).toContainText(`conservées ${shown} jour(s) ; prochaine purge le`);
});

test('the audit log exports every BCSS call of the range as a French CSV, refusals included', async ({
  desk,
}) => {
  const { start, audit } = desk;
  await inquire(desk, 'belgian-ris');
  await inquire(desk, 'asylum-to-refugee');
  const refused = await submitInquiry(desk, 'not-integrated');
  await expect(start.error).toContainText('n’est pas intégrée pour votre CPAS');

  await audit.open();
  await expect(audit.root).toBeVisible();
  // The current month by default.
  const now = new Date();
  const mm = String(now.getMonth() + 1).padStart(2, '0');
  await expect(audit.from).toHaveValue(`01/${mm}/${now.getFullYear()}`);
  await audit.setRange(today(), today());

  const download = await audit.exportCsv();
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  // The BOM, and every row as wide as the header, with readCsv.
  const { header, rows } = await csvOf(download);
  expect(header).toEqual(
    expect.arrayContaining(['Date et heure', 'NISS', 'Résultat', 'Ticket BCSS']),
  );
  // One call per inquiry (Social Inquiry version 2 answers everything), the refusal included.
  expect(rows).toHaveLength(3);
  const refusal = rows.find((row) => row.includes(formatted(refused.niss)));
  expect(refusal).toBeDefined();
  expect(refusal!.join(';')).toContain('MSG00012');
  await expect(audit.result).toContainText('Lignes exportées : 3');
  await expect(audit.result).toContainText(download.suggestedFilename());

  // A second export from the same page downloads again (no "multiple downloads" block).
  const again = await audit.exportCsv();
  expect((await bytesOf(again)).equals(await bytesOf(download))).toBe(true);
});

test('the navigation works from the keyboard', async ({ desk }) => {
  const { page, nav, saved, audit } = desk;
  await nav.item('new').focus();
  await expect(nav.item('new')).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Tab');
  await expect(nav.item('saved')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(saved.root).toBeVisible();
  await expect(nav.item('saved')).toHaveAttribute('aria-current', 'page');
  await expect(
    page.getByRole('heading', { name: 'Enquêtes enregistrées', level: 1 }),
  ).toBeFocused();
  await nav.item('audit').focus();
  await page.keyboard.press('Space');
  await expect(audit.root).toBeVisible();
  await expect(desk.environmentBanner).toContainText('DEMO');
});
