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

test('the date cursor: the default day, a typed date, "go to date" at a readable zoom, a click on the axis, the report of that day', async ({
  desk,
}) => {
  requirePdftotext();
  const { start, result, situation, swimlanes } = desk;
  const person = persona('belgian-ris');
  // A period that ended before today: its last day.
  await start.inquire(person.niss, { from: '01/01/2020', to: '31/12/2024' });
  await result.expectResultFor(formatted(person.niss));
  await expect(situation.title).toHaveText('Situation au 31/12/2024');
  await expect(situation.date).toHaveValue('31/12/2024');
  await expect(situation.cursor()).toHaveCount(1);

  // A typed date is the situation's day at once; "go to date" brings the timeline there, a year around it.
  await situation.date.fill('15/03/2023');
  await expect(situation.title).toHaveText('Situation au 15/03/2023');
  await swimlanes.zoom('all');
  await situation.go.click();
  await expect.poll(() => situation.cursorShare()).toBeCloseTo(0.5, 1);
  await expect(swimlanes.root.locator('.vis-time-axis .vis-text.vis-minor')).toContainText([
    /avr|mai|juin/i,
  ]);
  await expect
    .poll(async () => (await swimlanes.labels()).filter((l) => l.hidden).map((l) => l.text))
    .toEqual([]);

  // A click on the axis left of the cursor picks an earlier day: the field, the title and the cursor follow.
  await situation.clickAxisAt(0.2);
  await expect(situation.title).not.toHaveText('Situation au 15/03/2023');
  const picked = (await situation.title.textContent())!.match(/\d{2}\/\d{2}\/\d{4}/)![0];
  const [day, month, year] = picked.split('/').map(Number);
  const pickedDate = new Date(year!, month! - 1, day!);
  expect(pickedDate < new Date(2023, 2, 15)).toBe(true);
  expect(pickedDate > new Date(2022, 5, 1)).toBe(true);
  await expect(situation.date).toHaveValue(picked);
  await expect.poll(() => situation.cursorShare()).toBeCloseTo(0.2, 1);

  // The report prints the situation of the day chosen on screen.
  const pdf = await pdfText(await result.report.exportAs('pdf'));
  expect(pdf).toContain(squeeze(`Situation au ${picked}`));
});

test('the date cursor defaults to today when the requested period ends later', async ({ desk }) => {
  const { start, result, situation } = desk;
  const person = persona('belgian-ris');
  await start.inquire(person.niss, { from: '01/01/2020', to: '31/12/2099' });
  await result.expectResultFor(formatted(person.niss));
  const now = new Date();
  const today = [now.getDate(), now.getMonth() + 1]
    .map((n) => String(n).padStart(2, '0'))
    .concat(String(now.getFullYear()))
    .join('/');
  await expect(situation.title).toHaveText(`Situation au ${today}`);
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
