// German texts of the repertory (ManageAccess): the CPAS's registrations of persons.
import type { Catalogue } from '../catalogue';

export const access: Catalogue['access'] = {
  nav: 'Verzeichnis',
  title: 'Eintragungen im Verzeichnis der ZDSS',
  intro:
    'Um eine Person abzufragen, muss das ÖSHZ sie in seinem Sektorverzeichnis eingetragen haben (ManageAccess). Überlappende Zeiträume für denselben Eigenschaftscode werden zu einer Zeile zusammengefasst.',
  niss: 'ENSS der Person',
  register: {
    label: 'Verzeichnis',
    ALL: 'Alle Verzeichnisse',
    PRIMARY: 'Verzeichnis der ZDSS',
    SECONDARY: 'Verzeichnis des ÖSHZ-Sektors',
  },
  list: 'Eintragungen anzeigen',
  listing: 'Suche läuft…',
  empty: 'Keine Eintragung dieser Person für Ihr ÖSHZ.',
  count: '{{count}} Eintragungszeile(n)',
  columns: {
    purpose: 'Eigenschaftscode',
    period: 'Zeitraum',
    register: 'Verzeichnis',
    actions: 'Aktionen',
  },
  ongoing: 'seit dem {{from}}, laufend',
  remove: 'Eintragung löschen',
  removePeriod: 'Einen Zeitraum streichen',
  removeFrom: 'Streichen vom',
  removeTo: 'bis',
  removeSubmit: 'Diesen Zeitraum streichen',
  removeTitle: 'Eintragung löschen?',
  removeText:
    'Die Eintragung unter dem Code « {{purpose}} » wird gelöscht: Abfragen dieser Person werden abgelehnt (MSG00012), bis sie erneut eingetragen ist.',
  removed: 'Eintragung aktualisiert.',
  replaced: 'Diese ENSS wurde ersetzt: Die Eintragung betrifft {{niss}}.',
  registerTitle: 'Die Person für das ÖSHZ eintragen',
  offer: 'Diese Person für das ÖSHZ eintragen',
  purpose: 'Eigenschaftscode',
  from: 'Ab dem',
  to: 'Bis zum (optional)',
  toHelp: 'Leer lassen für eine Eintragung ohne Ende.',
  proofTitle: 'Identitätsnachweis (optional)',
  proofHelp:
    'Name, Vorname und Geburtsdatum werden von der ZDSS vor der Eintragung mit dem Register abgeglichen.',
  lastName: 'Name',
  firstName: 'Vorname',
  birthDate: 'Geburtsdatum',
  submit: 'Eintragen',
  registering: 'Wird eingetragen…',
  registered: 'Die Person ist für Ihr ÖSHZ eingetragen ({{count}} Zeile(n) im Verzeichnis).',
  rerun: 'Die Untersuchung erneut starten',
  cancel: 'Schließen',
  error: {
    purpose: 'Dieser Eigenschaftscode existiert für den ÖSHZ-Sektor nicht.',
    proof:
      'Die als Nachweis angegebenen Identitätsdaten passen nicht zur Person ({{fields}}): Es wurde nichts eingetragen.',
    birthDate: 'Erwartetes Datum: TT/MM/JJJJ, MM/JJJJ oder JJJJ.',
  },
};
