// ManageAccess and IdentifyPerson as an investigator meets them: find a NISS by a name spelt another way,
// register a person the BCSS says is not integrated (MSG00012) and rerun in one action, list, cut and remove
// registrations, and the services' refusals in words.
import { expect, test } from '../support/browser-host';
import type { Desk } from '../pages/desk';
import type { Period } from '../pages/start';
import { formatted, persona } from '../support/personas';

const person = persona('not-integrated');
const PERIOD: Period = { from: '01/01/2024', to: '31/12/2026' };

/** From whatever screen, a new inquiry on the NISS. */
async function inquire({ start }: Desk, niss: string) {
  await start.open();
  await start.inquire(niss, PERIOD);
}

test('find a NISS by a name spelt another way, and choose it', async ({ desk }) => {
  const { start } = desk;
  const search = start.personSearch;
  await search.search('Jakobs', person.birthDate!.slice(0, 4));
  const candidate = search.candidate(formatted(person.niss));
  await expect(candidate).toContainText(person.lastName.toUpperCase());
  await search.choose(candidate);
  await expect(start.niss).toHaveValue(formatted(person.niss));
  await expect(start.personName).toHaveValue(
    new RegExp(`^${person.lastName.toUpperCase()} ${person.firstName}`),
  );
  await expect(search.root).toHaveCount(0);

  // A date that is none of yyyy, mm/yyyy, dd/mm/yyyy is said so, and nothing is sent.
  await search.fill('Jacobs', '13/1982');
  await expect(search.submitButton).toBeDisabled();
  await expect(search.root).toContainText('jj/mm/aaaa, mm/aaaa ou aaaa');
});

test('MSG00012: register the person for the CPAS, then rerun the inquiry in one action', async ({
  desk,
}) => {
  const { start, result } = desk;
  const offer = start.registrationOffer;
  await inquire(desk, person.niss);
  await expect(start.error).toContainText('MSG00012');

  await offer.accept();
  // A proof that is not the person's is refused, and nothing is registered.
  await offer.form.openProof();
  await offer.form.fillProof('Quelquun-Dautre', '1982');
  await offer.form.submit();
  await expect(offer.form.error).toContainText('ne correspondent pas');

  await offer.form.fillProof(person.lastName, person.birthDate!.split('-').reverse().join('/'));
  await offer.form.purpose.selectOption('2');
  await offer.form.submit();
  await expect(offer.done).toContainText('inscrite');
  await offer.rerun();
  await expect(result.finalNiss).toContainText(formatted(person.niss), { timeout: 15_000 });
});

test('list, cut a period out of, and remove a registration', async ({ desk }) => {
  const { start, registrations } = desk;
  await registrations.open();
  await registrations.choosePerson(person.niss, 'SECONDARY');
  await registrations.list();
  await expect(registrations.empty).toBeVisible();

  await registrations.registerFor('01/01/2024', '31/12/2026');
  await expect(registrations.lines).toHaveCount(1);
  await expect(registrations.periods).toHaveText('01/01/2024 – 31/12/2026');

  // Cutting the middle out leaves two lines.
  await registrations.cut('01/01/2025', '30/06/2025');
  await expect(registrations.lines).toHaveCount(2);
  await expect(registrations.periods).toHaveText([
    '01/01/2024 – 31/12/2024',
    '01/07/2025 – 31/12/2026',
  ]);

  // Removing the registration under the code takes both; the inquiry is refused again.
  await registrations.removeFirst();
  await expect(registrations.changed).toBeVisible();
  await expect(registrations.empty).toBeVisible();
  await inquire(desk, person.niss);
  await expect(start.error).toContainText('MSG00012');
});

test.describe('when the BCSS fails', () => {
  test.use({ hostEnv: { INQUIRY_DESK_SIMULATOR_FAULTS: 'http=503:MSG00001' } });

  test('a search says the BCSS is unavailable, its code behind the technical details', async ({
    desk,
  }) => {
    const search = desk.start.personSearch;
    await search.search('Jacobs', '1982');
    await expect(search.error).toContainText('momentanément indisponible', { timeout: 15_000 });
    const visible = { useInnerText: true };
    await expect(search.error).not.toContainText('MSG00001', visible);
    await search.error.getByTestId('technical-details').locator('summary').click();
    await expect(search.error).toContainText('MSG00001', visible);
  });
});
