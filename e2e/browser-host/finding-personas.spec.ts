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
    /** Periods vis-timeline does not draw at the opening zoom: only the table shows the selection. */
    offTimeline?: boolean;
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
  // Ten-month periods in a 127-year window, in a lane below the swimlanes' fold: none is drawn.
  art35: {
    message: 'art35Idle',
    severity: 'Information',
    selected: 3,
    first: 'Exonération art. 35',
    offTimeline: true,
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
    if (!expected.offTimeline) {
      await expect(findings.selectedOnTimeline()).toHaveCount(expected.selected);
    }
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
