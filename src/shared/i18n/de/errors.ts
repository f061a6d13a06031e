// German texts of the generic failures between the screen and the host.
import type { Catalogue } from '../catalogue';

export const errors: Catalogue['errors'] = {
  invalidInput: 'Die Anfrage enthält ungültige Daten.',
  unknownMethod: 'Unbekannter Vorgang: {{method}}.',
  unauthorized:
    'Zugriff verweigert: Laden Sie die Anwendung über den beim Start angezeigten Link neu.',
  forbiddenOrigin: 'Anfrage abgelehnt: Sie stammt nicht von der Anwendung.',
  internal:
    'Unerwarteter interner Fehler. Versuchen Sie es erneut; besteht das Problem weiter, wenden Sie sich an den Support.',
  hostUnreachable: 'Die Anwendung antwortet nicht mehr. Starten Sie Inquiry Desk neu.',
  demoUnavailable:
    'Die Demonstrationsumgebung ist in dieser Installation der Anwendung nicht enthalten: Wählen Sie in den Einstellungen die Test-, Abnahme- oder Produktionsumgebung.',
  /** One sentence per error code (DESK_ERROR_CODES): what is said when a message has no key of its own. */
  code: {
    INVALID_INPUT: 'Die Anfrage enthält ungültige Daten: Prüfen Sie Ihre Eingaben.',
    UNKNOWN_METHOD:
      'Diesen Vorgang gibt es in dieser Version der Anwendung nicht: Starten Sie sie neu.',
    UNAUTHORIZED:
      'Zugriff verweigert: Laden Sie die Anwendung über den beim Start angezeigten Link neu.',
    FORBIDDEN_ORIGIN: 'Anfrage abgelehnt: Sie stammt nicht von der Anwendung.',
    INTERNAL:
      'Unerwarteter interner Fehler. Versuchen Sie es erneut; besteht das Problem weiter, wenden Sie sich an den Support.',
    HOST_UNREACHABLE: 'Die Anwendung antwortet nicht mehr. Starten Sie Inquiry Desk neu.',
    INVALID_NISS: 'Die eingegebene ENSS ist ungültig: Korrigieren Sie sie.',
    INVALID_PERIOD: 'Der Zeitraum ist ungültig: Korrigieren Sie die Daten (TT/MM/JJJJ).',
    BCSS_STATUS:
      'Die ZDSS hat die angefragten Daten nicht geliefert. Ihren Grund finden Sie in den technischen Details.',
    BCSS_FAULT:
      'Die ZDSS antwortete mit einem Fehler. Versuchen Sie es später erneut; besteht er weiter, geben Sie die technischen Details an den Support.',
    BCSS_MALFORMED:
      'Die Antwort der ZDSS ist unlesbar: Sie wurde abgelehnt. Versuchen Sie es später erneut.',
    TRANSPORT:
      'Die ZDSS war nicht erreichbar. Prüfen Sie das Netzwerk und versuchen Sie es erneut.',
    CANCELLED: 'Vorgang abgebrochen: Es wurde nichts gespeichert.',
    NOT_CONFIGURED:
      'Diese Umgebung ist noch nicht eingerichtet: Vervollständigen Sie die Einstellungen.',
    VAULT_LOCKED:
      'Der verschlüsselte Speicher kann nicht geöffnet werden: Es wird nichts gespeichert und kein Aufruf gemacht.',
    VAULT_DAMAGED: 'Eine gespeicherte Datei ist beschädigt: Sie wurde nicht gelesen.',
    VAULT_FULL:
      'Die Festplatte ist voll: Es wurde nichts gespeichert, frühere Untersuchungen sind unversehrt.',
    NOT_FOUND: 'Das Angefragte gibt es nicht mehr (gelöscht oder abgelaufen).',
    SETTINGS_INVALID: 'Einige Einstellungen sind ungültig: Korrigieren Sie die markierten Felder.',
    CONFIRMATION_REQUIRED: 'Diese Änderung muss zuerst bestätigt werden.',
    REPORT_FAILED:
      'Der Bericht konnte nicht erstellt oder gespeichert werden. Versuchen Sie es erneut.',
    DEMO_UNAVAILABLE:
      'Die Demonstrationsumgebung ist in dieser Installation der Anwendung nicht enthalten.',
    ENVIRONMENT_MISMATCH:
      'Diese Untersuchung wurde in einer anderen als der aktiven Umgebung gemacht.',
    SETTING_LOCKED: 'Diese Einstellung ist von der Informatikabteilung des ÖSHZ gesperrt.',
    LISTS_SERVER:
      'Der Server der Nova+-Listen konnte nicht abgefragt werden: Der Grund steht unten.',
    LIST_FILE_REFUSED:
      'Eine Listendatei wurde vollständig abgelehnt: Nichts daraus wurde importiert.',
    LISTS_NOT_CONFIGURED:
      'Für diese Umgebung ist kein Server für Nova+-Listen eingerichtet: Ergänzen Sie die Einstellungen.',
  },
};
