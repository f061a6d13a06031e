// German texts of the app's other screens: navigation, saved inquiries, audit log.
export const screensDe = {
  nav: {
    label: 'Hauptnavigation',
    newInquiry: 'Neue Untersuchung',
    saved: 'Gespeicherte Untersuchungen',
    audit: 'Prüfprotokoll',
  },
  personName: {
    label: 'Name der Person (optional)',
    placeholder: 'NACHNAME Vorname',
    help: 'Damit Sie diese Untersuchung später unter den gespeicherten Untersuchungen wiederfinden. Der Name bleibt auf diesem Arbeitsplatz: Er wird nicht an die ZDSS übermittelt.',
  },
  saved: {
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
  },
  offline: {
    label: 'Offline-Kopie',
    consulted: 'Offline-Kopie: Untersuchung bei der ZDSS abgefragt am {{date}} um {{time}}.',
    stale:
      'Die Daten können sich seitdem geändert haben. Starten Sie die Untersuchung erneut, um eine aktuelle Antwort der ZDSS zu erhalten.',
    rerun: 'Erneut abfragen',
    rerunBusy: 'Es läuft bereits eine Untersuchung: Warten Sie, bis sie beendet ist.',
    back: 'Gespeicherte Untersuchungen',
  },
  retention: {
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
  },
  audit: {
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
  },
  confirm: {
    cancel: 'Abbrechen',
  },
  vaultLock: {
    'encryption-unavailable': 'die Verschlüsselung des Systems ist nicht verfügbar',
    'insecure-backend': 'der Schlüsselbund des Systems bietet keinen sicheren Schutz',
    'backend-changed': 'der Systemschutz hat sich geändert, seit der Tresor angelegt wurde',
    'box-changed': 'der Tresor wurde mit einem anderen Schutzmodus angelegt',
    'key-missing': 'der Schlüssel des Tresors fehlt, obwohl Daten vorhanden sind',
    'key-unreadable': 'der Schlüssel des Tresors ist unlesbar',
    'key-file-exposed': 'die Schlüsseldatei ist für andere Benutzer lesbar',
  },
};
