// The answers on the result screen: the findings panel (each finding, its link selecting the items) and the
// situation on a date (its date field, "go to date", one row per kind of information).
import type { Locator, Page } from '@playwright/test';

export type SituationRow =
  | 'nationality'
  | 'register'
  | 'municipality'
  | 'organisation'
  | 'status'
  | 'aid'
  | 'piis'
  | 'art35'
  | 'artistic';

export class FindingsPanel {
  readonly root: Locator;
  readonly findings: Locator;
  /** What the panel says for a person without finding. */
  readonly none: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('findings');
    this.findings = this.root.getByTestId('finding');
    this.none = page.getByTestId('findings-none');
  }

  /** The findings with this message (`overlap`, `notCompetent`, `piisEnded`, ...). */
  withMessage(message: string): Locator {
    return this.root.locator(`[data-testid="finding"][data-message="${message}"]`);
  }

  /** Follows a finding's link: selects its items on the timeline and opens the first. */
  async select(finding: Locator): Promise<void> {
    await finding.getByTestId('finding-select').click();
  }

  /** The periods selected on the timeline, by their item id. */
  selectedOnTimeline(): Locator {
    return this.page.locator('.vis-item.vis-selected [data-testid="timeline-item"]');
  }

  /** How many selected bars are drawn inside the timeline's window (not only somewhere in its DOM). */
  async selectedInWindow(): Promise<number> {
    return this.page.getByTestId('timeline').evaluate((root) => {
      const centre = root.querySelector('.vis-panel.vis-center');
      if (!centre) return 0;
      const frame = centre.getBoundingClientRect();
      return [...root.querySelectorAll('.vis-item.vis-selected')].filter((bar) => {
        const box = bar.getBoundingClientRect();
        return box.width > 0 && box.right > frame.left && box.left < frame.right;
      }).length;
    });
  }
}

export class SituationPanel {
  readonly root: Locator;
  readonly date: Locator;
  readonly go: Locator;
  readonly title: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('situation');
    this.date = page.getByTestId('situation-date');
    this.go = page.getByTestId('situation-go');
    this.title = page.getByTestId('situation-title');
  }

  row(row: SituationRow): Locator {
    return this.root.getByTestId(`situation-${row}`);
  }

  /** The date cursor on the swimlanes (a vis-timeline custom time). */
  cursor(): Locator {
    return this.page.locator('.swimlanes .vis-custom-time.situation-day');
  }

  /** Where the cursor is drawn, as a share of the timeline's window (0: left edge, 1: right edge). */
  async cursorShare(): Promise<number> {
    return this.page.getByTestId('timeline').evaluate((root) => {
      const centre = root.querySelector('.vis-panel.vis-center')!;
      const cursor = root.querySelector('.vis-custom-time.situation-day')!;
      const frame = centre.getBoundingClientRect();
      const bar = cursor.getBoundingClientRect();
      return (bar.left + bar.width / 2 - frame.left) / frame.width;
    });
  }

  /** Clicks the time axis above the swimlanes at a share of its width (0: left edge, 1: right edge). */
  async clickAxisAt(share: number): Promise<void> {
    const axis = this.page.locator('.swimlanes .vis-time-axis.vis-foreground').first();
    const box = (await axis.boundingBox())!;
    await axis.click({ position: { x: box.width * share, y: box.height - 4 } });
  }

  /** Types a day (dd/mm/yyyy) and moves the timeline there. */
  async showDate(display: string): Promise<void> {
    await this.date.fill(display);
    await this.go.click();
  }
}

/** "Compare with the inquiry of …": the choice of an earlier inquiry of the same person, and what changed. */
export class ComparisonPanel {
  readonly root: Locator;
  readonly choice: Locator;
  readonly compareButton: Locator;
  readonly stopButton: Locator;
  readonly title: Locator;
  /** One per period added, ended, changed or gone (`data-kind`). */
  readonly changes: Locator;
  /** One per finding that appeared or disappeared (`data-kind`). */
  readonly findingChanges: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('comparison');
    this.choice = page.getByTestId('comparison-choice');
    this.compareButton = page.getByTestId('comparison-run');
    this.stopButton = page.getByTestId('comparison-stop');
    this.title = page.getByTestId('comparison-title');
    this.changes = this.root.getByTestId('change');
    this.findingChanges = this.root.getByTestId('finding-change');
  }

  /** Compares with the earlier inquiry offered first (the latest), or the one whose option says `text`. */
  async compare(text?: string): Promise<void> {
    if (text) await this.choice.selectOption({ label: text });
    await this.compareButton.click();
    await this.title.waitFor();
  }

  ofKind(kind: 'added' | 'removed' | 'ended' | 'changed'): Locator {
    return this.root.locator(`[data-testid="change"][data-kind="${kind}"]`);
  }

  /** The periods the comparison outlines on the swimlanes, by kind. */
  marked(kind: 'added' | 'ended' | 'changed'): Locator {
    return this.page.locator(`.swimlanes .vis-item.change-${kind}`);
  }

  /** Follows a change's link: selects its period on the swimlanes and opens it. */
  async show(change: Locator): Promise<void> {
    await change.getByTestId('change-select').click();
  }
}
