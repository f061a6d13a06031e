// The app's confirmation dialog: the safe choice focused, Escape as a "no".
import type { Locator, Page } from '@playwright/test';

/** The app's confirmation dialog (deleting, switching to production...). */
export class ConfirmDialog {
  readonly root: Locator;
  readonly yes: Locator;
  readonly no: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('confirm-dialog');
    this.yes = page.getByTestId('confirm-yes');
    this.no = page.getByTestId('confirm-no');
  }

  /** Clicks the dialog's button named `name` (its words say what it does). */
  async choose(name: string): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name }).click();
  }
}
