// Dutch texts of the vault's failures.
import type { Catalogue } from '../catalogue';

export const vault: Catalogue['vault'] = {
  error: {
    locked:
      'De versleutelde kluis kan niet geopend worden ({{reason}}): er wordt niets bewaard en geen enkele oproep naar de KSZ gedaan, want elke oproep moet gelogd worden.',
    damaged:
      'Het bestand {{file}} is beschadigd (integriteitscontrole mislukt): het kan niet geopend worden. De andere onderzoeken zijn niet getroffen.',
    full: 'De schijf is vol: het onderzoek kon niet bewaard worden. Niets van wat bewaard was, is verloren; maak ruimte vrij en probeer opnieuw.',
    notFound: 'Dit bewaarde onderzoek bestaat niet meer (verwijderd of opgeschoond).',
  },
};
