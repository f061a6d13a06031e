// German texts of the main navigation.
import type { Catalogue } from '../catalogue';

export const nav: Catalogue['nav'] = {
  label: 'Hauptnavigation',
  newInquiry: 'Neue Untersuchung',
  saved: 'Gespeicherte Untersuchungen',
  audit: 'Prüfprotokoll',
};
