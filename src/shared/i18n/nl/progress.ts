// Dutch texts of an inquiry in progress.
import type { Catalogue } from '../catalogue';

export const progress: Catalogue['progress'] = {
  title: 'Onderzoek bezig',
  cancelling: 'Annuleren…',
  budgetLeft:
    'Nog hoogstens {{seconds}} s voor deze oproep (van {{total}} s, alle pogingen samen).',
};
