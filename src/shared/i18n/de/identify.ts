// German texts of finding a NISS by name (IdentifyPerson).
import type { Catalogue } from '../catalogue';

export const identify: Catalogue['identify'] = {
  open: 'Eine ENSS suchen',
  close: 'Suche schließen',
  title: 'Eine Person nach ihrem Namen suchen',
  intro:
    'Phonetische Suche im Register (IdentifyPerson): Auch ähnliche Schreibweisen werden gefunden.',
  lastName: 'Name',
  firstName: 'Vorname (optional)',
  birthDate: 'Geburtsdatum',
  birthDateHelp: 'TT/MM/JJJJ, MM/JJJJ oder JJJJ',
  tolerance: 'Toleranz beim Datum',
  toleranceHelp:
    'Zulässige Abweichung in der Einheit des Datums: Jahre für JJJJ, Monate für MM/JJJJ, Tage für ein vollständiges Datum.',
  sex: 'Geschlecht',
  sexAny: 'Beliebig',
  sexM: 'Mann',
  sexF: 'Frau',
  search: 'Suchen',
  searching: 'Suche läuft…',
  results: '{{count}} Person(en) gefunden',
  none: 'Keine Person entspricht diesen Kriterien.',
  mayHaveMore: 'Die Höchstzahl der Antworten ist erreicht: Verfeinern Sie die Suche.',
  columns: {
    name: 'Name und Vornamen',
    birthDate: 'Geburt',
    sex: 'Geschlecht',
    municipality: 'Gemeinde',
    niss: 'ENSS',
    choose: 'Auswahl',
  },
  choose: 'Auswählen',
  abroad: 'außerhalb Belgiens oder unbekannt',
  error: {
    criteria: 'Ungültige Suchkriterien: Ein Name und ein Geburtsdatum sind nötig.',
    birthDate: 'Erwartetes Datum: TT/MM/JJJJ, MM/JJJJ oder JJJJ.',
  },
};
