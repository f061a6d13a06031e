// German texts of the saved inquiries screen.
import type { Catalogue } from '../catalogue';

export const saved: Catalogue['saved'] = {
  title: 'Gespeicherte Untersuchungen',
  intro:
    'Jede erfolgreiche Untersuchung wird verschlüsselt auf diesem Arbeitsplatz gespeichert. Öffnen Sie sie hier so, wie sie empfangen wurde, auch ohne Verbindung zur ZDSS.',
  loading: 'Gespeicherte Untersuchungen werden geladen…',
  count: 'Gespeicherte Untersuchungen: {{count}}',
  matches: 'Gefunden: {{count}} von {{total}}',
  search: {
    label: 'Suchen',
    placeholder: 'ENSS oder Name',
    help: 'Eine ENSS mit oder ohne Punkte und Bindestriche, auch teilweise (87.04 oder 8704), oder der Name der Person.',
  },
  empty: 'Noch keine gespeicherten Untersuchungen: Erfolgreiche Untersuchungen erscheinen hier.',
  noMatch: 'Keine gespeicherte Untersuchung passt zu „{{search}}“.',
  column: {
    person: 'Person',
    niss: 'ENSS',
    period: 'Zeitraum',
    consultedAt: 'Abgefragt am',
    environment: 'Umgebung',
    actions: 'Aktionen',
  },
  noName: 'Name nicht angegeben',
  requested: 'angefragt: {{niss}}',
  noData: 'keine Daten',
  damagedRow: 'unlesbare Datei',
  open: 'Öffnen',
  openLabel: 'Die Untersuchung zu {{who}} öffnen',
  delete: 'Löschen',
  deleteLabel: 'Die Untersuchung zu {{who}} löschen',
  rename: {
    button: 'Name…',
    label: 'Den Namen von {{who}} hinzufügen oder berichtigen',
    field: 'Name der Person',
    help: 'Leer lassen, um den Namen aus dem Nationalregister zu übernehmen, falls es abgefragt wurde.',
    save: 'Namen speichern',
    done: 'Name gespeichert.',
  },
  deleteAll: 'Alle löschen',
  confirmDelete: {
    title: 'Diese gespeicherte Untersuchung löschen?',
    body: 'Die Untersuchung zu {{who}}, abgefragt am {{date}}, wird von diesem Arbeitsplatz gelöscht. Das ist endgültig; das Prüfprotokoll behält die Spur des Aufrufs.',
    yes: 'Löschen',
  },
  confirmDeleteAll: {
    title: 'Alle gespeicherten Untersuchungen löschen?',
    body: 'Alle gespeicherten Untersuchungen auf diesem Arbeitsplatz ({{count}}) werden gelöscht. Das ist endgültig; das Prüfprotokoll bleibt erhalten.',
    damaged: 'Auch die unlesbaren Dateien ({{count}}) werden gelöscht.',
    yes: 'Alle löschen',
  },
  deleted: 'Die Untersuchung wurde gelöscht.',
  deletedAll: 'Gelöschte Untersuchungen: {{count}}.',
  damaged: {
    title: 'Unlesbare Dateien: {{count}}',
    body: 'Diese Dateien des Tresors haben die Integritätsprüfung nicht bestanden: Sie können nicht geöffnet werden, die Liste zeigt also weniger Untersuchungen, als gespeichert wurden. Die anderen Untersuchungen sind nicht betroffen.',
  },
  indexRepaired:
    'Der Index der gespeicherten Untersuchungen war unlesbar: Er wurde beim Start aus den Dateien neu aufgebaut.',
  keyFile:
    'In diesem Modus (Browser-Host) schützt eine Schlüsseldatei, die nur Ihr Konto auf diesem Arbeitsplatz lesen kann, den Schlüssel des Tresors. Das ist schwächer als die Desktop-Anwendung, in der das Betriebssystem den Schlüssel schützt: Verwenden Sie diese für die echte Arbeit.',
  opening: 'Die gespeicherte Untersuchung wird geöffnet…',
  back: 'Zurück zur Liste',
};
