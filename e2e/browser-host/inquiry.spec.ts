// An inquiry as an investigator runs it, against the simulator: what the screen shows is what the
// simulator holds; every refusal and every injected fault gives its message and keeps the input.
import type { Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANES, type LaneId } from '../../src/shared/domain/inquiry';
import { type Persona } from '../../src/test-support/simulator';
import { formatted, persona } from '../support/personas';
import { expect, startHost, test } from '../support/browser-host';

/** What the simulator holds for the person, lane by lane (the whole history is asked). */
function expectedCounts(person: Persona): Record<LaneId, number> {
  const h = person.history!;
  return {
    residence: h.nationalities.length + h.registers.length + h.residences.length,
    organisation: h.inCharge.length,
    status: h.statuses.length,
    forms: h.forms.length,
    piis: h.piis.length,
    art35: h.art35.length,
    artistic: h.artistic.length,
    installationPremium: h.premiums.length,
  };
}

async function runInquiry(page: Page, niss: string) {
  await page.getByTestId('niss-input').fill(niss);
  await page.getByTestId('period-from').fill('01/01/1900');
  await page.getByTestId('period-to').fill('31/12/2026');
  await page.getByTestId('submit-inquiry').click();
}

async function showTable(page: Page) {
  await page.getByTestId('result-screen').waitFor();
  await page.getByTestId('view-toggle').click();
  await page.locator('[data-testid^="table-lane-"]').first().waitFor();
}

for (const key of [
  'belgian-ris',
  'asylum-to-refugee',
  'minor-attached-to-parent',
  'couple-partner',
  'overlap-blocked',
  'loi65-forms',
  'piis-extension',
  'artistic-exemption',
  'installation-premium',
  'incomplete-dates',
  'bis-urgent-medical-aid',
]) {
  test(`the result of ${key} shows, lane by lane, what the simulator holds`, async ({ app }) => {
    const person = persona(key);
    await runInquiry(app, person.niss);
    await showTable(app);
    await expect(app.getByTestId('result-final-niss')).toContainText(formatted(person.niss));
    await expect(app.getByTestId('result-ticket')).toContainText(/[0-9a-f]{8}-[0-9a-f]{4}/);
    const counts = expectedCounts(person);
    for (const lane of LANES) {
      if (counts[lane] === 0) {
        await expect(app.getByTestId(`lane-empty-${lane}`), lane).toBeVisible();
      } else {
        await expect(app.getByTestId(`table-lane-${lane}`).getByTestId('row'), lane).toHaveCount(
          counts[lane],
        );
      }
    }
  });
}

test('blocked forms, fraud and partner are marked in words, and the detail panel has every field', async ({
  app,
}) => {
  await runInquiry(app, persona('overlap-blocked').niss);
  await showTable(app);
  const blockedForm = persona('overlap-blocked').history!.forms.find((f) => f.blocked)!;
  const row = app
    .getByTestId('table-lane-forms')
    .getByTestId('row')
    .filter({ hasText: /bloqué/i })
    .first();
  await expect(row).toBeVisible();
  await row.getByTestId('row-open').click();
  const panel = app.getByTestId('detail-panel');
  await expect(panel).toContainText(blockedForm.reference);
  await expect(panel).toContainText(/Chevauchement avec un autre CPAS/);
  await expect(panel).toContainText(/SocialInquiry|Enquête sociale/);
  await app.keyboard.press('Escape');
  await expect(panel).toBeHidden();

  await app.getByTestId('new-inquiry').click();
  await runInquiry(app, persona('fraud-indication').niss);
  await showTable(app);
  await expect(
    app
      .getByTestId('table-lane-forms')
      .getByTestId('row')
      .filter({ hasText: /fraude/i }),
  ).not.toHaveCount(0);

  await app.getByTestId('new-inquiry').click();
  await runInquiry(app, persona('couple-partner').niss);
  await showTable(app);
  await expect(
    app
      .getByTestId('table-lane-forms')
      .getByTestId('row')
      .filter({ hasText: /partenaire/i }),
  ).not.toHaveCount(0);
});

test('a replaced NISS shows the final one with a notice', async ({ app }) => {
  await runInquiry(app, persona('replaced-niss').niss);
  await expect(app.getByTestId('result-replaced-notice')).toBeVisible();
});

test.describe('version 1 of Social Inquiry', () => {
  test.use({ hostEnv: { INQUIRY_DESK_SIMULATOR_VERSION: '1' } });

  test('is completed through ListOfAttestation and looks like version 2', async ({
    app,
    browser,
  }) => {
    const person = persona('piis-extension');
    const lateLanes: LaneId[] = ['piis', 'art35', 'artistic', 'installationPremium'];
    const read = async (page: Page) => {
      await runInquiry(page, person.niss);
      await showTable(page);
      const texts: string[] = [];
      for (const lane of lateLanes)
        texts.push(
          await page
            .getByTestId(`table-lane-${lane}`)
            .innerText()
            .catch(() => ''),
        );
      return texts;
    };
    const v1 = await read(app);
    const v2Host = await startHost(mkdtempSync(join(tmpdir(), 'inquiry-desk-v2-')), {
      INQUIRY_DESK_SIMULATOR_VERSION: '2',
    });
    try {
      const page = await browser.newPage();
      await page.goto(v2Host.url);
      const v2 = await read(page);
      expect(v1).toEqual(v2);
      expect(v1.join('').length).toBeGreaterThan(0);
    } finally {
      await v2Host.stop();
    }
  });
});

const REFUSALS: [string, RegExp][] = [
  ['unknown-niss', /n’existe pas au registre/],
  ['cancelled-niss', /a été annulé/],
  ['deceased', /décédée/],
  ['not-integrated', /n’est pas intégrée pour votre CPAS/],
  ['legal-context-refused', /contexte légal/],
  ['cbe-mismatch', /n’appartient pas au CPAS/],
  ['invalid-request-data', /demande invalide/],
];

for (const [key, message] of REFUSALS) {
  test(`${key}: the refusal is explained and the input kept`, async ({ app }) => {
    const person = persona(key);
    await runInquiry(app, person.niss);
    await expect(app.getByTestId('start-error')).toContainText(message);
    await expect(app.getByTestId('niss-input')).toHaveValue(formatted(person.niss));
    await expect(app.getByTestId('period-from')).toHaveValue('01/01/1900');
  });
}

const FAULTS: [string, RegExp][] = [
  ['http=503', /momentanément indisponible/],
  ['malformed', /illisible ou dangereuse/],
  ['entity-expansion', /illisible ou dangereuse/],
  ['reset', /connexion a été coupée/],
  ['oversize', /taille maximale/],
];

for (const [fault, message] of FAULTS) {
  test.describe(`injected fault ${fault}`, () => {
    test.use({ hostEnv: { INQUIRY_DESK_SIMULATOR_FAULTS: fault } });
    test('shows its message and keeps the input', async ({ app }) => {
      await runInquiry(app, persona('belgian-ris').niss);
      await expect(app.getByTestId('start-error')).toContainText(message, { timeout: 20_000 });
      await expect(app.getByTestId('niss-input')).toHaveValue('87.04.12-142.92');
    });
  });
}

test.describe('a slow BCSS', () => {
  test.use({ hostEnv: { INQUIRY_DESK_SIMULATOR_FAULTS: 'latency=8000' } });
  test('shows the current step and can be cancelled mid-call', async ({ app }) => {
    await runInquiry(app, persona('belgian-ris').niss);
    await expect(app.getByTestId('progress-step')).toContainText('Enquête sociale');
    await app.getByTestId('cancel-inquiry').click();
    await expect(app.getByTestId('start-error')).toContainText('Enquête annulée');
    await expect(app.getByTestId('niss-input')).toHaveValue('87.04.12-142.92');
  });
});
