// The inquiry report as an investigator gets it in the browser host: PDF, CSV and JSON downloaded from the
// result screen and from a saved inquiry reopened, Ctrl+E and Ctrl+P, each export in the audit log.
import type { Download } from '@playwright/test';
import { catalogues } from '../../src/shared/i18n';
import { LANES } from '../../src/shared/domain/inquiry';
import {
  archiveOf,
  bytesOf,
  csvOf,
  pdfText,
  requirePdftotext,
  squeeze,
} from '../support/downloads';
import { formatted, persona } from '../support/personas';
import { expect, test } from '../support/browser-host';
import type { Desk } from '../pages/desk';
import { WHOLE_HISTORY } from '../pages/start';

const fr = catalogues.fr;

/** Picks the demo person `key`, asks the whole history, and waits for the result. */
async function inquire({ start, result }: Desk, key: string) {
  const person = persona(key);
  await start.pickDemoPerson(person.niss);
  await start.setPeriod(WHOLE_HISTORY);
  await start.submit();
  await expect(result.finalNiss).toHaveText(formatted(person.niss), { timeout: 20_000 });
  return person;
}

/** The CSV's data rows, after checking what a spreadsheet needs: the BOM, ';' and a constant width. */
async function csvRows(download: Download): Promise<string[][]> {
  const { header, rows } = await csvOf(download);
  expect(header.length).toBeGreaterThan(5);
  const bytes = await bytesOf(download);
  expect(bytes.toString('utf8').split('\r\n')[0]!.split(';')).toHaveLength(header.length);
  return rows;
}

test.beforeAll(() => {
  requirePdftotext();
});

test('the result screen exports the inquiry as PDF, CSV and JSON, and the saved copy exports the same', async ({
  desk,
}) => {
  const { result, saved } = desk;
  const report = result.report;
  const person = await inquire(desk, 'belgian-ris');
  const ticket = (await result.ticket.textContent())!;
  expect(ticket).toMatch(/^[0-9a-f-]{36}$/);

  const pdf = await pdfText(await report.exportAs('pdf'));
  expect(pdf).toContain(squeeze(formatted(person.niss)));
  expect(pdf).toContain(squeeze(ticket));
  for (const lane of LANES) expect(pdf).toContain(squeeze(fr.result.lane[lane]));

  const csv = await report.exportAs('csv');
  expect(csv.suggestedFilename()).toMatch(/^enquete-.*\.csv$/);
  const rows = await csvRows(csv);

  const online = await archiveOf(await report.exportAs('json'));
  expect(online.inquiry.finalNiss).toBe(person.niss);
  expect(online.inquiry.calls.map((call) => call.ticketCBSS)).toContain(ticket);
  // One CSV row per period of the inquiry, then one per finding (references F1, F2...).
  const findingRows = rows.filter((row) => /^F\d+$/.test(row[0] ?? ''));
  expect(rows.length - findingRows.length).toBe(online.inquiry.items.length);
  expect(findingRows).toHaveLength(online.findings?.length ?? 0);
  expect(rows.length).toBeGreaterThan(0);

  // The saved copy, reopened: the same inquiry, exported alike.
  await saved.open();
  await saved.reopen();
  await expect(result.finalNiss).toHaveText(formatted(person.niss));
  const savedCopy = await archiveOf(await report.exportAs('json'));
  expect(savedCopy.inquiry).toEqual(online.inquiry);
  expect(await csvRows(await report.exportAs('csv'))).toEqual(rows);
  const savedPdf = await pdfText(await report.exportAs('pdf'));
  expect(savedPdf).toContain(squeeze(formatted(person.niss)));
  expect(savedPdf).toContain(squeeze(ticket));
});

test('Ctrl+E opens the export menu on the PDF, Ctrl+P prints the report, and both are in the audit log', async ({
  desk,
}) => {
  const { page, result, saved, audit } = desk;
  const report = result.report;
  // Records the report page's print() instead of opening a dialog nobody can close in a test.
  // (A string: this file is type-checked without the DOM library.)
  await page.context().addInitScript(`
    window.print = () => {
      const root = document.documentElement;
      root.dataset.printed = String(Number(root.dataset.printed ?? 0) + 1);
    };
  `);
  const person = await inquire(desk, 'asylum-to-refugee');
  await saved.open();
  await saved.reopen();
  await expect(result.finalNiss).toHaveText(formatted(person.niss));

  await page.keyboard.press('Control+e');
  await expect(report.menu).toBeVisible();
  await expect(report.option('pdf')).toBeFocused();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.keyboard.press('Enter'),
  ]);
  expect(await pdfText(download)).toContain(squeeze(formatted(person.niss)));
  await expect(report.menu).toHaveCount(0);

  // Escape closes the menu without exporting.
  await page.keyboard.press('Control+e');
  await expect(report.menu).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(report.menu).toHaveCount(0);
  await expect(report.exportButton).toBeFocused();

  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Control+p')]);
  await expect(popup.locator('html')).toHaveAttribute('data-printed', '1');
  await expect(popup.locator('body')).toContainText(formatted(person.niss));
  // The app's own page was not printed: the shortcut is the report's.
  await expect(page.locator('html')).not.toHaveAttribute('data-printed');
  await expect(report.status).toHaveText(fr.report.done.opened);
  // The print page is served once: reloading it shows nothing of the person.
  await popup.reload();
  await expect(popup.locator('body')).not.toContainText(formatted(person.niss));
  await popup.close();

  await audit.open();
  const { header, rows: entries } = await csvOf(await audit.exportCsv());
  const action = header.indexOf('Action');
  const outcome = header.indexOf('Résultat');
  expect(entries.map((row) => [row[action], row[outcome]])).toEqual([
    ['Appel BCSS', 'OK'],
    ['Export PDF', 'downloaded'],
    ['Impression', 'opened'],
  ]);
  for (const row of entries) expect(row).toContain(formatted(person.niss));
});

test('exporting an inquiry deleted meanwhile says it no longer exists, and exports nothing', async ({
  desk,
}) => {
  const { page, nav, result, saved, confirm } = desk;
  const report = result.report;
  await inquire(desk, 'belgian-ris');
  await saved.open();
  await saved.askToDelete();
  await confirm.yes.click();
  await expect(saved.rows).toHaveCount(0);

  // The live result is still on its screen; its saved copy is gone.
  await nav.go('new');
  await expect(result.root).toBeVisible();
  let downloads = 0;
  page.on('download', () => downloads++);
  await report.choose('csv');
  await expect(report.error).toHaveAttribute('data-error-code', 'NOT_FOUND');
  await expect(report.error).toContainText(fr.vault.error.notFound);
  await expect(report.status).toHaveText('');
  await expect(report.exportButton).toBeEnabled();
  expect(downloads).toBe(0);
});
