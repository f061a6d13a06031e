// What changed since the last inquiry (issue 14 §4), and the report printing what the screen shows: the
// comparison persona asked over 2024, then over 2024-2025; the second result compares with the first (from the
// vault, offline as well), lists and outlines the changes, and the PDF holds them with the situation of the day
// chosen on screen.
import type { Page } from '@playwright/test';
import { expect, startHost, test } from '../support/browser-host';
import { pdfText, requirePdftotext, squeeze } from '../support/downloads';
import { formatted, persona } from '../support/personas';
import { ComparisonPanel } from '../pages/answers';
import type { Desk } from '../pages/desk';
import { COMPARISON_PERSONA } from '../../src/test-support/simulator';

const display = (iso: string) => iso.split('-').reverse().join('/');
const period = (p: { from: string; to: string }) => ({ from: display(p.from), to: display(p.to) });
const person = persona(COMPARISON_PERSONA.key);

/** The earlier inquiry, then the later one: the result of the later one shows. */
async function inquireTwice(desk: Desk): Promise<void> {
  const { start, result } = desk;
  await start.inquire(person.niss, period(COMPARISON_PERSONA.earlier));
  await result.expectResultFor(formatted(person.niss));
  await start.open();
  await start.inquire(person.niss, period(COMPARISON_PERSONA.later));
  await result.expectResultFor(formatted(person.niss));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(name), fullPage: true });
}

test('the later inquiry compares with the earlier one: aid ended, takeover added, outlined on the swimlanes', async ({
  desk,
}) => {
  const { details, page } = desk;
  const comparison = new ComparisonPanel(page);
  await inquireTwice(desk);
  await expect(comparison.choice.locator('option')).toHaveCount(1);
  await expect(comparison.choice.locator('option')).toContainText('01/01/2024 – 31/12/2024');
  await comparison.compare();
  await expect(comparison.title).toHaveText(
    /^Changements depuis l’enquête du \d{2}\/\d{2}\/\d{4}$/,
  );

  const ended = comparison.ofKind('ended');
  await expect(ended).toHaveCount(1);
  await expect(ended).toContainText('CPAS de Namur');
  await expect(ended).toContainText('depuis le 01/05/2022, en cours → 01/05/2022 – 31/03/2025');
  const added = comparison.ofKind('added');
  await expect(added.filter({ hasText: 'Liège' })).not.toHaveCount(0);
  await expect(added.filter({ hasText: 'Formulaire C' })).toContainText('CPAS de Namur');
  await expect(added.filter({ hasText: 'Formulaire B' })).toContainText('CPAS de Liège');
  await expect(comparison.ofKind('removed')).toHaveCount(0);
  await expect(comparison.findingChanges.filter({ hasText: 'Nouveau constat' })).toContainText(
    'CPAS de Namur',
  );

  await expect(comparison.marked('ended')).toHaveCount(1);
  await expect(comparison.marked('added')).not.toHaveCount(0);
  await comparison.show(ended);
  await expect(details.root).toContainText('92094/RIS/2022/00310');
  await shot(page, 'comparison-fr.png');

  // Stopping the comparison takes the outlines off.
  await comparison.stopButton.click();
  await expect(comparison.title).toHaveCount(0);
  await expect(comparison.marked('ended')).toHaveCount(0);
});

test('the PDF holds the findings, the situation of the day chosen on screen and, when compared, the changes', async ({
  desk,
}) => {
  requirePdftotext();
  const { result, situation, page } = desk;
  const comparison = new ComparisonPanel(page);
  await inquireTwice(desk);
  await situation.showDate('15/03/2025');
  const plain = await pdfText(await result.report.exportAs('pdf'));
  expect(plain).toContain(squeeze('Constats'));
  expect(plain).toContain(squeeze('Situation au 15/03/2025'));
  expect(plain).not.toContain(squeeze('Situation au 31/12/2025'));
  expect(plain).not.toContain(squeeze('Changements depuis le'));

  await comparison.compare();
  const download = await result.report.exportAs('pdf');
  await download.saveAs(test.info().outputPath('comparison.pdf'));
  const compared = await pdfText(download);
  expect(compared).toContain(squeeze('Situation au 15/03/2025'));
  expect(compared).toMatch(new RegExp(squeeze('Changements depuis le') + '\\d{2}/\\d{2}/\\d{4}'));
  expect(compared).toContain(squeeze('Terminée'));
  expect(compared).toContain(squeeze('CPAS de Namur'));
  expect(compared).toContain(squeeze('Nouveau constat'));
});

test('offline, on two saved inquiries, in Dutch', async ({ desk, host }) => {
  await inquireTwice(desk);
  await host.current.stop();
  host.current = await startHost(host.dataDir, { INQUIRY_DESK_SIMULATOR: 'off' });
  await desk.open(host.current.url);
  const { page, saved, result } = desk;
  const comparison = new ComparisonPanel(page);
  await page.getByLabel('Langue').selectOption('nl');
  await saved.open();
  await expect(saved.rows).toHaveCount(2);
  // The newest first: the later inquiry.
  await saved.reopen(saved.rows.first());
  await expect(result.root).toBeVisible();
  await comparison.compare();
  await expect(comparison.title).toHaveText(
    /^Wijzigingen sinds het onderzoek van \d{2}\/\d{2}\/\d{4}$/,
  );
  await expect(comparison.ofKind('ended')).toContainText('Beëindigd');
  await expect(comparison.ofKind('ended')).toContainText('CPAS de Namur');
  await shot(page, 'comparison-nl.png');
});
