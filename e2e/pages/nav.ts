// The navigation bar: one entry per screen.
import type { Locator, Page } from '@playwright/test';

export type Screen = 'new' | 'saved' | 'lists' | 'audit' | 'registrations' | 'settings';

export class Nav {
  constructor(private readonly page: Page) {}

  item(screen: Screen): Locator {
    return this.page.getByTestId(`nav-${screen}`);
  }

  async go(screen: Screen): Promise<void> {
    await this.item(screen).click();
  }
}
