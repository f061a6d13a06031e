// The other services consulted from a result, as an investigator meets them: the foreigner situation's work
// documents and residence reason, the family-reunification opener one click from an inquiry, the Tx25 register
// extract with its history on demand, all kept with the saved inquiry and shown offline.
import { expect, test } from '../support/browser-host';
import type { Desk } from '../pages/desk';
import type { Period } from '../pages/start';
import { formatted, persona } from '../support/personas';
import { pdfText, squeeze } from '../support/downloads';

const PERIOD: Period = { from: '01/01/2015', to: '31/12/2026' };

/** Runs an inquiry on the demo person `key` and waits for its result. */
async function inquire({ start, result }: Desk, key: string) {
  const person = persona(key);
  await start.inquire(person.niss, PERIOD);
  await result.expectResultFor(formatted(person.niss));
}

test('the foreigner situation: work documents as lanes, the residence reason, and the reunification opener', async ({
  desk,
}) => {
  const { result, supplements } = desk;
  await inquire(desk, 'subsidiary-protection');
  const situation = await supplements.consultForeignerSituation();
  await expect(situation.workDocumentsTimeline).toBeVisible();
  await expect(situation.documents('employmentCards')).toHaveCount(2);
  await expect(situation.documents('workPermits')).toHaveCount(1);
  await expect(situation.root).toContainText('durée indéterminée');
  await expect(situation.notAuthentic).toContainText('Pas de source authentique');
  const numbers = await situation.documentNumbers();

  // The report has the consultation's own section, with every document.
  const extract = await supplements.consultRegisterExtract();
  await expect(extract.root).toBeVisible();
  const text = await pdfText(await result.report.exportAs('pdf'));
  expect(text).toContain(squeeze('Situation de l’étranger (ForeignerSituation)'));
  expect(text).toContain(squeeze('Extrait du registre national (Tx25)'));
  for (const number of numbers) expect(text).toContain(squeeze(number));
  expect(text).toContain(squeeze('Pas de source authentique'));

  await result.newInquiry();
  await inquire(desk, 'couple-partner');
  await supplements.consultForeignerSituation();
  await expect(situation.residenceReason).toContainText('01010101');
  const opener = persona('couple-main-beneficiary');
  await expect(situation.specialInfo).toContainText(formatted(opener.niss));
  await situation.inquireOnReunification();
  await result.expectResultFor(formatted(opener.niss));
});

test('the register extract, its history on demand, kept with the saved inquiry and shown offline', async ({
  desk,
}) => {
  const { saved, supplements } = desk;
  await inquire(desk, 'asylum-to-refugee');
  const extract = await supplements.consultRegisterExtract();
  await expect(extract.group('031')).toBeVisible();
  await expect(extract.pastEntries).toHaveCount(0);
  await extract.showHistory();
  await expect(extract.pastEntries.first()).toBeVisible();

  // Reopened from the saved inquiries, the extract is there with its history.
  await saved.open();
  await saved.reopen(saved.rows.first());
  await expect(extract.pastEntries.first()).toBeVisible();
});

test('a BIS number is offered neither the register extract nor the foreigner situation', async ({
  desk,
}) => {
  const { supplements } = desk;
  await inquire(desk, 'bis-urgent-medical-aid');
  await expect(supplements.root).toBeVisible();
  await expect(supplements.registerExtractButton).toHaveCount(0);
  await expect(supplements.foreignerSituationButton).toHaveCount(0);
});

test('a consultation refused by the BCSS says why: the registration was removed since (MSG00012)', async ({
  desk,
}) => {
  const { nav, registrations, supplements } = desk;
  const person = persona('not-integrated');
  // Registered for the CPAS, the person can be inquired on...
  await registrations.open();
  await registrations.choosePerson(person.niss);
  await registrations.list();
  await registrations.registerFor('01/01/2015');
  await expect(registrations.lines.first()).toBeVisible();
  await nav.go('new');
  await inquire(desk, 'not-integrated');
  // ...until the registration goes: the register extract is then refused, in words, and nothing is kept.
  await registrations.open();
  await registrations.list();
  await registrations.removeFirst();
  await expect(registrations.empty).toBeVisible();
  await nav.go('new');
  await supplements.consultRegisterExtract();
  await expect(supplements.registerExtractError).toContainText('MSG00012');
  await expect(supplements.registerExtractError).toContainText('pas intégrée');
  await expect(supplements.registerExtract.root).toHaveCount(0);
});
