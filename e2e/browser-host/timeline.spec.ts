// The swimlanes readable at every zoom and usable from the keyboard (issues 14 §5, 15, 19 §1): the heavy
// person at "Tout" has no bar whose label hides, a span opens into its items, the timeline is one Tab stop
// whose arrows bring an item outside the window into it, Enter opens details, D sets the date cursor.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/browser-host';
import { formatted, persona } from '../support/personas';

test.describe.configure({ timeout: 120_000 });

test('the heavy person at "Tout": every bar narrower than its label is a labelled span or shows its label beside it', async ({
  desk,
}) => {
  const { start, result, swimlanes } = desk;
  const person = persona('heavy-history');
  // The period the issue measured (1990-2026): "Tout" then runs from 1958 (the first nationality) to 2027.
  await start.inquire(person.niss, { from: '01/01/1990', to: '31/12/2026' });
  await result.expectResultFor(formatted(person.niss), 60_000);
  await swimlanes.zoom('all');
  await expect(swimlanes.spans.first()).toBeVisible();
  // Labels past the window's edges are moved in after each redraw: poll until the drawing has settled.
  await expect
    .poll(async () => (await swimlanes.labels()).filter((l) => l.hidden).map((l) => l.text))
    .toEqual([]);
  const labels = await swimlanes.labels();
  // Thousands of forms become a few dozen bars, each one read.
  expect(labels.length).toBeGreaterThan(20);
  expect(labels.length).toBeLessThan(300);
  for (const label of labels.filter((l) => l.overflows)) {
    expect(label.span || label.spilled, `${label.id} (${label.text})`).toBe(true);
  }
  await expect(swimlanes.span(/Loi organique · Liège · \d+ formulaires/)).toHaveCount(1);
  await desk.page.screenshot({ path: test.info().outputPath('heavy-all-fr.png'), fullPage: true });
});

test('a span opens into its items when activated', async ({ desk }) => {
  const { start, result, swimlanes } = desk;
  const person = persona('heavy-history');
  await start.inquire(person.niss);
  await result.expectResultFor(formatted(person.niss), 60_000);
  await swimlanes.zoom('all');
  const span = swimlanes.span(/Loi organique · Liège/);
  const members = Number(await span.getAttribute('data-members'));
  expect(members).toBeGreaterThan(10);
  const before = await swimlanes.spans.count();
  await span.click();
  await expect(swimlanes.spans).toHaveCount(before - 1);
  await expect(swimlanes.root.locator('.vis-item.in-open-span')).not.toHaveCount(0);
  await expect(swimlanes.announcement).toContainText(`${members}`);
  // Zooming in far enough draws the same periods as items of their own, with their labels.
  await swimlanes.zoom('year');
  await expect(swimlanes.items.first()).toBeVisible();
});

test('from the keyboard: one Tab stop, arrows bring an item outside the window into it, Enter opens details, D sets the date', async ({
  desk,
}) => {
  const { page, start, result, swimlanes, details, situation } = desk;
  const person = persona('heavy-history');
  await start.inquire(person.niss);
  await result.expectResultFor(formatted(person.niss), 60_000);
  await swimlanes.zoom('year');
  // From the zoom presets, Tab reaches the skip link, then the timeline itself.
  await page.getByTestId('zoom-year').focus();
  await swimlanes.tabToTimeline();
  await page.keyboard.press('Shift+Tab');
  await expect(swimlanes.skipLink).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(swimlanes.listbox).toBeFocused();
  await expect(swimlanes.active).toHaveCount(1);
  // One Tab stop: the next Tab leaves the timeline, whatever it holds.
  await page.keyboard.press('Tab');
  await expect(swimlanes.listbox).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(swimlanes.listbox).toBeFocused();

  // The window shows 2026; Home goes to the first period of the lane, decades before: the window follows.
  const first = await swimlanes.active.getAttribute('data-item-id');
  await page.keyboard.press('Home');
  await expect(swimlanes.active).not.toHaveAttribute('data-item-id', first ?? '');
  expect(await swimlanes.activeIsInWindow()).toBe(true);
  await page.keyboard.press('ArrowRight');
  expect(await swimlanes.activeIsInWindow()).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect(swimlanes.active).toHaveCount(1);
  expect(await swimlanes.activeIsInWindow()).toBe(true);

  // D puts the date cursor on the item, and says so.
  await page.keyboard.press('d');
  await expect(swimlanes.announcement).toContainText('Curseur de date placé au');
  const announced = (await swimlanes.announcement.textContent())!.match(/\d{2}\/\d{2}\/\d{4}/)![0];
  await expect(situation.title).toHaveText(`Situation au ${announced}`);

  // Enter opens the details of the item (a span would open into its items).
  const id = await swimlanes.active.getAttribute('data-item-id');
  expect(id?.startsWith('span:')).toBe(false);
  await page.keyboard.press('Enter');
  await expect(details.root).toBeVisible();

  // The skip link jumps past the timeline.
  await swimlanes.skipLink.focus();
  await page.keyboard.press('Enter');
  await expect(swimlanes.after).toBeFocused();
});

test('the swimlanes have no serious or critical axe violation (heavy person, "Tout")', async ({
  desk,
}) => {
  const { start, result, swimlanes } = desk;
  const person = persona('heavy-history');
  await start.inquire(person.niss);
  await result.expectResultFor(formatted(person.niss), 60_000);
  await swimlanes.zoom('all');
  await swimlanes.listbox.focus();
  const { violations } = await new AxeBuilder({ page: desk.page })
    .include('[data-testid="timeline"]')
    .analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
