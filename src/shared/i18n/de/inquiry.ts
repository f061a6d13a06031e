// German texts of running an inquiry: progress steps and every BCSS or network outcome.
import type { Catalogue } from '../catalogue';

export const inquiry: Catalogue['inquiry'] = {
  running: 'Abfrage der ZDSS…',
  cancel: 'Abbrechen',
  attempt: 'neuer Versuch ({{attempt}})',
  step: {
    validating: 'Prüfung der Anfrage',
    socialInquiry: 'Aufruf des Dienstes Sozialuntersuchung (ÖPD SE) über die ZDSS',
    attestations: 'Ergänzungen über ListOfAttestation (PIIS, Freistellungen, Prämien)',
    normalising: 'Aufbereitung der Zeitleisten',
    done: 'Fertig',
  },
  error: {
    invalidNiss: 'Die eingegebene ENSS ist ungültig: Bitte korrigieren Sie sie vor dem Start.',
    invalidPeriod: 'Der Zeitraum ist leer oder umgekehrt: Bitte korrigieren Sie ihn vor dem Start.',
    cancelled: 'Untersuchung abgebrochen: Es wurde nichts gespeichert.',
    otherEnvironment:
      'Diese Untersuchung wurde in der Umgebung {{environment}} durchgeführt: Wählen Sie sie in den Einstellungen, um den fehlenden Teil erneut abzufragen.',
    malformed:
      'Die Antwort der ZDSS ist unlesbar oder gefährlich (ungültiges oder abgeschnittenes XML, Entitäten, fremde Elemente oder jenseits der Grenzen einer echten Antwort): Sie wurde abgelehnt. Versuchen Sie es später erneut.',
    http: 'Die ZDSS antwortete mit einem HTTP-Fehler {{status}} ohne Erklärung. Versuchen Sie es später erneut.',
    status: {
      MSG00005:
        'Diese ENSS existiert nicht im Register. Prüfen Sie die Nummer oder suchen Sie die Person nach Namen.',
      MSG00006:
        'Diese ENSS wurde durch {{newSsin}} ersetzt: Starten Sie die Untersuchung mit der neuen Nummer.',
      MSG00007: 'Diese ENSS wurde annulliert. Suchen Sie die aktuelle Nummer der Person.',
      MSG00008: 'Die ZDSS hält die Anfrage für ungültig (falsche Daten). Prüfen Sie den Zeitraum.',
      MSG00009: 'Die Person ist verstorben (am {{deceiseDate}}): Es werden keine Daten geliefert.',
      MSG00011: 'Die Struktur der ENSS wird von der ZDSS abgelehnt.',
      MSG00012:
        'Die Person ist für Ihr ÖSHZ nicht integriert: Schreiben Sie sie zuerst im sektoriellen Verzeichnis ein (ManageAccess) und starten Sie dann erneut.',
      MSG00013:
        'Vorgang mit diesem rechtlichen Kontext und diesen Zugängen nicht erlaubt: Wenden Sie sich an den Sicherheitsberater Ihres ÖSHZ.',
      MSG00014:
        'Das verwendete Zertifikat gehört nicht zum ÖSHZ (ZUD-Nummer) aus den Einstellungen: Prüfen Sie das Zertifikat und die ZUD-Nummer.',
      REG00004: 'Diese Nummer ist eine BIS-Nummer: Dieser Dienst nimmt sie nicht an.',
      REG00101: 'Ihr ÖSHZ ist für einen Teil der angefragten Daten nicht berechtigt.',
      unknown:
        'Die ZDSS hat die angefragten Daten nicht geliefert. Ihren Grund finden Sie in den technischen Details: Geben Sie diese mit dem Ticket an den Support weiter.',
    },
    fault: {
      server:
        'Die ZDSS oder der Dienst des ÖPD SE ist vorübergehend nicht verfügbar. Versuchen Sie es in einigen Minuten erneut.',
      client:
        'Die ZDSS hat die Anfrage abgelehnt. Wenden Sie sich mit dem Ticket an den Support (siehe technische Details).',
      MSG00015:
        'Zugriff durch die Sicherheitsrichtlinie der ZDSS verweigert: Prüfen Sie Zertifikat und Berechtigungen.',
      MSG00016: 'Vorgang für diesen Benutzer abgelehnt: Prüfen Sie die Berechtigungen des ÖSHZ.',
    },
    transport: {
      dns: 'Adresse der ZDSS nicht gefunden (DNS): Prüfen Sie das Netzwerk oder die eingestellte Adresse.',
      refused:
        'Die Verbindung zur ZDSS wurde abgelehnt: Der Dienst läuft nicht oder die Adresse ist falsch.',
      timeout:
        'Die ZDSS antwortet nicht rechtzeitig. Hält das an, ist die IP-Adresse des ÖSHZ bei der ZDSS vielleicht nicht freigeschaltet.',
      timeBudget:
        'Die ZDSS hat nicht innerhalb von {{seconds}} Sekunden geantwortet, alle Versuche zusammen: der Aufruf wurde abgebrochen. Versuchen Sie es später erneut; wiederholt es sich, benachrichtigen Sie die IT-Abteilung.',
      tlsProtocol:
        'Der Server bietet nur eine veraltete Version der sicheren Verbindung an (die ZDSS verlangt TLS 1.2 oder höher): Es ist vielleicht nicht die ZDSS. Ihm wurde nichts gesendet.',
      tlsRefused:
        'Die ZDSS hat die gesicherte Verbindung abgelehnt: Das Zertifikat des ÖSHZ wird nicht angenommen.',
      clientCertificateExpired:
        'Das Zertifikat des ÖSHZ ist abgelaufen oder noch nicht gültig: Importieren Sie ein gültiges Zertifikat.',
      clientCertificateUnusable:
        'Das Zertifikat des ÖSHZ kann nicht verwendet werden (beschädigte Datei oder falsche Passphrase).',
      serverUntrusted:
        'Dem Zertifikat des Servers wird nicht vertraut: Es ist vielleicht nicht die ZDSS.',
      serverPinMismatch:
        'Der Server hat ein anderes Zertifikat vorgelegt als das für diese Umgebung festgelegte: ihm wurde nichts gesendet. Es ist vielleicht nicht die ZDSS; benachrichtigen Sie die IT-Abteilung.',
      connectionDropped:
        'Die Verbindung wurde während des Austauschs unterbrochen. Versuchen Sie es erneut.',
      oversize: 'Die Antwort überschreitet die zulässige Größe: Sie wurde abgelehnt.',
      network: 'Netzwerkfehler beim Aufruf der ZDSS. Versuchen Sie es erneut.',
      proxyUnreachable:
        'Der Proxy {{proxy}} ist nicht erreichbar (gestoppt, falsche Adresse oder falscher Port): Es wurde nichts an die ZDSS gesendet. Prüfen Sie den Proxy in den Einstellungen oder mit der IT-Abteilung.',
      proxyAuthRequired:
        'Der Proxy {{proxy}} verlangt eine Authentifizierung (407): Speichern oder prüfen Sie Benutzer und Passwort des Proxys in den Einstellungen.',
      proxyRefused:
        'Der Proxy {{proxy}} hat die Verbindung zur ZDSS abgelehnt (HTTP {{status}}): Die IT-Abteilung muss die Adresse der ZDSS am Proxy freigeben.',
    },
  },
};
