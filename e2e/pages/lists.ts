// The Lists screen (Nova+ lists): the list server, fetch, import, the four tabs; and the follow-up badges and events.
import type { Locator, Page } from '@playwright/test';
import type { ListKind } from '../../src/shared/domain/nova-lists';

export class ListsScreen {
  readonly fetchButton: Locator;
  readonly fetchOutcome: Locator;
  readonly fetchError: Locator;
  readonly importOutcome: Locator;
  readonly refused: Locator;
  readonly hostKeyNotice: Locator;
  readonly statementChart: Locator;
  readonly statementTotals: Locator;
  readonly codeFrequencies: Locator;
  readonly codeChart: Locator;
  readonly badges: Locator;
  /** The result's events lane: its label, and its points (one per event of the period). */
  readonly eventsLane: Locator;
  readonly eventPoints: Locator;
  /** The table view's list of the same events. */
  readonly eventsList: Locator;
  readonly followUps: Locator;

  constructor(private readonly page: Page) {
    this.fetchButton = page.getByTestId('lists-fetch');
    this.fetchOutcome = page.getByTestId('lists-fetch-outcome');
    this.fetchError = page.getByTestId('lists-fetch-error');
    this.importOutcome = page.getByTestId('lists-import-outcome');
    this.refused = page.getByTestId('lists-refused');
    this.hostKeyNotice = page.getByTestId('lists-host-key');
    this.statementChart = page.getByTestId('lists-statement-chart');
    this.statementTotals = page.getByTestId('lists-statement-totals');
    this.codeFrequencies = page.getByTestId('lists-code-frequencies');
    this.codeChart = page.getByTestId('lists-code-chart');
    this.badges = page.getByTestId('lists-badge');
    this.eventsLane = page.getByTestId('lane-listEvents');
    this.eventPoints = page.locator('[data-testid="timeline-item"][data-item-id^="list-event:"]');
    this.eventsList = page.getByTestId('lists-events');
    this.followUps = page.getByTestId('lists-followups');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-lists').click();
  }

  async useDemoServer(protocol: 'ftps' | 'sftp'): Promise<void> {
    await this.openServerPanel();
    // The form is filled when the answer arrives: wait for it, or a later edit would be overwritten.
    await Promise.all([
      this.page.waitForResponse((response) => response.url().includes('/api/useDemoListServer')),
      this.page.getByTestId(`lists-demo-${protocol}`).click(),
    ]);
    const summary = this.page
      .getByTestId('lists-server-panel')
      .locator('summary')
      .filter({ hasText: `${protocol.toUpperCase()} 127.0.0.1` });
    await summary.waitFor();
    // The form shows the demo server once the status came back (the port of the summary, the demo folder).
    const port = /:(\d+)/.exec((await summary.textContent()) ?? '')?.[1] ?? '';
    await this.page
      .getByTestId('lists-port')
      .and(this.page.locator(`[value="${port}"]`))
      .waitFor({ state: 'attached' });
    await this.page
      .getByTestId('lists-directory')
      .and(this.page.locator('[value="/nova/0207777760"]'))
      .waitFor({ state: 'attached' });
  }

  async openServerPanel(): Promise<void> {
    const panel = this.page.getByTestId('lists-server-panel');
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
  }

  /** Changes fields of the server form (the password only when given) and saves. */
  async editServer(fields: {
    host?: string;
    port?: string;
    directory?: string;
    password?: string;
  }): Promise<void> {
    await this.openServerPanel();
    if (fields.host !== undefined) await this.page.getByTestId('lists-host').fill(fields.host);
    if (fields.port !== undefined) await this.page.getByTestId('lists-port').fill(fields.port);
    if (fields.directory !== undefined)
      await this.page.getByTestId('lists-directory').fill(fields.directory);
    if (fields.password !== undefined)
      await this.page.getByTestId('lists-password').fill(fields.password);
    await this.page.getByTestId('lists-server-save').click();
  }

  async fetch(): Promise<void> {
    await this.fetchButton.click();
  }

  async openImportPanel(): Promise<void> {
    const panel = this.page.getByTestId('lists-import-panel');
    if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
  }

  /** Types a folder of this computer (read in main as streams). */
  async importFolder(path: string): Promise<void> {
    await this.openImportPanel();
    await this.page.getByTestId('lists-import-folder').fill(path);
    await this.page.getByTestId('lists-import-folder-submit').click();
  }

  /** Chooses a folder in the page (the browser sends its files). */
  async chooseFolder(path: string): Promise<void> {
    await this.openImportPanel();
    await this.page.getByTestId('lists-import-directory').setInputFiles(path);
  }

  async tab(kind: ListKind): Promise<void> {
    await this.page.getByTestId(`lists-tab-${kind}`).click();
  }

  rows(kind: ListKind): Locator {
    return this.page.getByTestId(`lists-row-${kind}`);
  }

  count(kind: ListKind): Locator {
    return this.page.getByTestId(`lists-count-${kind}`);
  }

  filter(kind: ListKind): Locator {
    return this.page.getByTestId(`lists-filter-${kind}`);
  }
}
