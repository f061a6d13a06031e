// German texts of the NISS field: its kinds, what it tells, why it is invalid.
import type { Catalogue } from '../catalogue';

export const niss: Catalogue['niss'] = {
  label: 'ENSS',
  placeholder: 'JJ.MM.TT-NNN.KK',
  help: 'Nationalregisternummer oder BIS-Nummer, 11 Ziffern.',
  kind: {
    national: 'Nationalregisternummer',
    bis: 'BIS-Nummer (Register der ZDSS)',
  },
  valid: 'Gültige ENSS',
  sex: {
    M: 'männlich',
    F: 'weiblich',
    unknown: 'Geschlecht unbekannt',
  },
  birth: {
    full: 'geboren am {{date}}',
    month: 'geboren im {{month}}/{{year}} (Tag unbekannt)',
    year: 'geboren {{year}} (Monat und Tag unbekannt)',
    unknown: 'Geburtsdatum unbekannt',
  },
  invalid: {
    format: 'Nur Ziffern und die Trennzeichen „.“, „-“ und Leerzeichen sind erlaubt.',
    length: 'Eine ENSS hat 11 Ziffern: {{count}} eingegeben.',
    checksum: 'Die Prüfziffern stimmen nicht: Bitte prüfen Sie die Nummer.',
    date: 'Das Geburtsdatum in der Nummer ist unmöglich.',
  },
};
