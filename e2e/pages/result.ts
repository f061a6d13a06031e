// The result screen: the header (final NISS, tickets, when consulted, a replaced NISS, an incomplete answer),
// the switch to the table view, a lane's missing section and its retry, the way back to a new inquiry, and the
// report's export menu.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { LaneId } from '../../src/shared/domain/inquiry';
import { TableView } from './table';

export type ReportFormat = 'pdf' | 'csv' | 'json';

export class ResultScreen {
  readonly root: Locator;
  readonly finalNiss: Locator;
  /** Every BCSS ticket of the inquiry (one per call). */
  readonly tickets: Locator;
  readonly consultedAt: Locator;
  readonly replacedNotice: Locator;
  /** Says the answer is incomplete, naming the lanes whose section did not arrive. */
  readonly missingNotice: Locator;
  /** What a retry of a missing section is doing, then what came of it (a live region). */
  readonly retryStatus: Locator;
  readonly viewToggle: Locator;
  /** The swimlanes (the timeline view). */
  readonly timeline: Locator;
  readonly newInquiryButton: Locator;
  readonly report: ReportActions;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('result-screen');
    this.finalNiss = page.getByTestId('result-final-niss');
    this.tickets = page.getByTestId('result-ticket');
    this.consultedAt = page.getByTestId('result-consulted-at');
    this.replacedNotice = page.getByTestId('result-replaced-notice');
    this.missingNotice = page.getByTestId('result-missing-notice');
    this.retryStatus = page.getByTestId('missing-retry-status');
    this.viewToggle = page.getByTestId('view-toggle');
    this.timeline = page.getByTestId('timeline');
    this.newInquiryButton = page.getByTestId('new-inquiry');
    this.report = new ReportActions(page);
  }

  /** The first call's ticket. */
  get ticket(): Locator {
    return this.tickets.first();
  }

  /**
   * Waits until the result of the NISS shows (`formattedNiss` as the header writes it). A loaded 2-core CI
   * machine running two browsers may take many seconds; when it fails, the message says what the screen showed
   * instead (an error's text, the progress step, another person's result), since a trace is not always at hand.
   */
  async expectResultFor(formattedNiss: string, timeout = 30_000): Promise<void> {
    try {
      await expect(this.finalNiss).toContainText(formattedNiss, { timeout });
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      throw new Error(`${message}\nThe screen showed instead: ${await this.screenState()}`, {
        cause: failure,
      });
    }
  }

  /** What the page shows where a result is awaited, in a few words for a failure message. */
  private async screenState(): Promise<string> {
    const visibleText = async (testId: string): Promise<string | undefined> => {
      const element = this.page.getByTestId(testId).first();
      return (await element.isVisible()) ? (await element.innerText()).trim() : undefined;
    };
    const shown = await visibleText('result-final-niss');
    if (shown !== undefined) return `the result of ${shown}`;
    const error = await visibleText('start-error');
    if (error !== undefined) return `an error: ${error}`;
    const step = await visibleText('progress-step');
    if (step !== undefined) return `still running: ${step}`;
    const submit = this.page.getByTestId('submit-inquiry');
    if (await submit.isVisible())
      return `the start form, its run button ${(await submit.isEnabled()) ? 'enabled' : 'disabled'}`;
    return 'neither the start form nor a result';
  }

  /** Waits for the answer of an inquiry just sent (a loaded machine may take more than an assertion's 5 s). */
  async waitForAnswer(): Promise<void> {
    await this.root.waitFor();
  }

  /** Switches from the timeline to the table view, once the result shows. */
  async showTable(): Promise<TableView> {
    await this.root.waitFor();
    await this.viewToggle.click();
    const table = new TableView(this.page);
    await table.lanes.first().waitFor();
    return table;
  }

  /** What a lane whose section did not arrive says where its periods would be (timeline or table). */
  laneMissing(lane: LaneId): Locator {
    return this.page.getByTestId(`lane-missing-${lane}`);
  }

  /** The lane's "Retry this section" button. */
  retryButton(lane: LaneId): Locator {
    return this.page.getByTestId(`lane-retry-${lane}`);
  }

  /** Asks again for a lane's missing section, with the mouse. */
  async retrySection(lane: LaneId): Promise<void> {
    await this.retryButton(lane).click();
  }

  /** Asks again for a lane's missing section from the keyboard: the button focused, then Enter. */
  async retrySectionWithKeyboard(lane: LaneId): Promise<void> {
    await this.retryButton(lane).focus();
    await expect(this.retryButton(lane)).toBeFocused();
    await this.page.keyboard.press('Enter');
  }

  async newInquiry(): Promise<void> {
    await this.newInquiryButton.click();
  }
}

/** The report's actions on a result: the export menu (PDF, CSV, JSON), its status line and its error. */
export class ReportActions {
  readonly printButton: Locator;
  readonly exportButton: Locator;
  readonly menu: Locator;
  readonly status: Locator;
  readonly error: Locator;

  constructor(private readonly page: Page) {
    this.printButton = page.getByTestId('report-print');
    this.exportButton = page.getByTestId('report-export');
    this.menu = page.getByTestId('report-export-menu');
    this.status = page.getByTestId('report-status');
    this.error = page.getByTestId('report-error');
  }

  option(format: ReportFormat): Locator {
    return this.page.getByTestId(`report-export-${format}`);
  }

  /** Picks a format in the export menu, without waiting for a download. */
  async choose(format: ReportFormat): Promise<void> {
    await this.exportButton.click();
    await this.option(format).click();
  }

  /** Picks a format in the export menu and waits for the download the page then starts, and its status. */
  async exportAs(format: ReportFormat): Promise<Download> {
    await this.exportButton.click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 30_000 }),
      this.option(format).click(),
    ]);
    await expect(this.status).toHaveText(`Fichier téléchargé : ${download.suggestedFilename()}`);
    return download;
  }
}
