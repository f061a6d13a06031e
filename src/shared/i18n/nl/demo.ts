// Dutch texts of the demo person picker.
import type { Catalogue } from '../catalogue';

export const demo: Catalogue['demo'] = {
  label: 'Demonstratiepersoon',
  placeholder: '— Kies een fictieve persoon —',
  cases: 'Situaties om te lezen',
  codes: 'Status- en foutcodes van de KSZ',
  help: 'Een persoon kiezen vult het INSZ in; de periode blijft de uwe.',
};
