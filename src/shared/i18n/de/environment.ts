// German texts of the environments (demo, test, acceptance, production).
import type { Catalogue } from '../catalogue';

export const environment: Catalogue['environment'] = {
  demo: 'Demonstration: fiktive Daten, kein Aufruf der echten ZDSS',
  test: 'Testumgebung der ZDSS',
  acceptance: 'Abnahmeumgebung der ZDSS',
  production: 'Produktion: echte Daten',
};
