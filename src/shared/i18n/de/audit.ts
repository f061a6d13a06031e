// German texts of the audit log screen and its CSV export.
import type { Catalogue } from '../catalogue';

export const audit: Catalogue['audit'] = {
  title: 'Prüfprotokoll',
  intro:
    'Jeder Aufruf der ZDSS, erfolgreich oder abgelehnt, wird verschlüsselt auf diesem Arbeitsplatz protokolliert: Datum und Uhrzeit, Benutzer, Dienst, ENSS, rechtlicher Kontext, Ergebnis und Ticket; ebenso jeder Export (PDF, CSV, JSON) und jeder Druck einer Untersuchung. Exportieren Sie einen Zeitraum für den Sicherheitsberater.',
  range: 'Zu exportierender Zeitraum',
  currentMonth: 'Laufender Monat',
  previousMonth: 'Vormonat',
  export: 'Als CSV exportieren',
  exporting: 'Export läuft…',
  damaged:
    '{{count}} Eintrag/Einträge des Protokolls sind unlesbar (beschädigt): Sie fehlen in der Datei.',
  result: 'Exportierte Zeilen: {{rows}}, in der Datei {{file}}.',
  resultEmpty:
    'Kein Aufruf der ZDSS in diesem Zeitraum: Die Datei {{file}} enthält nur die Kopfzeile.',
  confidential:
    'Die Datei enthält ENSS-Nummern: Bewahren Sie sie sicher auf und löschen Sie sie nach Gebrauch.',
  // The audit CSV: its column headers and the words for what each entry records.
  csv: {
    header: {
      at: 'Datum und Uhrzeit',
      osUser: 'Benutzer des Arbeitsplatzes',
      investigator: 'Sozialarbeiter',
      service: 'Dienst',
      niss: 'ENSS',
      legalContext: 'Rechtlicher Kontext',
      environment: 'Umgebung',
      outcome: 'Ergebnis',
      ticketCBSS: 'ZDSS-Ticket',
      action: 'Vorgang',
    },
    action: {
      'bcss-call': 'ZDSS-Aufruf',
      'export-pdf': 'PDF-Export',
      'export-csv': 'CSV-Export',
      'export-json': 'JSON-Export',
      print: 'Druck',
      'lists-fetch': 'Abruf der Nova+-Listen',
      'lists-import': 'Import von Nova+-Listen',
      rename: 'Name der Person geändert',
    },
  },
};
