// Dutch texts of the main navigation.
import type { Catalogue } from '../catalogue';

export const nav: Catalogue['nav'] = {
  label: 'Hoofdnavigatie',
  newInquiry: 'Nieuw onderzoek',
  saved: 'Bewaarde onderzoeken',
  audit: 'Auditlogboek',
};
