// The inquiry report as an investigator gets it in the browser host: PDF, CSV and JSON downloaded from the
// result screen and from a saved inquiry reopened, Ctrl+E and Ctrl+P, each export in the audit log.
import type { Download, Page } from '@playwright/test';
import { catalogues } from '../../src/shared/i18n';
import { LANES } from '../../src/shared/domain/inquiry';
import { readInquiryJson, type InquiryArchive } from '../../src/test-support/files/report-archive';
import { readCsv } from '../../src/test-support/files/csv-read';
import { findPdftotext, squeeze } from '../../src/test-support/files/pdf-text';
import { bytesOf, exportAs, pdfText } from '../support/report-files';
import { formatted, persona } from '../support/personas';
import { expect, test } from '../support/browser-host';

const fr = catalogues.fr;
const pdftotext = findPdftotext();

async function inquire(page: Page, key: string) {
  const person = persona(key);
  await page.getByTestId('demo-picker').selectOption(person.niss);
  await page.getByTestId('period-from').fill('01/01/1900');
  await page.getByTestId('period-to').fill('31/12/2026');
  await page.getByTestId('submit-inquiry').click();
  await expect(page.getByTestId('result-final-niss')).toHaveText(formatted(person.niss), {
    timeout: 20_000,
  });
  return person;
}

/** The CSV's data rows, after checking what a spreadsheet needs: the BOM, ';' and a constant width. */
async function csvRows(download: Download): Promise<string[][]> {
  const bytes = await bytesOf(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = readCsv(bytes.toString('utf8').slice(1));
  expect(header!.length).toBeGreaterThan(5);
  expect(bytes.toString('utf8').split('\r\n')[0]!.split(';')).toHaveLength(header!.length);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows;
}

async function archive(download: Download): Promise<InquiryArchive> {
  return readInquiryJson((await bytesOf(download)).toString('utf8'));
}

test.beforeAll(() => {
  if (!pdftotext) throw new Error('pdftotext (poppler-utils) is needed to read the PDF back');
});

test('the result screen exports the inquiry as PDF, CSV and JSON, and the saved copy exports the same', async ({
  app,
}) => {
  const person = await inquire(app, 'belgian-ris');
  const ticket = (await app.getByTestId('result-ticket').first().textContent())!;
  expect(ticket).toMatch(/^[0-9a-f-]{36}$/);

  const pdf = await pdfText(await exportAs(app, 'pdf'));
  expect(pdf).toContain(squeeze(formatted(person.niss)));
  expect(pdf).toContain(squeeze(ticket));
  for (const lane of LANES) expect(pdf).toContain(squeeze(fr.result.lane[lane]));

  const csv = await exportAs(app, 'csv');
  expect(csv.suggestedFilename()).toMatch(/^enquete-.*\.csv$/);
  const rows = await csvRows(csv);

  const json = await exportAs(app, 'json');
  const online = await archive(json);
  expect(online.inquiry.finalNiss).toBe(person.niss);
  expect(online.inquiry.calls.map((call) => call.ticketCBSS)).toContain(ticket);
  // One CSV row per period of the inquiry.
  expect(rows).toHaveLength(online.inquiry.items.length);
  expect(rows.length).toBeGreaterThan(0);

  // The saved copy, reopened: the same inquiry, exported alike.
  await app.getByTestId('nav-saved').click();
  await app.getByTestId('saved-open').click();
  await expect(app.getByTestId('result-final-niss')).toHaveText(formatted(person.niss));
  const saved = await archive(await exportAs(app, 'json'));
  expect(saved.inquiry).toEqual(online.inquiry);
  expect(await csvRows(await exportAs(app, 'csv'))).toEqual(rows);
  const savedPdf = await pdfText(await exportAs(app, 'pdf'));
  expect(savedPdf).toContain(squeeze(formatted(person.niss)));
  expect(savedPdf).toContain(squeeze(ticket));
});

test('Ctrl+E opens the export menu on the PDF, Ctrl+P prints the report, and both are in the audit log', async ({
  app,
}) => {
  // Records the report page's print() instead of opening a dialog nobody can close in a test.
  // (A string: this file is type-checked without the DOM library.)
  await app.context().addInitScript(`
    window.print = () => {
      const root = document.documentElement;
      root.dataset.printed = String(Number(root.dataset.printed ?? 0) + 1);
    };
  `);
  const person = await inquire(app, 'asylum-to-refugee');
  await app.getByTestId('nav-saved').click();
  await app.getByTestId('saved-open').click();
  await expect(app.getByTestId('result-final-niss')).toHaveText(formatted(person.niss));

  await app.keyboard.press('Control+e');
  await expect(app.getByTestId('report-export-menu')).toBeVisible();
  await expect(app.getByTestId('report-export-pdf')).toBeFocused();
  const [download] = await Promise.all([
    app.waitForEvent('download', { timeout: 30_000 }),
    app.keyboard.press('Enter'),
  ]);
  expect(await pdfText(download)).toContain(squeeze(formatted(person.niss)));
  await expect(app.getByTestId('report-export-menu')).toHaveCount(0);

  // Escape closes the menu without exporting.
  await app.keyboard.press('Control+e');
  await expect(app.getByTestId('report-export-menu')).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('report-export-menu')).toHaveCount(0);
  await expect(app.getByTestId('report-export')).toBeFocused();

  const [popup] = await Promise.all([app.waitForEvent('popup'), app.keyboard.press('Control+p')]);
  await expect(popup.locator('html')).toHaveAttribute('data-printed', '1');
  await expect(popup.locator('body')).toContainText(formatted(person.niss));
  // The app's own page was not printed: the shortcut is the report's.
  await expect(app.locator('html')).not.toHaveAttribute('data-printed');
  await expect(app.getByTestId('report-status')).toHaveText(fr.report.done.opened);
  // The print page is served once: reloading it shows nothing of the person.
  await popup.reload();
  await expect(popup.locator('body')).not.toContainText(formatted(person.niss));
  await popup.close();

  await app.getByTestId('nav-audit').click();
  const [auditCsv] = await Promise.all([
    app.waitForEvent('download'),
    app.getByTestId('audit-export').click(),
  ]);
  const [header, ...entries] = readCsv((await bytesOf(auditCsv)).toString('utf8').slice(1));
  const action = header!.indexOf('Action');
  const outcome = header!.indexOf('Résultat');
  expect(entries.map((row) => [row[action], row[outcome]])).toEqual([
    ['Appel BCSS', 'OK'],
    ['Export PDF', 'downloaded'],
    ['Impression', 'opened'],
  ]);
  for (const row of entries) expect(row).toContain(formatted(person.niss));
});

test('exporting an inquiry deleted meanwhile says it no longer exists, and exports nothing', async ({
  app,
}) => {
  await inquire(app, 'belgian-ris');
  await app.getByTestId('nav-saved').click();
  await app.getByTestId('saved-delete').click();
  await app.getByTestId('confirm-yes').click();
  await expect(app.getByTestId('saved-row')).toHaveCount(0);

  // The live result is still on its screen; its saved copy is gone.
  await app.getByTestId('nav-new').click();
  await expect(app.getByTestId('result-screen')).toBeVisible();
  let downloads = 0;
  app.on('download', () => downloads++);
  await app.getByTestId('report-export').click();
  await app.getByTestId('report-export-csv').click();
  const error = app.getByTestId('report-error');
  await expect(error).toHaveAttribute('data-error-code', 'NOT_FOUND');
  await expect(error).toContainText(fr.vault.error.notFound);
  await expect(app.getByTestId('report-status')).toHaveText('');
  await expect(app.getByTestId('report-export')).toBeEnabled();
  expect(downloads).toBe(0);
});
