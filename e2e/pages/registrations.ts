// The registrations (repertory) screen, ManageAccess as a user meets it: list a person's registrations for the
// CPAS, register, cut a period out, remove. Its register form is also the one the start screen offers.
import type { Locator, Page } from '@playwright/test';
import { ConfirmDialog } from './confirm-dialog';
import { Nav } from './nav';

/** The form that registers a person for the CPAS (registrations screen, and the offer after MSG00012). */
export class RegisterForm {
  readonly root: Locator;
  readonly purpose: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly proofLastName: Locator;
  readonly proofBirthDate: Locator;
  readonly submitButton: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('register-form');
    this.purpose = page.getByTestId('register-purpose');
    this.from = page.getByTestId('register-from');
    this.to = page.getByTestId('register-to');
    this.proofLastName = page.getByTestId('register-proof-last-name');
    this.proofBirthDate = page.getByTestId('register-proof-birth-date');
    this.submitButton = page.getByTestId('register-submit');
    this.error = page.getByTestId('register-error');
  }

  /** Opens the proof of identity (name and birth date the BCSS checks against the person). */
  async openProof(): Promise<void> {
    await this.root.locator('summary').click();
  }

  async fillProof(lastName: string, birthDate: string): Promise<void> {
    await this.proofLastName.fill(lastName);
    await this.proofBirthDate.fill(birthDate);
  }

  async submit(): Promise<void> {
    await this.submitButton.click();
  }
}

export class RegistrationsScreen {
  readonly root: Locator;
  readonly niss: Locator;
  readonly register: Locator;
  readonly listButton: Locator;
  readonly empty: Locator;
  readonly lines: Locator;
  readonly periods: Locator;
  /** The status line after a change. */
  readonly changed: Locator;
  readonly form: RegisterForm;
  readonly cutFrom: Locator;
  readonly cutTo: Locator;
  readonly cutSubmit: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('registrations-screen');
    this.niss = this.root.getByTestId('niss-input');
    this.register = page.getByTestId('registrations-register');
    this.listButton = page.getByTestId('registrations-list');
    this.empty = page.getByTestId('registrations-empty');
    this.lines = page.getByTestId('registration-line');
    this.periods = page.getByTestId('registration-period');
    this.changed = page.getByTestId('registrations-changed');
    this.form = new RegisterForm(page);
    this.cutFrom = page.getByTestId('cut-from');
    this.cutTo = page.getByTestId('cut-to');
    this.cutSubmit = page.getByTestId('cut-submit');
  }

  async open(): Promise<void> {
    await new Nav(this.page).go('registrations');
  }

  /** Types the NISS (and picks the register, if given) without listing yet. */
  async choosePerson(niss: string, register?: string): Promise<void> {
    await this.niss.fill(niss);
    if (register) await this.register.selectOption(register);
  }

  /** Lists the registrations of the NISS typed (the screen keeps it while another one shows). */
  async list(): Promise<void> {
    await this.listButton.click();
  }

  /** Registers the person typed, from `from` (and to `to`, if given), dates as 'dd/mm/yyyy'. */
  async registerFor(from: string, to?: string): Promise<void> {
    await this.form.from.fill(from);
    if (to !== undefined) await this.form.to.fill(to);
    await this.form.submit();
  }

  /** Cuts the period `from`-`to` out of the (only) registration line. */
  async cut(from: string, to: string): Promise<void> {
    await this.page.getByTestId('registration-cut').click();
    await this.cutFrom.fill(from);
    await this.cutTo.fill(to);
    await this.cutSubmit.click();
  }

  /** Removes the registration of the first line (under its code, every line of it), confirming. */
  async removeFirst(): Promise<void> {
    await this.page.getByTestId('registration-remove').first().click();
    await new ConfirmDialog(this.page).choose('Supprimer l’inscription');
  }
}
