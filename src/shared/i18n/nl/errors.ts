// Dutch texts of the generic failures between the screen and the host.
import type { Catalogue } from '../catalogue';

export const errors: Catalogue['errors'] = {
  invalidInput: 'Het verzoek bevat ongeldige gegevens.',
  unknownMethod: 'Onbekende bewerking: {{method}}.',
  unauthorized:
    'Toegang geweigerd: herlaad de toepassing via de link die bij het opstarten werd gegeven.',
  forbiddenOrigin: 'Verzoek geweigerd: het komt niet van de toepassing.',
  internal:
    'Onverwachte interne fout. Probeer opnieuw; blijft het probleem, contacteer de support.',
  hostUnreachable: 'De toepassing reageert niet meer. Start Inquiry Desk opnieuw.',
  demoUnavailable:
    'De demonstratieomgeving is niet geïnstalleerd met deze kopie van de toepassing: kies de test-, acceptatie- of productieomgeving in de instellingen.',
  /** One sentence per error code (DESK_ERROR_CODES): what is said when a message has no key of its own. */
  code: {
    INVALID_INPUT: 'Het verzoek bevat ongeldige gegevens: controleer wat werd ingevuld.',
    UNKNOWN_METHOD:
      'Deze bewerking bestaat niet in deze versie van de toepassing: start ze opnieuw.',
    UNAUTHORIZED:
      'Toegang geweigerd: herlaad de toepassing via de link die bij het opstarten werd gegeven.',
    FORBIDDEN_ORIGIN: 'Verzoek geweigerd: het komt niet van de toepassing.',
    INTERNAL:
      'Onverwachte interne fout. Probeer opnieuw; blijft het probleem, contacteer de support.',
    HOST_UNREACHABLE: 'De toepassing reageert niet meer. Start Inquiry Desk opnieuw.',
    INVALID_NISS: 'Het ingevulde INSZ is niet geldig: verbeter het.',
    INVALID_PERIOD: 'De periode is niet geldig: verbeter de datums (dd/mm/jjjj).',
    BCSS_STATUS:
      'De KSZ heeft de gevraagde gegevens niet geleverd. Haar reden staat in de technische details.',
    BCSS_FAULT:
      'De KSZ antwoordde met een fout. Probeer later opnieuw; blijft het, geef de technische details door aan de support.',
    BCSS_MALFORMED:
      'Het antwoord van de KSZ is onleesbaar: het werd geweigerd. Probeer later opnieuw.',
    TRANSPORT: 'De KSZ kon niet bereikt worden. Controleer het netwerk en probeer opnieuw.',
    CANCELLED: 'Bewerking geannuleerd: er werd niets bewaard.',
    NOT_CONFIGURED: 'Deze omgeving is nog niet ingesteld: vul de instellingen aan.',
    VAULT_LOCKED:
      'De versleutelde kluis kan niet geopend worden: er wordt niets bewaard en geen enkele oproep gedaan.',
    VAULT_DAMAGED: 'Een bewaard bestand is beschadigd: het werd niet gelezen.',
    VAULT_FULL: 'De schijf is vol: er werd niets bewaard, de vorige onderzoeken zijn intact.',
    NOT_FOUND: 'Wat gevraagd wordt bestaat niet meer (verwijderd of verlopen).',
    SETTINGS_INVALID: 'Sommige instellingen zijn niet geldig: verbeter de aangeduide velden.',
    CONFIRMATION_REQUIRED: 'Deze wijziging moet eerst bevestigd worden.',
    REPORT_FAILED: 'Het verslag kon niet gemaakt of bewaard worden. Probeer opnieuw.',
    DEMO_UNAVAILABLE:
      'De demonstratieomgeving is niet geïnstalleerd met deze kopie van de toepassing.',
    ENVIRONMENT_MISMATCH: 'Dit onderzoek werd in een andere omgeving gedaan dan de actieve.',
    SETTING_LOCKED: 'Deze instelling is vergrendeld door de informaticadienst van het OCMW.',
    LISTS_SERVER:
      'De server van de Nova+-lijsten kon niet worden geraadpleegd: de reden staat hieronder.',
    LIST_FILE_REFUSED: 'Een lijstbestand is volledig geweigerd: er is niets uit geïmporteerd.',
    LISTS_NOT_CONFIGURED:
      'Voor deze omgeving is geen server van Nova+-lijsten ingesteld: vul de instellingen aan.',
  },
};
