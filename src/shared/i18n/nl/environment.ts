// Dutch texts of the environments (demo, test, acceptance, production).
import type { Catalogue } from '../catalogue';

export const environment: Catalogue['environment'] = {
  demo: 'Demonstratie: fictieve gegevens, geen oproep naar de echte KSZ',
  test: 'Testomgeving van de KSZ',
  acceptance: 'Acceptatieomgeving van de KSZ',
  production: 'Productie: echte gegevens',
};
