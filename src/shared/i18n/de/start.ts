// German texts of the start screen of a new inquiry.
import type { Catalogue } from '../catalogue';

export const start: Catalogue['start'] = {
  title: 'Neue Sozialuntersuchung',
  intro: 'Geben Sie die ENSS der Person und den Zeitraum der Untersuchung ein.',
  submit: 'Untersuchung starten',
  submitDisabled: 'Geben Sie eine gültige ENSS und einen korrekten Zeitraum ein, um zu beginnen.',
};
