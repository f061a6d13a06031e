// The shell on small screens (issue 15): at 1024×600 no screen scrolls sideways, in the longest language too; at
// 1366×768 the run button is in sight on a blank form; the detail panel sits beside the result, never over the
// navigation, the language choice or Print/Export, and Escape closes it with the focus back where it was.
import type { Locator, Page } from '@playwright/test';
import type { Language } from '../../src/shared/domain/preferences';
import type { Desk } from '../pages/desk';
import { WHOLE_HISTORY } from '../pages/start';
import { expect, test } from '../support/browser-host';
import { formatted, persona } from '../support/personas';

const SMALL = { width: 1024, height: 600 };
const LAPTOP = { width: 1366, height: 768 };

/** How far the page scrolls sideways (0: not at all). */
function sidewaysScroll(page: Page): Promise<number> {
  return page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
}

async function inquire({ start, result }: Desk, key: string) {
  const person = persona(key);
  await start.open();
  await start.inquire(person.niss, WHOLE_HISTORY);
  await result.expectResultFor(formatted(person.niss), 60_000);
}

/** Whether two boxes share any area. */
function overlap(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Fails when the element is covered by something else at its centre (or not on screen). */
async function expectUncovered(element: Locator) {
  await element.scrollIntoViewIfNeeded();
  const onTop = await element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = el.ownerDocument.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return top !== null && (top === el || el.contains(top));
  });
  expect(onTop, `${String(element)} is covered`).toBe(true);
}

for (const language of ['fr', 'de'] as const satisfies Language[]) {
  test(`at 1024×600 no screen scrolls sideways (${language})`, async ({ desk, page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(SMALL);
    if (language !== 'fr') await desk.chooseLanguage(language);
    const seen: Record<string, number> = {};
    const look = async (state: string) => {
      seen[state] = await sidewaysScroll(page);
    };
    const { start, result, table, details, saved, audit, registrations, settings } = desk;

    await look('start, blank');
    await start.inquire(persona('deceased').niss);
    await expect(start.error).toBeVisible({ timeout: 15_000 });
    await look('start, refusal');
    await inquire(desk, 'belgian-ris');
    await look('result');
    await page.getByTestId('timeline-item').first().click();
    await expect(details.root).toBeVisible();
    await look('result, details open');
    await details.closeWithEscape();
    await result.showTable();
    await look('table view');
    await table.open(table.rows('forms').first());
    await look('table view, details open');
    await details.closeWithEscape();
    await saved.open();
    await look('saved');
    await saved.reopen(saved.rows.first());
    await expect(saved.offline.banner).toBeVisible({ timeout: 15_000 });
    await look('saved, reopened');
    await audit.open();
    await look('audit');
    await registrations.open();
    await look('repertory');
    await settings.open();
    await look('settings');

    expect(Object.keys(seen)).toHaveLength(11);
    expect(Object.entries(seen).filter(([, px]) => px > 0)).toEqual([]);
  });
}

test('at 1366×768 the run button is in sight on a blank form', async ({ desk, page }) => {
  await page.setViewportSize(LAPTOP);
  const box = await desk.start.submitButton.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(LAPTOP.height);
  await expectUncovered(desk.start.submitButton);
});

test('the detail panel leaves the navigation, the language and Print/Export in sight, and Escape closes it', async ({
  desk,
  page,
}) => {
  await page.setViewportSize(SMALL);
  await inquire(desk, 'belgian-ris');
  const { result, details, table } = desk;
  await result.showTable();
  const opener = table.rows('forms').first().getByTestId('row-open');
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(details.root).toBeVisible();
  await expect(details.root).toBeFocused();

  await page.locator('html').evaluate((html) => (html.scrollTop = 0));
  const panel = (await details.root.boundingBox())!;
  const actions = [
    desk.nav.item('new'),
    desk.nav.item('settings'),
    desk.language,
    result.report.printButton,
    result.report.exportButton,
  ];
  for (const action of actions) {
    const box = await action.boundingBox();
    expect(box, String(action)).not.toBeNull();
    expect(overlap(box!, panel), `${String(action)} under the panel`).toBe(false);
    await expectUncovered(action);
  }
  // The panel is in the page's flow: no sideways scroll with it open.
  expect(await sidewaysScroll(page)).toBe(0);

  await details.closeWithEscape();
  await expect(details.root).toHaveCount(0);
  await expect(opener).toBeFocused();
});
