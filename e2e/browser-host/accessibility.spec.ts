// axe-core on every screen and state an investigator meets, in French, Dutch and German: the start screen (blank,
// an invalid NISS, running, cancelled), each kind of refusal (not registered with its registration offer, a
// refused status, a BCSS fault, a network failure), a typical and a heavy result, the table view, the detail
// panel, the supplements (foreigner situation, Tx25), the saved inquiries and a reopened one, the audit log, the
// repertory and the settings. No serious or critical violation may remain (nor the lower-impact rules
// `e2e/support/axe.ts` enforces); the failure lists each violation with its state and elements.
import type { Page } from '@playwright/test';
import { LANGUAGES, type Language } from '../../src/shared/domain/preferences';
import type { Desk } from '../pages/desk';
import { WHOLE_HISTORY, type Period } from '../pages/start';
import { AxeAudit, describeViolations } from '../support/axe';
import { expect, test } from '../support/browser-host';
import { formatted, persona } from '../support/personas';

const LAPTOP = { width: 1366, height: 768 };
const RECENT: Period = { from: '01/01/2015', to: '31/12/2026' };
/** The person whose inquiry never gets an answer: the "running" state stays until it is cancelled. */
const HANGING = persona('no-data');

test.use({ viewport: LAPTOP });

/** Fails with every violation found, after printing which states were checked. */
function expectNoViolations(audit: AxeAudit) {
  console.log(audit.summary());
  const failures = audit.failures();
  expect(failures.length, describeViolations(failures)).toBe(0);
}

async function inquire({ start, result }: Desk, key: string, period: Period = WHOLE_HISTORY) {
  const person = persona(key);
  await start.open();
  await start.inquire(person.niss, period);
  // The heavy person's 2,000 periods take a while on a loaded machine.
  await result.expectResultFor(formatted(person.niss), 90_000);
}

/** Every screen and state of the app but the transport failures, in one language, on one page. */
async function visitEveryState(desk: Desk, page: Page, language: Language) {
  const audit = new AxeAudit(page, language);
  const { start, result, table, details, supplements, saved, audit: auditScreen } = desk;
  if (language !== 'fr') await desk.chooseLanguage(language);

  await audit.check('start, blank form');
  await start.niss.fill('85073003329');
  await expect(start.nissFeedback).toBeVisible();
  await audit.check('start, invalid NISS');

  await start.inquire(HANGING.niss);
  await expect(start.progressStep).toBeVisible();
  await audit.check('running');
  await start.cancelButton.click();
  await expect(start.error).toBeVisible();
  await audit.check('refusal: cancelled');

  await start.inquire(persona('not-integrated').niss, RECENT);
  await expect(start.registrationOffer.offerButton).toBeVisible({ timeout: 15_000 });
  await audit.check('refusal: MSG00012 not registered');
  await start.registrationOffer.accept();
  await expect(start.registrationOffer.form.root).toBeVisible();
  await audit.check('refusal: MSG00012, registration form');

  await start.open();
  await start.inquire(persona('deceased').niss);
  await expect(start.error).toBeVisible({ timeout: 15_000 });
  await audit.check('refusal: status (deceased)');

  await inquire(desk, 'belgian-ris');
  await audit.check('result, typical');
  await page.getByTestId('timeline-item').first().click();
  await expect(details.root).toBeVisible();
  await audit.check('result, details open');
  await details.closeWithEscape();
  await expect(details.root).toHaveCount(0);

  await result.showTable();
  await audit.check('result, table view');
  await table.open(table.rows('forms').first());
  await expect(details.root).toBeVisible();
  await audit.check('table view, details open');
  await details.closeWithEscape();

  await inquire(desk, 'subsidiary-protection', RECENT);
  await supplements.consultForeignerSituation();
  await expect(supplements.foreignerSituation.workDocumentsTimeline).toBeVisible();
  await audit.check('supplement: ForeignerSituation');
  await supplements.consultRegisterExtract();
  await expect(supplements.registerExtract.root).toBeVisible();
  await audit.check('supplement: Tx25 register extract');
  await supplements.registerExtract.showHistory();
  await expect(supplements.registerExtract.pastEntries.first()).toBeVisible();
  await audit.check('supplement: Tx25 with its history');

  await inquire(desk, 'heavy-history');
  await audit.check('result, heavy');

  await saved.open();
  await expect(saved.rows.first()).toBeVisible();
  await audit.check('saved inquiries');
  // The copy with both supplements kept: the offline banner, the result and the consultations.
  await saved.reopen(saved.row(formatted(persona('subsidiary-protection').niss)));
  await expect(saved.offline.banner).toBeVisible({ timeout: 15_000 });
  await expect(supplements.registerExtract.root).toBeVisible();
  await audit.check('saved inquiry reopened, with its supplements');

  await auditScreen.open();
  await expect(auditScreen.root).toBeVisible();
  await audit.check('audit log');

  const { registrations } = desk;
  await registrations.open();
  await registrations.choosePerson(persona('belgian-ris').niss);
  await registrations.list();
  await expect(registrations.lines.first().or(registrations.empty)).toBeVisible();
  await audit.check('repertory (registrations)');

  await desk.settings.open();
  await audit.check('settings');
  return audit;
}

for (const language of LANGUAGES) {
  test.describe(`in ${language}`, () => {
    test.use({ hostEnv: { INQUIRY_DESK_SIMULATOR_FAULTS: `hang,match=${HANGING.niss}` } });
    test('every screen and state has no serious or critical violation', async ({ desk, page }) => {
      test.setTimeout(600_000);
      expectNoViolations(await visitEveryState(desk, page, language));
    });
  });
}

/** A refusal by transport failure (`fault` on every call), read in each language. */
const TRANSPORT_FAILURES: [string, string][] = [
  ['BCSS fault (HTTP 503, MSG00001)', 'http=503'],
  ['network (connection reset)', 'reset'],
];

for (const [name, fault] of TRANSPORT_FAILURES) {
  test.describe(`refusal: ${name}`, () => {
    test.use({ hostEnv: { INQUIRY_DESK_SIMULATOR_FAULTS: fault } });
    test('the message has no serious or critical violation in fr, nl and de', async ({
      desk,
      page,
    }) => {
      test.setTimeout(120_000);
      const audit = new AxeAudit(page, name);
      for (const language of LANGUAGES) {
        await desk.chooseLanguage(language);
        await desk.start.inquire(persona('belgian-ris').niss);
        await expect(desk.start.error).toBeVisible({ timeout: 30_000 });
        await desk.start.showTechnicalDetails();
        await audit.check(language);
      }
      expectNoViolations(audit);
    });
  });
}
