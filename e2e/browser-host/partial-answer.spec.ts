// A partial answer is an answer: Social Inquiry answers in version 1 and the simulator fails the PIIS
// completion's three tries (the client's retries included). The investigator sees what arrived, the PIIS lane
// marked "not available — the BCSS did not answer" (not empty), asks for that section again, and gets it,
// in the live result and in the saved copy; a section that keeps failing stays marked.
import { LANES } from '../../src/shared/domain/inquiry';
import { archiveOf, csvOf } from '../support/downloads';
import { expectedCounts, formatted, persona } from '../support/personas';
import { expect, test } from '../support/browser-host';

const NOTICE = 'Non disponible — la BCSS n’a pas répondu';

test.describe('the PIIS completion fails its three tries, then answers', () => {
  test.use({
    hostEnv: {
      INQUIRY_DESK_SIMULATOR_VERSION: '1',
      INQUIRY_DESK_SIMULATOR_FAULTS: 'http=503,match=GPMI_PIIS,times=3',
    },
  });

  test('the timeline shows what arrived and the PIIS lane missing; "retry this section" completes it', async ({
    desk,
  }, testInfo) => {
    const { start, result } = desk;
    const person = persona('piis-extension');
    expect(person.history!.piis.length).toBeGreaterThan(0);
    await start.inquire(person.niss);
    await result.expectResultFor(formatted(person.niss), 30_000);

    await expect(result.missingNotice).toContainText('Réponse incomplète');
    await expect(result.missingNotice).toContainText('PIIS');
    await expect(result.laneMissing('piis')).toHaveText(NOTICE);
    await expect(result.retryButton('piis')).toHaveText('Réessayer cette section');
    await expect(result.retryButton('piis')).toHaveAccessibleName('Réessayer cette section : PIIS');
    for (const lane of LANES.filter((l) => l !== 'piis')) {
      await expect(result.laneMissing(lane), lane).toHaveCount(0);
    }
    await result.retryButton('piis').scrollIntoViewIfNeeded();
    await result.timeline.screenshot({ path: testInfo.outputPath('partial-piis-timeline.png') });

    await result.retrySection('piis');
    await expect(result.retryStatus).toHaveText(
      `PIIS : section complétée, ${person.history!.piis.length} période(s).`,
      { timeout: 20_000 },
    );
    await expect(result.laneMissing('piis')).toHaveCount(0);
    await expect(result.missingNotice).toHaveCount(0);
    // Another screen and back: the result stays completed.
    await desk.nav.go('saved');
    await desk.nav.go('new');
    await result.expectResultFor(formatted(person.niss));
    await expect(result.missingNotice).toHaveCount(0);

    const table = await result.showTable();
    const counts = expectedCounts(person);
    for (const lane of LANES) {
      if (counts[lane] === 0) await expect(table.emptyLane(lane), lane).toBeVisible();
      else await expect(table.rows(lane), lane).toHaveCount(counts[lane]);
    }
  });

  test('in the table view, from the keyboard, with the report marking the section until it arrives', async ({
    desk,
    page,
  }, testInfo) => {
    const { start, result, saved } = desk;
    const person = persona('piis-extension');
    await start.inquire(person.niss);
    await result.expectResultFor(formatted(person.niss), 30_000);

    // The CSV says it where the PIIS rows would be.
    const { rows } = await csvOf(await result.report.exportAs('csv'));
    expect(rows.filter((row) => row[1] === 'PIIS').map((row) => row[6])).toEqual([
      'PIIS : non disponible — la BCSS n’a pas répondu ; réessayez cette section dans l’application',
    ]);

    const table = await result.showTable();
    await expect(result.laneMissing('piis')).toContainText(
      'PIIS : non disponible — la BCSS n’a pas répondu',
    );
    await expect(result.laneMissing('piis')).toContainText('Cause : La BCSS');
    await expect(table.rows('piis')).toHaveCount(0);
    await result.laneMissing('piis').scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('partial-piis-table.png') });

    await result.retrySectionWithKeyboard('piis');
    await expect(result.retryStatus).toContainText('PIIS : section complétée', { timeout: 20_000 });
    await expect(table.rows('piis')).toHaveCount(person.history!.piis.length);
    // The button went away with the notice: the focus is on what happened, not lost.
    await expect(result.retryStatus).toBeFocused();

    // Saved completed: reopened offline, and in its JSON archive.
    const archive = await archiveOf(await result.report.exportAs('json'));
    expect(archive.missingSections).toBeUndefined();
    expect(archive.inquiry.items.filter((item) => item.lane === 'piis')).toHaveLength(
      person.history!.piis.length,
    );
    await saved.open();
    await saved.reopen();
    await expect(saved.offline.banner).toBeVisible();
    await expect(result.missingNotice).toHaveCount(0);
    const offline = await result.showTable();
    await expect(offline.rows('piis')).toHaveCount(person.history!.piis.length);
  });
});

test.describe('a PIIS completion that keeps failing', () => {
  test.use({
    hostEnv: {
      INQUIRY_DESK_SIMULATOR_VERSION: '1',
      INQUIRY_DESK_SIMULATOR_FAULTS: 'http=503,match=GPMI_PIIS',
    },
  });

  test('stays marked after a retry, which says why and can be tried again', async ({ desk }) => {
    const { start, result } = desk;
    const person = persona('piis-extension');
    await start.inquire(person.niss);
    await result.expectResultFor(formatted(person.niss), 30_000);
    await result.retrySection('piis');
    await expect(result.retryStatus).toContainText(
      'PIIS : toujours non disponible — la BCSS n’a pas répondu.',
      { timeout: 20_000 },
    );
    // A sentence, not the BCSS's code.
    await expect(result.retryStatus).not.toContainText('MSG00001');
    await expect(result.laneMissing('piis')).toHaveText(NOTICE);
    await expect(result.retryButton('piis')).toHaveAttribute('aria-disabled', 'false');
  });
});
