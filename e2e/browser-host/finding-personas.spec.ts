// One persona per finding rule (issue 14): each shows its finding, and the finding's link selects the items
// concerned on the swimlanes and opens the first in the detail panel; the clean persona reads "no finding".
import { expect, test } from '../support/browser-host';
import { formatted, persona } from '../support/personas';
import { CLEAN_PERSONA, FINDING_PERSONAS } from '../../src/test-support/simulator';

/** What each rule's first persona shows: its message, severity, how many periods its link selects, the first one's text. */
const EXPECTED: Record<
  string,
  {
    message: string;
    severity: string;
    selected: number;
    first: string;
  }
> = {
  overlap: {
    message: 'overlapOpen',
    severity: 'Bloquant',
    selected: 2,
    first: '21004/RIS/2023/00118',
  },
  notCompetent: {
    message: 'notCompetent',
    severity: 'Bloquant',
    selected: 2,
    first: '62063/L65/2025/00930',
  },
  statusWithoutRight: {
    message: 'statusWithoutRight',
    severity: 'Bloquant',
    selected: 2,
    first: '62063/RIS/2024/00455',
  },
  blockedOrFraud: {
    message: 'blockedBy',
    severity: 'Bloquant',
    selected: 1,
    first: '62063/RIS/2025/00412',
  },
  piis: {
    message: 'piisMissing',
    severity: 'À vérifier',
    selected: 1,
    first: '62063/RIS/2025/00021',
  },
  // Ten-month periods, a span in the 127-year window: the link zooms in on them, in a lane below the fold.
  art35: {
    message: 'art35Idle',
    severity: 'Information',
    selected: 3,
    first: 'Exonération art. 35',
  },
  competenceGap: {
    message: 'competenceGap',
    severity: 'À vérifier',
    selected: 2,
    first: 'Opvangcentrum De Linde',
  },
};

for (const [rule, keys] of Object.entries(FINDING_PERSONAS)) {
  const key = keys[0]!;
  test(`${rule}: ${key} shows its finding and the link selects its periods`, async ({ desk }) => {
    const { start, result, findings, details, page } = desk;
    const expected = EXPECTED[rule]!;
    const person = persona(key);
    await start.inquire(person.niss);
    await result.expectResultFor(formatted(person.niss));
    const finding = findings.withMessage(expected.message).first();
    await expect(finding).toBeVisible();
    await expect(finding).toHaveAttribute('data-rule', rule);
    await expect(finding).toContainText(expected.severity);
    await findings.select(finding);
    await expect(details.root).toContainText(expected.first);
    // Each period concerned is drawn as itself inside the window, and the page shows it.
    await expect(findings.selectedOnTimeline()).toHaveCount(expected.selected);
    await expect.poll(() => findings.selectedInWindow()).toBe(expected.selected);
    await expect(findings.selectedOnTimeline().first()).toBeInViewport();
    await page.screenshot({
      path: test.info().outputPath(`finding-${rule}-fr.png`),
      fullPage: true,
    });
    // The same link in the table view marks the same rows.
    await page.keyboard.press('Escape');
    const table = await result.showTable();
    await findings.select(finding);
    await expect(table.highlighted()).toHaveCount(expected.selected);
    await expect(details.root).toContainText(expected.first);
  });
}

test('the link brings its periods into view: outside the window, in a lane turned off', async ({
  desk,
}) => {
  const { page, start, result, findings, swimlanes } = desk;
  const person = persona(FINDING_PERSONAS.art35![0]!);
  await start.inquire(person.niss);
  await result.expectResultFor(formatted(person.niss));
  // One year ending with the requested period (today): the exemptions, years before, are not in it.
  await swimlanes.zoom('year');
  await page.getByTestId('lane-toggle-art35').uncheck();
  const finding = findings.withMessage('art35Idle').first();
  await findings.select(finding);
  await expect(page.getByTestId('lane-toggle-art35')).toBeChecked();
  await expect(findings.selectedOnTimeline()).toHaveCount(3);
  await expect.poll(() => findings.selectedInWindow()).toBe(3);
  await expect(findings.selectedOnTimeline().first()).toBeInViewport();
  // Moved away again, the same link brings them back.
  await swimlanes.zoom('year');
  await expect.poll(() => findings.selectedInWindow()).toBe(0);
  await findings.select(finding);
  await expect.poll(() => findings.selectedInWindow()).toBe(3);
});

test('the heavy person at "Tout": a link opens the span holding its form, and in the table shows its row past the first page', async ({
  desk,
}) => {
  test.setTimeout(120_000);
  const { page, start, result, findings, details, swimlanes } = desk;
  const person = persona('heavy-history');
  await start.inquire(person.niss, { from: '01/01/1990', to: '31/12/2026' });
  await result.expectResultFor(formatted(person.niss), 60_000);
  await swimlanes.zoom('all');
  await expect(swimlanes.spans.first()).toBeVisible();
  // The decision blocked after the late stop of 2012, one of thousands of forms drawn as spans at "Tout".
  const blocked = findings.withMessage('blockedBy').first();
  await findings.select(blocked);
  await expect(details.root).toContainText('/RIS/2012/');
  await expect(findings.selectedOnTimeline()).toHaveCount(1);
  await expect.poll(() => findings.selectedInWindow()).toBe(1);
  await expect(findings.selectedOnTimeline()).toBeInViewport();

  await page.keyboard.press('Escape');
  const table = await result.showTable();
  await findings.select(blocked);
  await expect(table.highlighted()).toHaveCount(1);
  await expect(table.highlighted()).toBeInViewport();
  await expect(table.highlighted()).toContainText('2012');
});

test('in Dutch: a finding persona reads its finding in Dutch', async ({ desk }) => {
  const { page, start, result, findings } = desk;
  await page.getByLabel('Langue').selectOption('nl');
  const person = persona(FINDING_PERSONAS.competenceGap![0]!);
  await start.inquire(person.niss);
  await result.expectResultFor(formatted(person.niss));
  await expect(findings.withMessage('competenceGap')).toContainText(
    'Van 01/02/2024 tot 31/03/2024 is geen OCMW of opvangstructuur bevoegd (IT 207).',
  );
  await page.screenshot({
    path: test.info().outputPath('finding-competenceGap-nl.png'),
    fullPage: true,
  });
});

test('every rule has a persona in this spec', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(FINDING_PERSONAS).sort());
});

test('the clean persona reads "no finding"', async ({ desk }) => {
  const { start, result, findings } = desk;
  const person = persona(CLEAN_PERSONA);
  await start.inquire(person.niss);
  await result.expectResultFor(formatted(person.niss));
  await expect(findings.none).toBeVisible();
  await expect(findings.findings).toHaveCount(0);
});
