// The whole inquiry with the keyboard only (issue 15): NISS, period, run, every period of one lane read on the
// timeline, its details opened, the PDF exported. No click anywhere: a step the keyboard cannot reach fails here.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/browser-host';
import { expectedCounts, formatted, persona } from '../support/personas';
import { pdfText, requirePdftotext, squeeze } from '../support/downloads';

/** Presses Tab until `target` has the focus (at most `limit` presses). */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached in ${limit} presses of Tab: ${String(target)}`);
}

/** The title of the lane the timeline's active option is drawn in (vis-timeline keeps groups and labels in order). */
function activeLane(active: Locator): Promise<string> {
  return active.evaluate((option) => {
    const group = option.closest('.vis-group')!;
    const groups = [...group.parentElement!.children].filter((child) =>
      child.classList.contains('vis-group'),
    );
    const timeline = option.closest('.vis-timeline')!;
    const labels = timeline.querySelectorAll('.vis-labelset .vis-label');
    return labels[groups.indexOf(group)]?.textContent ?? '';
  });
}

test.beforeAll(() => {
  requirePdftotext();
});

test('an inquiry from NISS to PDF with the keyboard only', async ({ desk }) => {
  test.setTimeout(120_000);
  const { page, start, result, swimlanes, details } = desk;
  const person = persona('asylum-to-refugee');

  await tabTo(page, start.niss);
  await page.keyboard.type(person.niss);
  await tabTo(page, start.from);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('01/01/2000');
  await tabTo(page, start.to);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('31/12/2026');
  await tabTo(page, start.submitButton);
  await page.keyboard.press('Enter');
  await result.expectResultFor(formatted(person.niss), 30_000);

  // To the timeline, then down its lines to the statuses.
  await swimlanes.tabToTimeline();
  for (let line = 0; line < 12 && !(await activeLane(swimlanes.active)).includes('Statuts'); line++)
    await page.keyboard.press('ArrowDown');
  expect(await activeLane(swimlanes.active)).toContain('Statuts');

  // Every period of the lane, from the first: a labelled span is opened (Enter) and walked into.
  await page.keyboard.press('Home');
  const read: string[] = [];
  for (let step = 0; step < 20; step++) {
    const id = (await swimlanes.active.getAttribute('data-item-id'))!;
    if (id.startsWith('span:')) {
      await page.keyboard.press('Enter');
      await expect(swimlanes.active).not.toHaveAttribute('data-item-id', id);
      continue;
    }
    if (read.includes(id)) break;
    read.push(id);
    expect(await swimlanes.activeIsInWindow()).toBe(true);
    await page.keyboard.press('ArrowRight');
  }
  expect(read).toHaveLength(expectedCounts(person).status);

  // The details of the last one read, then back to the timeline with Escape.
  await page.keyboard.press('Enter');
  await expect(details.root).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details.root).toBeHidden();

  // The PDF: Ctrl+E opens the export menu on it, Enter downloads it.
  await page.keyboard.press('Control+e');
  await expect(result.report.option('pdf')).toBeFocused();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.keyboard.press('Enter'),
  ]);
  expect(await pdfText(download)).toContain(squeeze(formatted(person.niss)));
});
