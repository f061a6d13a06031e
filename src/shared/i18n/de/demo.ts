// German texts of the demo person picker.
import type { Catalogue } from '../catalogue';

export const demo: Catalogue['demo'] = {
  label: 'Demonstrationsperson',
  placeholder: '— Eine fiktive Person wählen —',
  cases: 'Fälle zum Lesen',
  codes: 'Status- und Fehlercodes der ZDSS',
  help: 'Die Wahl einer Person füllt die ENSS aus; der Zeitraum bleibt Ihrer.',
};
