// German texts of the settings: organisation, investigator, preferences, environments, certificate, connection test.
import type { Catalogue } from '../catalogue';

export const settings: Catalogue['settings'] = {
  title: 'Einstellungen',
  nav: 'Einstellungen',
  environmentName: {
    demo: 'Demonstration',
    test: 'Testumgebung',
    acceptance: 'Abnahme',
    production: 'Produktion',
  },
  intro:
    'Das ÖSHZ, der Sozialarbeiter und die ZDSS-Umgebung, in deren Namen die Untersuchungen erfolgen.',
  save: 'Speichern',
  saved: 'Gespeichert.',
  saving: 'Wird gespeichert…',
  organisation: {
    title: 'Ihr ÖSHZ',
    cpasName: 'Name des ÖSHZ',
    cbe: 'Unternehmensnummer (ZDU)',
    cbeHelp: '10 Ziffern, zum Beispiel 0212.345.678.',
    sector: 'Sektor',
    institution: 'Einrichtung',
    matrixHelp: 'ÖSHZ: Sektor 17, Einrichtung 1.',
  },
  investigator: {
    title: 'Sozialarbeiter(in)',
    name: 'Name und Vorname',
    ssin: 'ENSS des Sozialarbeiters',
    email: 'E-Mail-Adresse',
    help: 'Die ZDSS erfasst, wer abfragt: Ihre ENSS und Ihre Adresse begleiten jeden Aufruf.',
  },
  preferences: {
    title: 'Vorlieben',
    language: 'Sprache der Oberfläche',
    defaultPeriodMonths: 'Standarddauer des Zeitraums (Monate)',
    defaultZoom: 'Zoom beim Öffnen eines Ergebnisses',
    retentionDays: 'Aufbewahrung der gespeicherten Untersuchungen (Tage)',
  },
  environment: {
    title: 'ZDSS-Umgebung',
    active: 'Verwendete Umgebung',
    configure: 'Einrichten',
    demoNote:
      'Die Demonstration verwendet den eingebauten Simulator und sein Zertifikat: nichts einzurichten.',
    switched: 'Aktive Umgebung: {{environment}}.',
    productionTitle: 'Zur Produktion wechseln?',
    productionText:
      'In der Produktion fragt jede Untersuchung die echten Daten einer Person ab und wird bei der ZDSS protokolliert. Fahren Sie nur für eine echte Akte fort.',
    productionConfirm: 'Zur Produktion wechseln',
  },
  remote: {
    title: 'Adressen und Verbindung: {{environment}}',
    baseUrl: 'Basisadresse',
    baseUrlHelp:
      'https://Host[:Port][/Präfix], ohne Schrägstrich am Ende: Dienste ohne eigene Adresse hängen ihren Pfad daran an.',
    services: 'Adressen der Dienste',
    servicesHelp:
      'Leer lassen für die Basisadresse mit dem üblichen Pfad. Ein Pfad, der mit « / » beginnt, kommt unter die Basisadresse; eine vollständige Adresse https://… bezeichnet einen anderen Host.',
    serviceEmpty: 'Leer: {{url}}',
    service: {
      socialInquiry: 'Social Inquiry (Sozialuntersuchung)',
      ssdnConnector: 'SSDN-Konnektor sendXML (ListOfAttestation, ManageAccess, IdentifyPerson)',
      registerExtract: 'Tx25: Auszug aus dem Nationalregister (RetrieveTIGroups)',
      foreignerSituation: 'Situation der Ausländer (ForeignerSituation)',
    },
    serviceUrls: 'Vollständige Adressen',
    basicUser: 'HTTP-Basic-Benutzer (optional)',
    basicPassword: 'HTTP-Basic-Passwort',
    basicPasswordSet: 'Ein Passwort ist gespeichert (verschlüsselt).',
    basicPasswordNotSet: 'Kein Passwort gespeichert.',
    setPassword: 'Passwort speichern',
    clearPassword: 'Passwort löschen',
    connectTimeout: 'Wartezeit für die Verbindung (Sekunden)',
    responseTimeout: 'Wartezeit für die Antwort (Sekunden)',
    timeoutHelp:
      'Pro Versuch: höchstens {{connectMax}} s für die Verbindung, {{responseMax}} s für die Antwort; ein Aufruf endet nach {{budget}} s, alle Versuche zusammen.',
    trustSystemCas: 'Den Zertifizierungsstellen des Systems vertrauen',
    fingerprint: 'Festgelegtes Serverzertifikat (SHA-256-Fingerabdruck, optional)',
    fingerprintHelp:
      'Ausgefüllt wird für diese Umgebung nur dieses Zertifikat angenommen, anstelle jeder Stelle (auch der des Systems). Der Verbindungstest zeigt den Fingerabdruck des Servers.',
    pinHelp:
      'Um nur die Stelle der ZDSS anzunehmen: die Stellen des Systems abwählen und unten ihr Zertifikat (PEM) laden.',
    caBundle: 'Zusätzliche Zertifizierungsstellen (PEM)',
    caBundleNone: 'Keine.',
    caBundleLoad: 'Eine PEM-Datei laden',
    caBundleRemove: 'Zusätzliche Stellen entfernen',
    caValidTo: 'gültig bis {{date}}',
    caExpired: 'abgelaufen am {{date}}',
    reset: 'Standardwerte wiederherstellen',
  },
  proxy: {
    title: 'Proxy-Server: {{environment}}',
    intro:
      'Der Tunnel des Proxys (HTTP CONNECT) sieht nur Host und Port: Das Zertifikat des ÖSHZ authentifiziert sich durchgehend bei der ZDSS.',
    mode: {
      env: 'Der dieses Rechners: die Systemeinstellungen (Windows, PAC, WPAD), sonst die Variablen HTTPS_PROXY und NO_PROXY (Standard)',
      none: 'Kein Proxy: direkte Verbindung',
      explicit: 'Dieser Proxy',
    },
    envDirect:
      'Auf diesem Rechner ergeben weder das System noch die Variablen einen Proxy: direkte Verbindung.',
    envUses: 'Auf diesem Rechner ergeben das System oder die Variablen: {{proxies}}.',
    url: 'Adresse des Proxys',
    urlHelp: 'http://Host:Port, ohne Anmeldedaten.',
    user: 'Benutzer des Proxys (optional)',
    password: 'Passwort des Proxys',
    passwordSet: 'Ein Proxy-Passwort ist gespeichert (verschlüsselt).',
    passwordNotSet: 'Kein Proxy-Passwort gespeichert.',
  },
  certificate: {
    title: 'Client-Zertifikat: {{environment}}',
    none: 'Kein Zertifikat importiert: Aufrufe dieser Umgebung sind unmöglich.',
    unreadable:
      'Das gespeicherte Zertifikat lässt sich nicht mehr öffnen (beschädigte Datei): Importieren Sie es erneut.',
    subject: 'Inhaber',
    issuer: 'Aussteller',
    serial: 'Seriennummer',
    validFrom: 'Gültig ab',
    validTo: 'Gültig bis',
    daysLeft: 'Verbleibende Tage',
    importedAt: 'Importiert am',
    cbe: 'ZDU-Nummer des Zertifikats',
    cbeMatches: 'entspricht der Organisation',
    cbeDiffers:
      'entspricht nicht der ZDU-Nummer der Organisation: die ZDSS würde die Aufrufe ablehnen',
    expiringSoon:
      'Dieses Zertifikat läuft in {{days}} Tag(en) ab: Beantragen Sie rechtzeitig ein neues.',
    expired: 'Dieses Zertifikat ist am {{date}} abgelaufen: Importieren Sie das neue Zertifikat.',
    notYetValid: 'Dieses Zertifikat ist erst ab dem {{date}} gültig.',
    file: 'Datei .p12 oder .pfx',
    passphrase: 'Passphrase der Datei',
    import: 'Zertifikat importieren',
    replace: 'Zertifikat ersetzen',
    importing: 'Wird geprüft…',
    imported: 'Zertifikat importiert und verschlüsselt gespeichert.',
    remove: 'Zertifikat löschen',
    removeTitle: 'Zertifikat löschen?',
    removeText:
      'Untersuchungen in dieser Umgebung sind unmöglich, bis ein anderes Zertifikat importiert wird.',
    removed: 'Zertifikat gelöscht.',
    chooseFile: 'Wählen Sie zuerst eine Datei.',
    unchanged: 'Das bereits gespeicherte Zertifikat wurde nicht geändert.',
    refused: {
      'empty-file': 'Die Datei ist leer.',
      'not-pkcs12': 'Diese Datei ist kein PKCS#12-Zertifikat (.p12 / .pfx).',
      'wrong-passphrase': 'Die Passphrase passt nicht zu dieser Datei.',
      'no-private-key':
        'Die Datei enthält keinen privaten Schlüssel: Verlangen Sie einen Export mit dem privaten Schlüssel.',
      'no-certificate': 'Die Datei enthält kein Zertifikat.',
      'key-mismatch': 'Der private Schlüssel der Datei gehört zu keinem ihrer Zertifikate.',
      'unsupported-format':
        'Die Datei ist in einem alten Format verschlüsselt, das die sichere Verbindung ablehnt: Exportieren Sie sie erneut (AES).',
      expired: 'Dieses Zertifikat ist am {{date}} abgelaufen.',
      'not-yet-valid': 'Dieses Zertifikat ist noch nicht gültig (ab dem {{date}}).',
      'cbe-mismatch':
        'Die ZDU-Nummer des Zertifikats ({{cbe}}) weicht von der Nummer der Organisation in den Einstellungen ab.',
    },
  },
  connection: {
    title: 'Verbindungstest',
    intro:
      'Für jeden Dienst ein TLS-Handshake mit dem Zertifikat (durch den Proxy, falls es einen gibt), dann eine leere Anfrage, die die ZDSS ablehnt: Es wird niemand abgefragt.',
    run: 'Verbindung testen',
    running: 'Test läuft…',
    url: 'Getestete Adresse',
    testedAt: 'Getestet am',
    proxy: 'Über den Proxy',
    direct: 'keiner (direkte Verbindung)',
    summary: '{{ok}} von {{total}} Dienst(en) antworten.',
    result: {
      ok: 'Verbindung erfolgreich in {{ms}} ms ({{protocol}}): Der Dienst antwortet und akzeptiert das Zertifikat.',
      dns: 'Der Name {{host}} wurde nicht gefunden (DNS): Prüfen Sie die Adresse oder das Netzwerk.',
      refused:
        'Verbindung von {{host}}:{{port}} abgelehnt: Unter dieser Adresse lauscht kein Dienst.',
      timeoutConnect:
        'Keine Antwort von {{host}}:{{port}} innerhalb von {{seconds}} s: Ist die IP-Adresse des ÖSHZ bei der ZDSS registriert (Whitelist)? Sperrt eine Firewall den Port?',
      timeoutAnswer:
        'Die Verbindung steht, aber die Antwort kam nicht innerhalb von {{seconds}} s: Versuchen Sie es später erneut.',
      serverUntrusted:
        'Das Zertifikat des Servers {{host}} wird nicht anerkannt: Fügen Sie die Zertifizierungsstelle der ZDSS hinzu oder prüfen Sie, dass kein Proxy die Verbindung abfängt.',
      tlsFailed:
        'Keine gemeinsame TLS-Version mit {{host}} (die ZDSS verlangt TLS 1.2 oder höher).',
      clientRefused:
        'Der Server {{host}} lehnt das Client-Zertifikat ab: Ist es das richtige Zertifikat für diese Umgebung, bei der ZDSS registriert?',
      clientExpiredLocal:
        'Das Client-Zertifikat ist am {{date}} abgelaufen: Es wurde kein Aufruf gemacht. Importieren Sie das neue Zertifikat.',
      clientExpiredServer:
        'Der Server hält das Client-Zertifikat für abgelaufen: Prüfen Sie auch die Uhr dieses Rechners.',
      clientNotYetValid: 'Das Client-Zertifikat ist erst ab dem {{date}} gültig.',
      clientUnusable:
        'Das Client-Zertifikat kann nicht verwendet werden (beschädigte Datei oder falsche Passphrase).',
      soapFault:
        'Die ZDSS antwortete mit einem Fehler: Teilen Sie die technischen Details dem Servicedesk der ZDSS mit.',
      httpError: 'Der Server antwortete mit dem HTTP-Fehler {{status}}: Prüfen Sie die Adresse.',
      unexpectedAnswer:
        'Die Antwort ist keine Nachricht der ZDSS (Seite eines Proxys, falsche Adresse?).',
      connectionDropped:
        'Die Verbindung wurde von {{host}} getrennt: Client-Zertifikat abgelehnt oder instabiles Netzwerk.',
      network:
        'Netzwerkfehler während des Tests: Versuchen Sie es erneut; die technischen Details sagen, was das System sah.',
      cancelled: 'Test abgebrochen.',
      wrongAddress:
        'Unter dieser Adresse antwortet kein Dienst der ZDSS: Prüfen Sie die Adresse des Dienstes.',
      proxyUnreachable:
        'Der Proxy {{proxy}} ist nicht erreichbar (gestoppt, falsche Adresse oder falscher Port).',
      proxyAuthRequired:
        'Der Proxy {{proxy}} verlangt eine Authentifizierung (407): Speichern oder prüfen Sie Benutzer und Passwort des Proxys.',
      proxyRefused:
        'Der Proxy {{proxy}} öffnet den Tunnel zur ZDSS nicht (HTTP {{status}}): Die Adresse der ZDSS muss dort freigegeben werden.',
    },
    handshake: 'TLS-Handshake',
    cipher: 'Verschlüsselung',
    server: 'Zertifikat des Servers',
    signedBy: 'Signiert von (Stelle)',
    chain: 'Vorgelegte Kette',
    fingerprint: 'SHA-256-Fingerabdruck des Servers',
    ticket: 'ZDSS-Ticket',
  },
  issue: {
    required: 'Pflichtfeld.',
    'too-long': 'Text zu lang.',
    'out-of-range': 'Wert außerhalb der zulässigen Grenzen.',
    'not-integer': 'Eine ganze Zahl wird erwartet.',
    'email-invalid': 'Ungültige E-Mail-Adresse.',
    'cbe-format': 'Nur Ziffern, Punkte und Leerzeichen sind zulässig.',
    'cbe-length': 'Eine ZDU-Nummer hat 10 Ziffern.',
    'cbe-checksum': 'Die Prüfziffern der ZDU-Nummer stimmen nicht.',
    'niss-format': 'Nur Ziffern und die Trennzeichen « . », « - » sind zulässig.',
    'niss-length': 'Eine ENSS hat 11 Ziffern.',
    'niss-checksum': 'Die Prüfziffern der ENSS stimmen nicht.',
    'niss-date': 'Das Geburtsdatum in der ENSS ist unmöglich.',
    'url-invalid': 'Ungültige Adresse.',
    'url-not-https': 'Die Adresse muss mit https:// beginnen (TLS ist Pflicht).',
    'url-has-credentials': 'Keine Anmeldedaten in der Adresse: Nutzen Sie die HTTP-Basic-Felder.',
    'url-has-query': 'Kein « ? » und kein « # » in der Basisadresse.',
    'path-invalid': 'Ungültiger Pfad: Er beginnt mit « / », ohne « .. » und ohne Leerzeichen.',
    'address-invalid':
      'Erwartet wird eine vollständige Adresse https://… oder ein Pfad, der mit « / » beginnt.',
    'proxy-url-invalid':
      'Proxy-Adresse in der Form http://Host:Port erwartet, ohne Anmeldedaten und ohne Pfad (Benutzer und Passwort haben eigene Felder).',
    'ca-bundle-invalid': 'Diese Datei enthält kein lesbares PEM-Zertifikat.',
    'ca-bundle-private-key': 'Diese Datei enthält einen privaten Schlüssel: Sie wird abgelehnt.',
    'ca-bundle-too-large': 'Datei zu groß für eine Liste von Zertifizierungsstellen.',
    'ca-bundle-required':
      'Ohne die Stellen des Systems ist eine zusätzliche Zertifizierungsstelle nötig.',
    'fingerprint-invalid':
      'SHA-256-Fingerabdruck erwartet: 64 hexadezimale Zeichen, mit oder ohne „:“ (zum Beispiel AB:CD:…).',
    'connect-timeout-too-long':
      'Höchstens {{connectMax}} Sekunden: länger heißt, die Adresse ist unerreichbar, und die Person wartet am Schalter.',
    'response-timeout-too-long':
      'Höchstens {{responseMax}} Sekunden pro Versuch: der ganze Aufruf endet ohnehin nach {{budget}} Sekunden.',
    'unknown-field': 'Unbekanntes Feld.',
    invalid: 'Ungültiger Wert.',
  },
  error: {
    invalid: 'Einige Felder sind zu korrigieren: Es wurde nichts gespeichert.',
    productionConfirmation:
      'Der Wechsel zur Produktion verlangt eine ausdrückliche Bestätigung: Es hat sich nichts geändert.',
  },
  notConfigured: {
    organisation:
      'Die Organisation (Name des ÖSHZ und ZDU-Nummer) ist für die Umgebung {{environment}} nicht eingerichtet: Ergänzen Sie die Einstellungen.',
    investigator:
      'Der Sozialarbeiter (Name, ENSS und E-Mail) ist nicht eingerichtet: Ergänzen Sie die Einstellungen.',
    certificate:
      'Für die Umgebung {{environment}} ist kein Client-Zertifikat importiert: Importieren Sie es in den Einstellungen.',
    'certificate-unreadable':
      'Das Zertifikat der Umgebung {{environment}} lässt sich nicht mehr öffnen: Importieren Sie es erneut in den Einstellungen.',
    'certificate-cbe-mismatch':
      'Die ZDU-Nummer des Zertifikats der Umgebung {{environment}} weicht von der Nummer der Organisation ab: Die ZDSS würde den Aufruf ablehnen.',
    'basic-password':
      'Die Umgebung {{environment}} verlangt ein HTTP-Basic-Passwort, das nicht gespeichert ist.',
    'proxy-password':
      'Der Proxy der Umgebung {{environment}} verlangt ein Passwort, das nicht gespeichert ist.',
  },
  warning: {
    expiring:
      'Das Zertifikat der Umgebung {{environment}} läuft in {{days}} Tag(en) ab, am {{date}}: Beantragen Sie ein neues.',
    expired:
      'Das Zertifikat der Umgebung {{environment}} ist am {{date}} abgelaufen: Kein Aufruf ist möglich, bis das neue importiert ist.',
  },
};
