// Dutch texts of the repertory (ManageAccess): the CPAS's registrations of persons.
import type { Catalogue } from '../catalogue';

export const access: Catalogue['access'] = {
  nav: 'Repertorium',
  title: 'Inschrijvingen in het repertorium van de KSZ',
  intro:
    'Om een persoon te raadplegen moet het OCMW hem in zijn sectoraal repertorium ingeschreven hebben (ManageAccess). Overlappende periodes voor eenzelfde hoedanigheidscode worden tot één lijn samengevoegd.',
  niss: 'INSZ van de persoon',
  register: {
    label: 'Repertorium',
    ALL: 'Alle repertoria',
    PRIMARY: 'Repertorium van de KSZ',
    SECONDARY: 'Repertorium van de OCMW-sector',
  },
  list: 'Inschrijvingen tonen',
  listing: 'Bezig met zoeken…',
  empty: 'Geen inschrijving van deze persoon voor uw OCMW.',
  count: '{{count}} inschrijvingslijn(en)',
  columns: {
    purpose: 'Hoedanigheidscode',
    period: 'Periode',
    register: 'Repertorium',
    actions: 'Acties',
  },
  ongoing: 'sinds {{from}}, lopend',
  remove: 'Inschrijving verwijderen',
  removePeriod: 'Een periode schrappen',
  removeFrom: 'Schrappen van',
  removeTo: 'tot',
  removeSubmit: 'Deze periode schrappen',
  removeTitle: 'Inschrijving verwijderen?',
  removeText:
    'De inschrijving onder de code « {{purpose}} » wordt verwijderd: raadplegingen van deze persoon worden geweigerd (MSG00012) tot ze opnieuw ingeschreven is.',
  removed: 'Inschrijving bijgewerkt.',
  replaced: 'Dit INSZ werd vervangen: de inschrijving gaat over {{niss}}.',
  registerTitle: 'De persoon inschrijven voor het OCMW',
  offer: 'Deze persoon inschrijven voor het OCMW',
  purpose: 'Hoedanigheidscode',
  from: 'Vanaf',
  to: 'Tot (optioneel)',
  toHelp: 'Leeg laten voor een inschrijving zonder einde.',
  proofTitle: 'Identiteitsbewijs (optioneel)',
  proofHelp:
    'Naam, voornaam en geboortedatum worden door de KSZ bij het register gecontroleerd vóór de inschrijving.',
  lastName: 'Naam',
  firstName: 'Voornaam',
  birthDate: 'Geboortedatum',
  submit: 'Inschrijven',
  registering: 'Bezig met inschrijven…',
  registered: 'De persoon is ingeschreven voor uw OCMW ({{count}} lijn(en) in het repertorium).',
  rerun: 'Het onderzoek opnieuw starten',
  cancel: 'Sluiten',
  error: {
    purpose: 'Deze hoedanigheidscode bestaat niet voor de OCMW-sector.',
    proof:
      'De identiteitsgegevens die als bewijs gegeven werden, komen niet overeen met de persoon ({{fields}}): er werd niets ingeschreven.',
    birthDate: 'Verwachte datum: dd/mm/jjjj, mm/jjjj of jjjj.',
  },
};
