// An inquiry as an investigator runs it, against the simulator: what the screen shows is what the
// simulator holds; every refusal and every injected fault gives its message and keeps the input.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANES, type LaneId } from '../../src/shared/domain/inquiry';
import { expectedCounts, formatted, persona } from '../support/personas';
import { expect, startHost, test } from '../support/browser-host';
import { Desk } from '../pages/desk';
import { WHOLE_HISTORY } from '../pages/start';

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
  test(`the result of ${key} shows, lane by lane, what the simulator holds`, async ({ desk }) => {
    const { start, result } = desk;
    const person = persona(key);
    await start.inquire(person.niss);
    const table = await result.showTable();
    await expect(result.finalNiss).toContainText(formatted(person.niss));
    await expect(result.tickets).toContainText(/[0-9a-f]{8}-[0-9a-f]{4}/);
    const counts = expectedCounts(person);
    for (const lane of LANES) {
      if (counts[lane] === 0) {
        await expect(table.emptyLane(lane), lane).toBeVisible();
      } else {
        await expect(table.rows(lane), lane).toHaveCount(counts[lane]);
      }
    }
  });
}

test('blocked forms, fraud and partner are marked in words, and the detail panel has every field', async ({
  desk,
}) => {
  const { start, result, details } = desk;
  await start.inquire(persona('overlap-blocked').niss);
  let table = await result.showTable();
  const blockedForm = persona('overlap-blocked').history!.forms.find((f) => f.blocked)!;
  const row = table
    .rows('forms')
    .filter({ hasText: /bloqué/i })
    .first();
  await expect(row).toBeVisible();
  await table.open(row);
  await expect(details.root).toContainText(blockedForm.reference);
  await expect(details.root).toContainText(/Chevauchement avec un autre CPAS/);
  await expect(details.root).toContainText(/SocialInquiry|Enquête sociale/);
  await details.closeWithEscape();
  await expect(details.root).toBeHidden();

  await result.newInquiry();
  await start.inquire(persona('fraud-indication').niss);
  table = await result.showTable();
  await expect(table.rows('forms').filter({ hasText: /fraude/i })).not.toHaveCount(0);

  await result.newInquiry();
  await start.inquire(persona('couple-partner').niss);
  table = await result.showTable();
  await expect(table.rows('forms').filter({ hasText: /partenaire/i })).not.toHaveCount(0);
});

test('a replaced NISS shows the final one with a notice', async ({ desk }) => {
  await desk.start.inquire(persona('replaced-niss').niss);
  await desk.result.waitForAnswer();
  await expect(desk.result.replacedNotice).toBeVisible();
});

test.describe('version 1 of Social Inquiry', () => {
  test.use({ hostEnv: { INQUIRY_DESK_SIMULATOR_VERSION: '1' } });

  test('is completed through ListOfAttestation and looks like version 2', async ({
    desk,
    browser,
  }) => {
    const person = persona('piis-extension');
    const lateLanes: LaneId[] = ['piis', 'art35', 'artistic', 'installationPremium'];
    const read = async ({ start, result }: Desk) => {
      await start.inquire(person.niss);
      const table = await result.showTable();
      const texts: string[] = [];
      for (const lane of lateLanes)
        texts.push(
          await table
            .lane(lane)
            .innerText()
            .catch(() => ''),
        );
      return texts;
    };
    const v1 = await read(desk);
    const v2Host = await startHost(mkdtempSync(join(tmpdir(), 'inquiry-desk-v2-')), {
      INQUIRY_DESK_SIMULATOR_VERSION: '2',
    });
    try {
      const other = new Desk(await browser.newPage());
      await other.open(v2Host.url);
      const v2 = await read(other);
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
  test(`${key}: the refusal is explained and the input kept`, async ({ desk }) => {
    const { start } = desk;
    const person = persona(key);
    await start.inquire(person.niss, WHOLE_HISTORY);
    await expect(start.error).toContainText(message);
    // The localized message first; the BCSS's code and our own wait behind "technical details".
    const visible = { useInnerText: true };
    await expect(start.error).not.toContainText(person.expected.code, visible);
    await expect(start.error).not.toContainText('BCSS_', visible);
    await start.showTechnicalDetails();
    await expect(start.error).toContainText(person.expected.code, visible);
    await expect(start.niss).toHaveValue(formatted(person.niss));
    await expect(start.from).toHaveValue(WHOLE_HISTORY.from);
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
    test('shows its message and keeps the input', async ({ desk }) => {
      const { start } = desk;
      await start.inquire(persona('belgian-ris').niss);
      await expect(start.error).toContainText(message, { timeout: 20_000 });
      await expect(start.niss).toHaveValue('87.04.12-142.92');
    });
  });
}

test.describe('a slow BCSS', () => {
  test.use({ hostEnv: { INQUIRY_DESK_SIMULATOR_FAULTS: 'latency=8000' } });
  test('shows the current step and can be cancelled mid-call', async ({ desk }) => {
    const { start } = desk;
    await start.inquire(persona('belgian-ris').niss);
    await expect(start.progressStep).toContainText('Enquête sociale');
    await start.cancelButton.click();
    await expect(start.error).toContainText('Enquête annulée');
    await expect(start.niss).toHaveValue('87.04.12-142.92');
  });
});

test.describe('a BCSS that never answers', () => {
  test.use({ hostEnv: { INQUIRY_DESK_SIMULATOR_FAULTS: 'hang' } });
  test('shows the call’s time budget counting down, and can be cancelled', async ({ desk }) => {
    const { start } = desk;
    await start.inquire(persona('belgian-ris').niss);
    await expect(start.progressStep).toContainText('Enquête sociale');
    await expect(start.progressBudget).toContainText(
      /Encore au plus \d+ s pour cet appel \(sur 45 s/,
    );
    const secondsLeft = async () =>
      Number(/au plus (\d+) s/.exec((await start.progressBudget.textContent()) ?? '')?.[1]);
    const first = await secondsLeft();
    expect(first).toBeLessThanOrEqual(45);
    // It counts down (main reports the time left at each poll).
    await expect.poll(secondsLeft, { timeout: 10_000 }).toBeLessThan(first);
    await start.cancelButton.click();
    await expect(start.error).toContainText('Enquête annulée');
    await expect(start.progressBudget).toHaveCount(0);
  });
});
