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
};
