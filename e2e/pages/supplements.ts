// The other services consulted from a result: the foreigner situation (work documents, residence reason,
// family reunification) and the Tx25 register extract with its history on demand.
import type { Locator, Page } from '@playwright/test';

export type WorkDocumentKind = 'employmentCards' | 'workPermits';

export class ForeignerSituationView {
  readonly root: Locator;
  readonly workDocumentsTimeline: Locator;
  /** Every work document row, of every kind. */
  readonly workDocuments: Locator;
  readonly residenceReason: Locator;
  readonly specialInfo: Locator;
  readonly reunificationInquire: Locator;
  /** The warning that card and permit data are not the authentic source. */
  readonly notAuthentic: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('foreigner-situation-view');
    this.workDocumentsTimeline = this.root.getByTestId('work-documents-timeline');
    this.workDocuments = this.root.getByTestId('work-document');
    this.residenceReason = page.getByTestId('residence-reason');
    this.specialInfo = page.getByTestId('special-info');
    this.reunificationInquire = page.getByTestId('reunification-inquire');
    this.notAuthentic = this.root.getByTestId('foreigner-not-authentic');
  }

  /** The rows of one kind of work document. */
  documents(kind: WorkDocumentKind): Locator {
    return this.root.getByTestId(`foreigner-${kind}`).getByTestId('work-document');
  }

  /** The documents' numbers, as the table shows them. */
  async documentNumbers(): Promise<string[]> {
    return this.workDocuments.locator('td.mono').allTextContents();
  }

  /** Runs an inquiry on the person the residence is reunified with. */
  async inquireOnReunification(): Promise<void> {
    await this.reunificationInquire.click();
  }
}

export class RegisterExtractView {
  readonly root: Locator;
  readonly historyButton: Locator;
  /** Entries that are no longer current (there only when the history was asked). */
  readonly pastEntries: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('register-extract-view');
    this.historyButton = this.root.getByTestId('extract-history');
    this.pastEntries = this.root.locator('[data-testid="extract-entry"][data-current="false"]');
  }

  /** The group of an information type, e.g. '031' (nationalities). */
  group(code: string): Locator {
    return this.root.locator(`[data-testid="extract-group"][data-code="${code}"]`);
  }

  async showHistory(): Promise<void> {
    await this.historyButton.click();
  }
}

export class Supplements {
  readonly root: Locator;
  readonly foreignerSituationButton: Locator;
  readonly registerExtractButton: Locator;
  readonly registerExtractError: Locator;
  readonly foreignerSituation: ForeignerSituationView;
  readonly registerExtract: RegisterExtractView;

  constructor(page: Page) {
    this.root = page.getByTestId('supplements');
    this.foreignerSituationButton = page.getByTestId('consult-foreigner-situation');
    this.registerExtractButton = page.getByTestId('consult-register-extract');
    this.registerExtractError = page.getByTestId('register-extract-error');
    this.foreignerSituation = new ForeignerSituationView(page);
    this.registerExtract = new RegisterExtractView(page);
  }

  async consultForeignerSituation(): Promise<ForeignerSituationView> {
    await this.foreignerSituationButton.click();
    return this.foreignerSituation;
  }

  async consultRegisterExtract(): Promise<RegisterExtractView> {
    await this.registerExtractButton.click();
    return this.registerExtract;
  }
}
