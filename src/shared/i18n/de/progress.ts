// German texts of an inquiry in progress.
import type { Catalogue } from '../catalogue';

export const progress: Catalogue['progress'] = {
  title: 'Untersuchung läuft',
  cancelling: 'Wird abgebrochen…',
  budgetLeft:
    'Noch höchstens {{seconds}} s für diesen Aufruf (von {{total}} s, alle Versuche zusammen).',
};
