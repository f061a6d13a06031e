// German texts of the optional person's name of an inquiry.
import type { Catalogue } from '../catalogue';

export const personName: Catalogue['personName'] = {
  label: 'Name der Person (optional)',
  placeholder: 'NACHNAME Vorname',
  help: 'Damit Sie diese Untersuchung später unter den gespeicherten Untersuchungen wiederfinden. Der Name bleibt auf diesem Arbeitsplatz: Er wird nicht an die ZDSS übermittelt.',
};
