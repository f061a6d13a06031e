// The detail panel of a period: every field of it, closed with Escape.
import type { Locator, Page } from '@playwright/test';

export class DetailPanel {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('detail-panel');
  }

  async closeWithEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
