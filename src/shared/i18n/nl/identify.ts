// Dutch texts of finding a NISS by name (IdentifyPerson).
import type { Catalogue } from '../catalogue';

export const identify: Catalogue['identify'] = {
  open: 'Een INSZ zoeken',
  close: 'Zoeken sluiten',
  title: 'Een persoon zoeken op naam',
  intro:
    'Fonetische opzoeking in het register (IdentifyPerson): ook gelijkaardige spellingen worden gevonden.',
  lastName: 'Naam',
  firstName: 'Voornaam (optioneel)',
  birthDate: 'Geboortedatum',
  birthDateHelp: 'dd/mm/jjjj, mm/jjjj of jjjj',
  tolerance: 'Tolerantie op de datum',
  toleranceHelp:
    'Toegelaten afwijking, in de eenheid van de datum: jaren voor jjjj, maanden voor mm/jjjj, dagen voor een volledige datum.',
  sex: 'Geslacht',
  sexAny: 'Om het even',
  sexM: 'Man',
  sexF: 'Vrouw',
  search: 'Zoeken',
  searching: 'Bezig met zoeken…',
  results: '{{count}} persoon/personen gevonden',
  none: 'Geen enkele persoon beantwoordt aan deze criteria.',
  mayHaveMore: 'Het maximale aantal antwoorden is bereikt: verfijn de opzoeking.',
  columns: {
    name: 'Naam en voornamen',
    birthDate: 'Geboorte',
    sex: 'Geslacht',
    municipality: 'Gemeente',
    niss: 'INSZ',
    choose: 'Keuze',
  },
  choose: 'Kiezen',
  abroad: 'buiten België of onbekend',
  error: {
    criteria: 'Ongeldige zoekcriteria: een naam en een geboortedatum zijn nodig.',
    birthDate: 'Verwachte datum: dd/mm/jjjj, mm/jjjj of jjjj.',
  },
};
