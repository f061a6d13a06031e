// German texts of the language switch.
import type { Catalogue } from '../catalogue';

export const language: Catalogue['language'] = {
  label: 'Sprache',
  fr: 'Français',
  nl: 'Nederlands',
  de: 'Deutsch',
};
