// Dutch texts of a saved inquiry opened offline.
import type { Catalogue } from '../catalogue';

export const offline: Catalogue['offline'] = {
  label: 'Offline kopie',
  consulted: 'Offline kopie: onderzoek geraadpleegd bij de KSZ op {{date}} om {{time}}.',
  stale:
    'De gegevens kunnen sindsdien gewijzigd zijn. Start het onderzoek opnieuw voor een actueel antwoord van de KSZ.',
  rerun: 'Onderzoek opnieuw starten',
  rerunBusy: 'Er loopt al een onderzoek: wacht tot het klaar is.',
  back: 'Bewaarde onderzoeken',
};
