// The start screen: the NISS and its feedback, the person's name, the demo picker, the period, the search of a
// NISS by name, the registration offered after a MSG00012 refusal, the progress of a running inquiry.
import type { Locator, Page } from '@playwright/test';
import { Nav } from './nav';
import { RegisterForm } from './registrations';

/** A period as the user types it: 'dd/mm/yyyy'. */
export interface Period {
  from: string;
  to: string;
}

/** The whole history the simulator holds. */
export const WHOLE_HISTORY: Period = { from: '01/01/1900', to: '31/12/2026' };

export class StartScreen {
  readonly niss: Locator;
  readonly nissFeedback: Locator;
  readonly personName: Locator;
  readonly demoPicker: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly periodFeedback: Locator;
  readonly submitButton: Locator;
  /** Why the inquiry did not run (refusal, fault, locked vault...); the input stays. */
  readonly error: Locator;
  readonly progressStep: Locator;
  /** The running call's time budget, counting down. */
  readonly progressBudget: Locator;
  readonly cancelButton: Locator;
  readonly personSearch: PersonSearch;
  readonly registrationOffer: RegistrationOffer;
  /** The error's sentence: what takes the focus and is announced (role alert). */
  readonly errorText: Locator;
  /** The warning under a period that lies wholly in the future. */
  readonly periodFuture: Locator;
  readonly firstRun: FirstRunPanel;

  constructor(private readonly page: Page) {
    this.niss = page.getByTestId('niss-input');
    this.nissFeedback = page.getByTestId('niss-feedback');
    this.personName = page.getByTestId('person-name-input');
    this.demoPicker = page.getByTestId('demo-picker');
    this.from = page.getByTestId('period-from');
    this.to = page.getByTestId('period-to');
    this.periodFeedback = page.getByTestId('period-feedback');
    this.submitButton = page.getByTestId('submit-inquiry');
    this.error = page.getByTestId('start-error');
    this.progressStep = page.getByTestId('progress-step');
    this.progressBudget = page.getByTestId('progress-budget');
    this.cancelButton = page.getByTestId('cancel-inquiry');
    this.personSearch = new PersonSearch(page);
    this.registrationOffer = new RegistrationOffer(page);
    this.errorText = page.getByTestId('start-error-text');
    this.periodFuture = page.getByTestId('period-future');
    this.firstRun = new FirstRunPanel(page);
  }

  /** Opens the error's "technical details" (the BCSS's own code and text, the ticket, our code). */
  async showTechnicalDetails(): Promise<void> {
    await this.error.getByTestId('technical-details').locator('summary').click();
  }

  /** A period preset button, e.g. 'previousYear'. */
  preset(name: string): Locator {
    return this.page.getByTestId(`preset-${name}`);
  }

  /**
   * To an empty start screen from anywhere. Choosing "New inquiry" while a result shows goes back to the
   * form by itself, a moment later (react-query notifies after the click): so the result's own "new inquiry"
   * button may vanish before it is clicked, which is fine.
   */
  async open(): Promise<void> {
    await new Nav(this.page).go('new');
    const back = this.page.getByTestId('new-inquiry');
    if (await back.isVisible()) await back.click({ timeout: 2_000 }).catch(() => undefined);
    await this.niss.waitFor();
  }

  async setPeriod(period: Period): Promise<void> {
    await this.from.fill(period.from);
    await this.to.fill(period.to);
  }

  /** Picks a person of the demo picker, which fills in the NISS and the name. */
  async pickDemoPerson(niss: string): Promise<void> {
    await this.demoPicker.selectOption(niss);
  }

  async submit(): Promise<void> {
    await this.submitButton.click();
  }

  /** Types the NISS, sets the period and runs the inquiry. */
  async inquire(niss: string, period: Period = WHOLE_HISTORY): Promise<void> {
    await this.niss.fill(niss);
    await this.setPeriod(period);
    await this.submit();
  }
}

/** Finding a NISS by name and birth date (IdentifyPerson), opened from the start screen. */
export class PersonSearch {
  readonly root: Locator;
  readonly openButton: Locator;
  readonly lastName: Locator;
  readonly birthDate: Locator;
  readonly submitButton: Locator;
  readonly candidates: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('person-search');
    this.openButton = page.getByTestId('identify-open');
    this.lastName = page.getByTestId('identify-last-name');
    this.birthDate = page.getByTestId('identify-birth-date');
    this.submitButton = page.getByTestId('identify-submit');
    this.candidates = page.getByTestId('identify-candidate');
    this.error = page.getByTestId('identify-error');
  }

  /** Opens the search and fills in a last name and a birth date (yyyy, mm/yyyy or dd/mm/yyyy). */
  async fill(lastName: string, birthDate: string): Promise<void> {
    await this.openButton.click();
    await this.lastName.fill(lastName);
    await this.birthDate.fill(birthDate);
  }

  async search(lastName: string, birthDate: string): Promise<void> {
    await this.fill(lastName, birthDate);
    await this.submitButton.click();
  }

  /** The candidate row that shows `text` (e.g. a formatted NISS). */
  candidate(text: string): Locator {
    return this.candidates.filter({ hasText: text });
  }

  async choose(candidate: Locator): Promise<void> {
    await candidate.getByTestId('identify-choose').click();
  }
}

/** After a MSG00012 refusal: register the person for the CPAS, then rerun the inquiry in one action. */
export class RegistrationOffer {
  readonly offerButton: Locator;
  readonly form: RegisterForm;
  readonly done: Locator;
  readonly rerunButton: Locator;

  constructor(page: Page) {
    this.offerButton = page.getByTestId('register-offer');
    this.form = new RegisterForm(page);
    this.done = page.getByTestId('register-done');
    this.rerunButton = page.getByTestId('register-rerun');
  }

  async accept(): Promise<void> {
    await this.offerButton.click();
  }

  async rerun(): Promise<void> {
    await this.rerunButton.click();
  }
}

/** The first start: the investigator's name and the CPAS, asked once (skippable in demo). */
export class FirstRunPanel {
  readonly root: Locator;
  readonly openButton: Locator;
  readonly skipButton: Locator;
  readonly name: Locator;
  readonly cpas: Locator;
  readonly cbe: Locator;
  readonly ssin: Locator;
  readonly email: Locator;
  readonly saveButton: Locator;
  readonly saved: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('first-run');
    this.openButton = page.getByTestId('first-run-open');
    this.skipButton = page.getByTestId('first-run-skip');
    this.name = page.getByTestId('first-run-name');
    this.cpas = page.getByTestId('first-run-cpas');
    this.cbe = page.getByTestId('first-run-cbe');
    this.ssin = page.getByTestId('first-run-ssin');
    this.email = page.getByTestId('first-run-email');
    this.saveButton = page.getByTestId('first-run-save');
    this.saved = page.getByTestId('first-run-saved');
  }
}
