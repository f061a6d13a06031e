// The whole app as a user sees it: the navigation, the environment banner, the confirmation dialog, and one
// page object per screen. Specs drive the app through these; the test ids stay the app's own.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../src/shared/domain/preferences';
import { FindingsPanel, SituationPanel } from './answers';
import { AuditScreen } from './audit';
import { ConfirmDialog } from './confirm-dialog';
import { DetailPanel } from './detail-panel';
import { ListsScreen } from './lists';
import { Nav } from './nav';
import { RegistrationsScreen } from './registrations';
import { ResultScreen } from './result';
import { SavedScreen } from './saved';
import { SettingsScreen } from './settings';
import { StartScreen } from './start';
import { Supplements } from './supplements';
import { TableView } from './table';
import { SwimlanesView } from './timeline';

export class Desk {
  readonly nav: Nav;
  /** The banner naming the environment (DEMO, TEST, PRODUCTION) and the host. */
  readonly environmentBanner: Locator;
  /** The header's language choice (kept in the preferences). */
  readonly language: Locator;
  readonly confirm: ConfirmDialog;
  readonly start: StartScreen;
  readonly result: ResultScreen;
  readonly table: TableView;
  readonly details: DetailPanel;
  readonly supplements: Supplements;
  readonly saved: SavedScreen;
  readonly audit: AuditScreen;
  readonly registrations: RegistrationsScreen;
  readonly settings: SettingsScreen;
  readonly findings: FindingsPanel;
  readonly situation: SituationPanel;
  readonly lists: ListsScreen;
  readonly swimlanes: SwimlanesView;

  constructor(readonly page: Page) {
    this.nav = new Nav(page);
    this.environmentBanner = page.getByTestId('environment-banner');
    this.language = page.getByTestId('language-switch');
    this.confirm = new ConfirmDialog(page);
    this.start = new StartScreen(page);
    this.result = new ResultScreen(page);
    this.table = new TableView(page);
    this.lists = new ListsScreen(page);
    this.details = new DetailPanel(page);
    this.supplements = new Supplements(page);
    this.saved = new SavedScreen(page);
    this.audit = new AuditScreen(page);
    this.registrations = new RegistrationsScreen(page);
    this.settings = new SettingsScreen(page);
    this.findings = new FindingsPanel(page);
    this.situation = new SituationPanel(page);
    this.swimlanes = new SwimlanesView(page);
  }

  /** Loads the app at `url` (the host's address with its token) and waits for the start screen. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.start.niss.waitFor();
  }

  /** Switches the UI language from the header and waits until the page says it is in that language. */
  async chooseLanguage(language: Language): Promise<void> {
    await this.language.selectOption(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }
}
