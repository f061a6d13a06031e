// German texts of the retention period of saved inquiries.
import type { Catalogue } from '../catalogue';

export const retention: Catalogue['retention'] = {
  title: 'Aufbewahrungsdauer',
  summary:
    'Untersuchungen werden {{days}} Tag(e) aufbewahrt; nächste Bereinigung am {{date}} um {{time}}.',
  summaryNoDate: 'Untersuchungen werden {{days}} Tag(e) aufbewahrt.',
  paused:
    'Die automatischen Bereinigungen sind ausgesetzt: Die gespeicherte Einstellung ist unlesbar. Speichern Sie die Dauer erneut, um sie fortzusetzen.',
  label: 'Untersuchungen aufbewahren (in Tagen)',
  help: 'Von 1 bis 3650 Tagen, ab der Abfrage gerechnet. Bei der nächsten Bereinigung werden ältere Untersuchungen gelöscht; das Prüfprotokoll ist davon nicht betroffen.',
  invalid: 'Geben Sie eine ganze Zahl von Tagen an, von 1 bis 3650.',
  save: 'Dauer speichern',
  saved: 'Neue Aufbewahrungsdauer gespeichert.',
};
