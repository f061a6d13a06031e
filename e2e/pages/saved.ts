// The saved inquiries (the vault): the list and its search, reopening a copy offline, deleting, the damaged
// files, the retention period.
import { expect, type Locator, type Page } from '@playwright/test';
import { Nav } from './nav';

/** A saved inquiry reopened: the offline banner, "run it again", the way back, or why it cannot open. */
export class OfflineCopy {
  readonly banner: Locator;
  readonly rerunButton: Locator;
  readonly backButton: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.banner = page.getByTestId('offline-banner');
    this.rerunButton = page.getByTestId('offline-rerun');
    this.backButton = page.getByTestId('offline-back');
    this.error = page.getByTestId('offline-error');
  }

  async rerun(): Promise<void> {
    await this.rerunButton.click();
  }

  async back(): Promise<void> {
    await this.backButton.click();
  }
}

/** How long inquiries are kept, and when the next purge runs. */
export class RetentionPanel {
  readonly next: Locator;
  readonly paused: Locator;
  readonly days: Locator;
  readonly saveButton: Locator;

  constructor(page: Page) {
    this.next = page.getByTestId('retention-next');
    this.paused = page.getByTestId('retention-paused');
    this.days = page.getByTestId('retention-days');
    this.saveButton = page.getByTestId('retention-save');
  }

  async keepFor(days: string): Promise<void> {
    await this.days.fill(days);
    await this.saveButton.click();
  }
}

export class SavedScreen {
  readonly root: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly empty: Locator;
  readonly status: Locator;
  readonly error: Locator;
  readonly damaged: Locator;
  readonly protectionNotice: Locator;
  readonly deleteAllButton: Locator;
  readonly offline: OfflineCopy;
  readonly retention: RetentionPanel;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('saved-screen');
    this.rows = page.getByTestId('saved-row');
    this.search = page.getByTestId('saved-search');
    this.count = page.getByTestId('saved-count');
    this.empty = page.getByTestId('saved-empty');
    this.status = page.getByTestId('saved-status');
    this.error = page.getByTestId('saved-error');
    this.damaged = page.getByTestId('saved-damaged');
    this.protectionNotice = page.getByTestId('protection-notice');
    this.deleteAllButton = page.getByTestId('saved-delete-all');
    this.offline = new OfflineCopy(page);
    this.retention = new RetentionPanel(page);
  }

  /** To the saved inquiries, through the navigation. */
  async open(): Promise<void> {
    await new Nav(this.page).go('saved');
    await expect(this.root).toBeVisible();
  }

  /** The row that shows `text` (a name, a NISS). */
  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** The NISS a row shows. */
  nissOf(row: Locator): Locator {
    return row.getByTestId('saved-niss');
  }

  /** Reopens the inquiry of `row`; without a row, the only one listed. */
  async reopen(row?: Locator): Promise<void> {
    await (row ?? this.page).getByTestId('saved-open').click();
  }

  /** Gives the inquiry of `row` the person's name `name` (added or corrected on the saved copy). */
  async rename(row: Locator, name: string): Promise<void> {
    await row.getByTestId('saved-rename').click();
    await row.getByTestId('saved-name-input').fill(name);
    await row.getByTestId('saved-name-save').click();
  }

  /** Asks to delete the inquiry of `row` (without a row, the only one listed): the confirmation follows. */
  async askToDelete(row?: Locator): Promise<void> {
    await (row ?? this.page).getByTestId('saved-delete').click();
  }

  async askToDeleteAll(): Promise<void> {
    await this.deleteAllButton.click();
  }
}
