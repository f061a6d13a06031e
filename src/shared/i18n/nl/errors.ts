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
};
