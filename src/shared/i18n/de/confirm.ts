// German texts of confirmation dialogs.
import type { Catalogue } from '../catalogue';

export const confirm: Catalogue['confirm'] = {
  cancel: 'Abbrechen',
};
