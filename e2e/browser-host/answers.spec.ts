// Answers, not records (issue 14): the situation on a date names the CPAS of the aid, a finding's link
// selects its items, a clean person reads "no finding". Screenshots of the result in fr and nl are kept.
import { expect, test } from '../support/browser-host';
import { pdfText, requirePdftotext, squeeze } from '../support/downloads';
import { formatted, persona } from '../support/personas';

test('the typical persona’s situation on 15/03/2025 names the CPAS of its RIS aid', async ({
  desk,
}) => {
  const { start, result, situation } = desk;
  const person = persona('belgian-ris');
  await start.inquire(person.niss);
  await result.expectResultFor(formatted(person.niss));
  await situation.showDate('15/03/2025');
  await expect(situation.title).toHaveText('Situation au 15/03/2025');
  await expect(situation.row('aid')).toContainText('RIS · CPAS de Liège');
  await expect(situation.row('nationality')).toContainText('Belg');
  await expect(situation.row('municipality')).toContainText('Liège');
  await desk.page.screenshot({ path: test.info().outputPath('typical-fr.png'), fullPage: true });
});

test('a finding persona shows its finding, and its link selects the items concerned', async ({
  desk,
}) => {
  const { start, result, findings, details } = desk;
  const person = persona('overlap-between-cpas');
  await start.inquire(person.niss);
  await result.expectResultFor(formatted(person.niss));
  const overlap = findings.withMessage('overlapOpen');
  await expect(overlap).toHaveCount(1);
  await expect(overlap).toContainText('CPAS de Bruxelles');
  await expect(overlap).toContainText('Bloquant');
  await findings.select(overlap);
  await expect(findings.selectedOnTimeline()).toHaveCount(2);
  await expect(details.root).toContainText('21004/RIS/2023/00118');
  await desk.page.screenshot({ path: test.info().outputPath('finding-fr.png'), fullPage: true });
});

test('the clean persona shows "no finding"', async ({ desk }) => {
  const { start, result, findings } = desk;
  const person = persona('organic-law');
  await start.inquire(person.niss);
  await result.expectResultFor(formatted(person.niss));
  await expect(findings.none).toBeVisible();
  await expect(findings.findings).toHaveCount(0);
});

test('in Dutch: findings and the situation read in Dutch', async ({ desk }) => {
  const { page, start, result, findings, situation } = desk;
  await page.getByLabel('Langue').selectOption('nl');
  const person = persona('overlap-between-cpas');
  await start.inquire(person.niss);
  await result.expectResultFor(formatted(person.niss));
  await expect(findings.withMessage('overlapOpen')).toContainText('Blokkerend');
  await situation.showDate('15/03/2025');
  await expect(situation.title).toHaveText('Toestand op 15/03/2025');
  await expect(situation.row('aid')).toContainText('CPAS de Bruxelles');
  await page.screenshot({ path: test.info().outputPath('finding-nl.png'), fullPage: true });
});

test('the PDF of a finding persona holds the findings section and the situation', async ({
  desk,
}) => {
  requirePdftotext();
  const { start, result } = desk;
  const person = persona('overlap-between-cpas');
  await start.inquire(person.niss);
  await result.expectResultFor(formatted(person.niss));
  const pdf = await pdfText(await result.report.exportAs('pdf'));
  expect(pdf).toContain(squeeze('Constats'));
  expect(pdf).toContain(squeeze('CPAS de Bruxelles a aussi une aide RIS'));
  expect(pdf).toMatch(/Situation\s*au/);
});

test('the table names each form’s CPAS and keeps the rows in force on a day', async ({ desk }) => {
  const { start, result } = desk;
  const person = persona('belgian-ris');
  await start.inquire(person.niss);
  const table = await result.showTable();
  await expect(table.rows('forms')).toHaveCount(person.history!.forms.length);
  await table.dateFilter.fill('15/03/2025');
  await expect(table.rows('forms')).toHaveCount(1);
  await expect(table.rows('forms')).toContainText('Liège');
  await expect(table.rows('forms')).toContainText('Formulaire B');
});
