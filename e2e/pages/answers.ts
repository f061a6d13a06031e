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

  /** Types a day (dd/mm/yyyy) and moves the timeline there. */
  async showDate(display: string): Promise<void> {
    await this.date.fill(display);
    await this.go.click();
  }
}
