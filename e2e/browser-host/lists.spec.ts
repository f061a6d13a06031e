// The Nova+ lists as an investigator meets them: the demo list server configured, fetched, each tab with its rows,
// the charts, a followed persona's badge and events, an import from a folder, and each bad server state's message.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/browser-host';
import { formatted, persona } from '../support/personas';
import { WHOLE_HISTORY } from '../pages/start';
import type { Desk } from '../pages/desk';
import { AxeAudit, describeViolations } from '../support/axe';
import { demoListFiles } from '../../src/test-support/lists';

/** A fetch goes over real FTPS/SFTP on a shared machine: its outcome may take seconds. */
const slow = expect.configure({ timeout: 60_000 });
const SHOTS = process.env.LISTS_SCREENSHOTS_DIR;
const shot = async (desk: Desk, name: string) => {
  if (SHOTS) await desk.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

/** The demo files of today, as the simulator publishes them. */
const FILES = demoListFiles(new Date());
const rowsIn = (part: string) =>
  FILES.filter((f) => f.name.includes(part)).reduce(
    (n, f) => n + (f.content.match(/<ssin>/g)?.length ?? 0),
    0,
  );

async function inquire(desk: Desk, key: string) {
  const person = persona(key);
  await desk.start.open();
  await desk.start.pickDemoPerson(person.niss);
  await desk.start.setPeriod(WHOLE_HISTORY);
  await desk.start.submit();
  await desk.result.expectResultFor(formatted(person.niss));
  return person;
}

test('fetch from the demo server (FTPS), every tab, the charts, and the badge and events of a followed persona', async ({
  desk,
}) => {
  test.setTimeout(120_000);
  const { lists, page } = desk;
  const blocked = persona('overlap-blocked');
  await lists.open();
  await lists.useDemoServer('ftps');
  await lists.fetch();
  await expect(lists.fetchOutcome).toContainText(`${FILES.length} fichier(s) importé(s)`, {
    timeout: 60_000,
  });

  await lists.tab('blocking');
  await expect(lists.count('blocking')).toContainText(
    `${rowsIn('BLOCKING')} lignes affichées sur ${rowsIn('BLOCKING')}`,
  );
  await expect(lists.rows('blocking').filter({ hasText: formatted(blocked.niss) })).toContainText(
    'CPAS de Bruxelles',
  );
  await lists.filter('blocking').fill(formatted(blocked.niss));
  await expect(lists.rows('blocking')).toHaveCount(1);
  await shot(desk, 'fr-blocking');

  await lists.tab('status');
  await expect(lists.rows('status')).toHaveCount(rowsIn('STATUS'));

  await lists.tab('statement');
  await expect(lists.count('statement')).toContainText(
    `${Math.min(100, rowsIn('STATEMENT'))} lignes affichées sur ${rowsIn('STATEMENT')}`,
  );
  await expect(lists.statementChart.locator('canvas')).toBeVisible();
  await expect(lists.statementTotals).toContainText('€');
  await expect(lists.statementTotals.locator('td.numeric').first()).toHaveText(
    /^\d{1,3}(\.\d{3})*,\d{2}\s€$/,
  );
  await shot(desk, 'fr-statements');

  await lists.tab('rejection');
  await expect(lists.rows('rejection')).toHaveCount(rowsIn('REJECTION'));
  await expect(lists.codeFrequencies).toContainText('E999');
  await expect(lists.codeFrequencies).toContainText('Code inconnu de l’application');
  await expect(lists.codeFrequencies).toContainText('NISS inconnu du Registre national');
  await expect(lists.codeChart.locator('canvas')).toBeVisible();
  await shot(desk, 'fr-rejections');

  // The followed persona: an inquiry saved, then its badge and its events.
  await inquire(desk, 'overlap-blocked');
  // Its events in a lane of their own, after the answer's lanes: points, each saying what happened.
  await expect(lists.eventsLane).toContainText('Listes Nova+ (événements)');
  await expect(lists.eventPoints.first()).toContainText('chevauchement avec CPAS de Bruxelles');
  await shot(desk, 'fr-result-events');
  // The keyboard reaches them too: the events are the last line of the timeline's listbox.
  await desk.swimlanes.listbox.focus();
  for (let line = 0; line < 20; line++) await page.keyboard.press('ArrowDown');
  await expect(desk.swimlanes.active).toContainText('CPAS de Bruxelles');
  // The table view lists the same events under its tables.
  const table = await desk.result.showTable();
  await expect(table.lanes.first()).toBeVisible();
  await expect(lists.eventsList).toContainText('chevauchement avec CPAS de Bruxelles');
  await desk.result.viewToggle.click();
  await desk.nav.go('saved');
  await expect(
    page
      .getByTestId('saved-row')
      .filter({ hasText: formatted(blocked.niss) })
      .getByTestId('lists-badge'),
  ).toContainText(/bloqué le \d\d\/\d\d\/\d{4} — chevauchement avec CPAS de Bruxelles/);
  await desk.nav.go('new');
  await desk.result.newInquiry();
  await expect(lists.followUps.getByTestId('lists-badge')).toContainText('bloqué le');

  // The NISS of a list opens the saved inquiry.
  await lists.open();
  await lists.tab('blocking');
  await lists.filter('blocking').fill(formatted(blocked.niss));
  await lists
    .rows('blocking')
    .filter({ hasText: formatted(blocked.niss) })
    .getByTestId('lists-niss')
    .click();
  await expect(page.getByTestId('offline-banner')).toBeVisible();

  // Dutch.
  await page.getByLabel('Langue').selectOption('nl');
  await lists.open();
  await lists.tab('statement');
  await expect(lists.statementChart).toContainText('Verschuldigd en teruggevorderd');
  await shot(desk, 'nl-statements');
  await lists.tab('rejection');
  await expect(lists.codeFrequencies).toContainText('Code onbekend voor de toepassing');
  await shot(desk, 'nl-rejections');
  await lists.openImportPanel();
  await expect(page.getByText('Een map kiezen…')).toBeVisible();
  await shot(desk, 'nl-import');
});

test('SFTP: the host key is confirmed once, then the fetch goes through', async ({ desk }) => {
  const { lists } = desk;
  await lists.open();
  await lists.useDemoServer('sftp');
  await lists.fetch();
  await slow(lists.hostKeyNotice).toContainText('SHA256:');
  await desk.page.getByTestId('lists-host-key-confirm').click();
  await expect(lists.fetchOutcome).toContainText(`${FILES.length} fichier(s) importé(s)`, {
    timeout: 60_000,
  });
});

test('import from a folder: each file once, and a second import imports nothing twice', async ({
  desk,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'lists-e2e-'));
  for (const file of FILES) writeFileSync(join(folder, file.name), file.content);
  writeFileSync(join(folder, 'NOVA_BROKEN.xml'), FILES[0]!.content.slice(0, 200));
  const { lists } = desk;
  await lists.open();
  await lists.importFolder(folder);
  await expect(lists.importOutcome).toContainText(`${FILES.length} fichier(s) importé(s)`, {
    timeout: 60_000,
  });
  await expect(lists.refused).toContainText(
    /NOVA_BROKEN\.xml, ligne \d+ : le fichier s’arrête avant sa fin/,
  );
  await lists.importFolder(folder);
  await expect(lists.importOutcome).toContainText(
    `0 fichier(s) importé(s) (0 lignes), ${FILES.length} déjà importé(s)`,
  );
});

test('import from a folder chosen in the page: its list files once, its subfolders left aside', async ({
  desk,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'lists-e2e-chosen-'));
  for (const file of FILES) writeFileSync(join(folder, file.name), file.content);
  writeFileSync(join(folder, 'notes.txt'), 'not a list');
  mkdirSync(join(folder, 'archive'));
  writeFileSync(join(folder, 'archive', 'NOVA_OLD.xml'), FILES[0]!.content.slice(0, 200));
  const { lists } = desk;
  await lists.open();
  await lists.chooseFolder(folder);
  await expect(lists.importOutcome).toContainText(
    new RegExp(
      `^${FILES.length} fichier\\(s\\) importé\\(s\\) \\(\\d+ lignes\\), 0 déjà importé\\(s\\), 0 refusé\\(s\\)`,
    ),
    { timeout: 60_000 },
  );
  await shot(desk, 'fr-import-folder');
  await lists.chooseFolder(folder);
  await expect(lists.importOutcome).toContainText(
    `0 fichier(s) importé(s) (0 lignes), ${FILES.length} déjà importé(s)`,
  );

  // The screen as a keyboard or screen reader user meets it: the import panel, the charts, the tables.
  const audit = new AxeAudit(desk.page, 'lists');
  await audit.check('import panel open');
  for (const kind of ['statement', 'rejection'] as const) {
    await lists.tab(kind);
    await expect(lists.rows(kind).first()).toBeVisible();
    await audit.check(`${kind} tab`);
  }
  console.log(audit.summary());
  expect(audit.failures(), describeViolations(audit.failures())).toEqual([]);
});

test('a person in the CPAS’s repertory, blocked in a list, has a badge without any saved inquiry', async ({
  desk,
}) => {
  test.setTimeout(120_000);
  const folder = mkdtempSync(join(tmpdir(), 'lists-e2e-repertory-'));
  for (const file of FILES) writeFileSync(join(folder, file.name), file.content);
  const { lists, registrations, start } = desk;
  const blocked = persona('overlap-blocked');
  await lists.open();
  await lists.importFolder(folder);
  await expect(lists.importOutcome).toContainText(`${FILES.length} fichier(s) importé(s)`, {
    timeout: 60_000,
  });
  await start.open();
  await expect(lists.followUps).toHaveCount(0);

  await registrations.open();
  await registrations.choosePerson(blocked.niss, 'SECONDARY');
  await registrations.list();
  await registrations.registerFor('01/01/2026');
  await expect(registrations.lines).toHaveCount(1);

  await start.open();
  const followUp = lists.followUps
    .getByTestId('lists-followup')
    .filter({ hasText: formatted(blocked.niss) });
  await expect(followUp).toContainText('au répertoire du CPAS');
  await expect(followUp.getByTestId('lists-badge')).toContainText(
    /bloqué le \d\d\/\d\d\/\d{4} — chevauchement avec CPAS de Bruxelles/,
  );
  await shot(desk, 'fr-start-repertory-badge');

  // Removed from the repertory: no longer followed.
  await registrations.open();
  await registrations.list();
  await registrations.removeFirst();
  await expect(registrations.empty).toBeVisible();
  await start.open();
  await expect(lists.followUps).toHaveCount(0);
});

test('each bad server state says what it is', async ({ desk }) => {
  test.setTimeout(180_000);
  const { lists } = desk;
  await lists.open();
  await lists.useDemoServer('ftps');
  await lists.editServer({ password: 'wrong' });
  await lists.fetch();
  await slow(lists.fetchError).toContainText('refuse l’utilisateur ou le mot de passe');
  await lists.useDemoServer('ftps');
  await lists.editServer({ directory: '/nova/none' });
  await lists.fetch();
  await slow(lists.fetchError).toContainText('Le dossier /nova/none n’existe pas');
  await lists.useDemoServer('ftps');
  await lists.editServer({ port: '1' });
  await lists.fetch();
  await slow(lists.fetchError).toContainText('ne répond pas');
  // Another host name: the demo CA is not carried over, and the system's CAs do not know the demo certificate.
  await lists.useDemoServer('ftps');
  await lists.editServer({ host: 'localhost' });
  await lists.fetch();
  await slow(lists.fetchError).toContainText('certificat du serveur des listes n’est pas reconnu');
  await shot(desk, 'fr-certificate-refused');
});

// A bad file on the server is refused whole, with its name, line and reason; the others import.
for (const [fault, reason] of [
  ['truncate,match=STATUS', 's’arrête avant sa fin'],
  ['malformed,match=REJECTION', 'n’est pas un document XML valide'],
  ['invalid-row,match=STATEMENT_0207777760_202611', 'valeur invalide pour'],
] as const) {
  test.describe(`server fault ${fault}`, () => {
    test.use({ hostEnv: { INQUIRY_DESK_LIST_FAULTS: fault } });
    test('the file refused whole, with its name, line and reason', async ({ desk }) => {
      const { lists } = desk;
      const part = /match=([A-Z_0-9]+)/.exec(fault)![1]!;
      await lists.open();
      await lists.useDemoServer('ftps');
      await lists.fetch();
      await slow(lists.fetchOutcome).toContainText('refusé(s)');
      await expect(lists.refused.first()).toContainText(
        new RegExp(`NOVA_${part}[^,]*\\.xml, ligne \\d+ : .*${reason}`),
      );
      await expect(lists.fetchOutcome).not.toContainText(' 0 refusé(s)');
    });
  });
}

for (const [fault, message] of [
  ['vanish,match=REJECTION', 'a disparu du serveur pendant le transfert'],
  ['disconnect,match=STATEMENT', 'a été interrompu'],
] as const) {
  test.describe(`server fault ${fault}`, () => {
    test.use({ hostEnv: { INQUIRY_DESK_LIST_FAULTS: fault } });
    test('its own message', async ({ desk }) => {
      const { lists } = desk;
      await lists.open();
      await lists.useDemoServer('ftps');
      await lists.fetch();
      await slow(lists.fetchError).toContainText(message);
    });
  });
}

test('at 1024×600, in German (the longest), the Lists screen does not scroll sideways', async ({
  desk,
  page,
}) => {
  const folder = mkdtempSync(join(tmpdir(), 'lists-e2e-small-'));
  for (const file of FILES) writeFileSync(join(folder, file.name), file.content);
  await page.setViewportSize({ width: 1024, height: 600 });
  const { lists } = desk;
  await lists.open();
  await desk.chooseLanguage('de');
  await lists.importFolder(folder);
  await expect(lists.importOutcome).toContainText(`${FILES.length} Datei`, { timeout: 60_000 });
  const sideways = () =>
    page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(await sideways(), 'import panel').toBe(0);
  for (const kind of ['status', 'blocking', 'statement', 'rejection'] as const) {
    await lists.tab(kind);
    await expect(lists.rows(kind).first()).toBeVisible();
    expect(await sideways(), kind).toBe(0);
    await shot(desk, `de-small-${kind}`);
  }
});
