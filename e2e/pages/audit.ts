// The audit log screen: every BCSS call of a range, exported as a CSV.
import type { Download, Locator, Page } from '@playwright/test';
import { Nav } from './nav';

export class AuditScreen {
  readonly root: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly exportButton: Locator;
  readonly result: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('audit-screen');
    this.from = page.getByTestId('audit-from');
    this.to = page.getByTestId('audit-to');
    this.exportButton = page.getByTestId('audit-export');
    this.result = page.getByTestId('audit-result');
    this.error = page.getByTestId('audit-error');
  }

  /** To the audit log, through the navigation. */
  async open(): Promise<void> {
    await new Nav(this.page).go('audit');
  }

  /** Sets the range, dates as 'dd/mm/yyyy'. */
  async setRange(from: string, to: string): Promise<void> {
    await this.from.fill(from);
    await this.to.fill(to);
  }

  /** Exports the range and waits for the CSV's download. */
  async exportCsv(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.exportButton.click(),
    ]);
    return download;
  }
}
