// German texts of the Nova+ lists: the Lists screen, the list server, fetch and import, badges and events.
export const lists = {
  nav: 'Nova+-Listen',
  title: 'Nova+-Listen des ÖPD SI',
  intro:
    'Die Listen, die der ÖPD SI für Ihr ÖSHZ veröffentlicht: Statusänderungen und Sperren (täglich), Monatsaufstellungen und Ablehnungen (monatlich).',
  tabs: {
    label: 'Listen',
    status: 'Statusänderungen',
    blocking: 'Sperren und Freigaben',
    statement: 'Monatsaufstellungen',
    rejection: 'Ablehnungen',
  },
  columns: {
    date: 'Ereignisdatum',
    month: 'Monat',
    niss: 'NISS',
    legalBasis: 'Rechtsgrundlage',
    dossier: 'Akte des ÖSHZ',
    formReference: 'Formular',
    action: 'Aktion',
    reason: 'Grund',
    otherCpas: 'Anderes ÖSHZ',
    previousStatus: 'Vorheriger Status',
    newStatus: 'Neuer Status',
    due: 'Geschuldet',
    recovered: 'Zurückgefordert',
    codes: 'Fehlercodes',
    code: 'Fehlerkode',
    label: 'Bedeutung',
    count: 'Anzahl',
  },
  sortBy: 'Nach {{column}} sortieren',
  filter: {
    text: 'Suchen (NISS, Akte, Formular, Kode)',
    legalBasis: 'Rechtsgrundlage',
    all: 'Alle Rechtsgrundlagen',
    from: 'Ab',
    to: 'Bis',
  },
  rowsShown: '{{shown}} von {{total}} Zeilen angezeigt',
  more: 'Mehr Zeilen anzeigen',
  empty: 'Keine Zeile entspricht der Suche.',
  noFiles: 'Noch keine Liste importiert.',
  legalBasis: {
    RIS: 'Eingliederungseinkommen (Gesetz vom 26. Mai 2002)',
    LOI65: 'Gesetz vom 2. April 1965',
    ORGANIC: 'Grundlagengesetz über die ÖSHZ',
  },
  action: { BLOCK: 'Sperre', UNBLOCK: 'Freigabe' },
  reason: { OVERLAP: 'Überschneidung', A_POSTERIORI: 'Nachträgliche Kontrolle' },
  statements: {
    totalsTitle: 'Summen pro Monat und Rechtsgrundlage',
    chartTitle: 'Geschuldet und zurückgefordert in den letzten 12 Monaten',
    chartDescription:
      'Balkendiagramm: für jeden Monat der geschuldete und der zurückgeforderte Betrag. Dieselben Zahlen stehen in der Summentabelle.',
    due: 'Geschuldet',
    recovered: 'Zurückgefordert',
    total: 'Summe',
  },
  rejections: {
    month: 'Monat',
    frequencyTitle: 'Häufigkeit der Fehlercodes',
    chartTitle: 'Fehlercodes des Monats, vom häufigsten zum seltensten',
    unknownCode: 'Der Anwendung unbekannter Kode',
  },
  errorCodes: {
    E101: 'NISS im Nationalregister unbekannt',
    E102: 'Das ÖSHZ ist für diese Person nicht zuständig',
    E201: 'Überschneidung mit einem Formular eines anderen ÖSHZ',
    E202: 'Zeitraum außerhalb des Anspruchs',
    E301: 'Betrag über dem gesetzlichen Satz',
    E302: 'Formular nach Fristablauf eingegangen',
    E401: 'Beschlussdatum fehlt',
    E402: 'Kategorie des Begünstigten passt nicht zum Haushalt',
  },
  server: {
    title: 'Listenserver',
    description:
      'Der Dateiserver, auf dem der ÖPD SI die Listen Ihres ÖSHZ ablegt, für die aktive Umgebung. Das Passwort wird verschlüsselt aufbewahrt und nie wieder angezeigt.',
    protocol: 'Protokoll',
    ftps: 'FTPS (FTP mit TLS)',
    sftp: 'SFTP (über SSH)',
    host: 'Serveradresse',
    port: 'Portnummer',
    directory: 'Ordner',
    user: 'Benutzer',
    password: 'Passwort',
    passwordSet: 'Ein Passwort ist gespeichert. Leer lassen, um es zu behalten.',
    caPem: 'Zu vertrauende Zertifizierungsstelle (PEM, optional)',
    save: 'Server speichern',
    saved: 'Listenserver gespeichert.',
    useDemoFtps: 'Den Demo-Server verwenden (FTPS)',
    useDemoSftp: 'Den Demo-Server verwenden (SFTP)',
    demo: 'Demo-Server des Simulators',
    none: 'Für diese Umgebung ist kein Listenserver eingerichtet.',
    hostKeyPinned: 'Bestätigter Serverschlüssel: {{fingerprint}}',
    hostKeyConfirm:
      'Erste Verbindung mit diesem SFTP-Server: prüfen Sie, dass sein Fingerabdruck {{fingerprint}} ist (fragen Sie Ihre IT-Abteilung), und bestätigen Sie dann.',
    hostKeyConfirmButton: 'Diesen Schlüssel bestätigen',
  },
  fetch: {
    now: 'Jetzt abrufen',
    running: 'Listen werden abgerufen…',
    last: 'Letzter Abruf: {{at}}',
    never: 'Die Listen wurden noch nie abgerufen.',
    autoFailed: 'Der automatische Abruf beim Start ist fehlgeschlagen.',
  },
  import: {
    title: 'Dateien importieren',
    description:
      'Wenn Ihre IT-Abteilung die Listen bereits herunterlädt, importieren Sie sie hier: Es gelten dieselben Prüfungen, und eine bereits importierte Datei wird nicht zweimal importiert.',
    files: 'Dateien auswählen…',
    folder: 'Ordner auf diesem Computer',
    importFolder: 'Ordner importieren',
    chooseFolder: 'Einen Ordner wählen…',
    folderHint:
      'Geben Sie bei großen Dateien (über 2 MB) besser den Ordner an, in dem sie auf diesem Computer liegen.',
    tooLarge:
      '{{file}} ist zu groß, um aus dem Browser gesendet zu werden ({{size}} MB): Geben Sie den Ordner an, in dem die Datei liegt.',
  },
  outcome: {
    summary:
      '{{imported}} Datei(en) importiert ({{rows}} Zeilen), {{already}} bereits importiert, {{refused}} abgelehnt.',
    refused: '{{file}}, Zeile {{line}}: {{reason}}',
  },
  refusal: {
    empty: 'die Datei ist leer',
    malformed: 'sie ist kein gültiges XML-Dokument',
    truncated: 'die Datei endet vor ihrem Ende (Download unterbrochen?)',
    doctype: 'die Datei enthält eine DOCTYPE-Deklaration, abgelehnt',
    'unknown-list': 'sie ist keine der vier Nova+-Listen',
    'unexpected-element': 'unerwartetes Element {{field}}',
    'missing-field': 'Pflichtelement fehlt: {{field}}',
    'invalid-value': 'ungültiger Wert für {{field}}: „{{value}}“',
  },
  errors: {
    pathMissing: '{{path}} wurde nicht gefunden oder ist nicht lesbar.',
    noFileDialog:
      'Diese Version der Anwendung öffnet das Fenster zur Dateiauswahl nicht: Wählen Sie die Dateien oder den Ordner auf der Seite.',
    notConfigured:
      'Für diese Umgebung ist kein Listenserver eingerichtet: Geben Sie ihn zuerst ein.',
    demoOnly: 'Den Demo-Server gibt es nur in der Demo-Umgebung.',
    folderMissing: 'Der Ordner {{path}} ist nicht vorhanden oder nicht lesbar.',
    refused: 'Die Datei {{file}} wird vollständig abgelehnt (Zeile {{line}}).',
    server: {
      credentials: 'Der Listenserver lehnt den Benutzer oder das Passwort ab.',
      certificate:
        'Das Zertifikat des Listenservers wird nicht erkannt: Die Verbindung wurde zu Ihrer Sicherheit abgelehnt.',
      unreachable:
        'Der Listenserver antwortet nicht: Er ist abgeschaltet oder seine Adresse ist falsch.',
      timeout: 'Der Listenserver antwortet nicht innerhalb der Frist.',
      'directory-missing': 'Der Ordner {{directory}} ist auf dem Listenserver nicht vorhanden.',
      'file-vanished': 'Die Datei {{file}} ist während der Übertragung vom Server verschwunden.',
      'transfer-interrupted':
        'Die Übertragung von {{file}} wurde unterbrochen: Die Datei wurde nicht importiert. Versuchen Sie es erneut.',
      'host-key-unconfirmed':
        'Erste Verbindung mit diesem SFTP-Server: Sein Schlüssel muss zuerst bestätigt werden.',
      'host-key-changed':
        'Der Schlüssel des SFTP-Servers hat sich seit der Bestätigung geändert: Verbindung abgelehnt. Wenden Sie sich an Ihre IT-Abteilung.',
    },
  },
  badge: {
    block: 'gesperrt am {{date}}',
    unblock: 'freigegeben am {{date}}',
    overlap: 'Überschneidung mit {{cpas}}',
    aPosteriori: 'nachträgliche Kontrolle',
    status: 'Status geändert am {{date}}: {{status}}',
  },
  followUps: {
    title: 'Nachverfolgung der Listen',
    description:
      'Personen aus Ihren gespeicherten Untersuchungen oder aus dem Verzeichnis Ihres ÖSHZ, die in einer neuen Liste vorkommen.',
    inRepertory: 'im Verzeichnis des ÖSHZ',
  },
  events: {
    lane: 'Nova+-Listen (Ereignisse)',
    title: 'Ereignisse der Nova+-Listen im Zeitraum',
    none: 'Kein Ereignis der Nova+-Listen für diese Person im Zeitraum.',
  },
  niss: {
    openSaved: 'Die gespeicherte Untersuchung von {{niss}} öffnen',
    startInquiry: 'Eine Untersuchung für {{niss}} starten',
  },
  retention: {
    label: 'Aufbewahrungsdauer der Listen (Tage)',
    save: 'Dauer speichern',
  },
  files: {
    title: 'Importierte Dateien',
    name: 'Datei',
    rows: 'Zeilen',
    importedAt: 'Importiert am',
    source: 'Herkunft',
    fetch: 'Listenserver',
    import: 'Manueller Import',
  },
} as const;
