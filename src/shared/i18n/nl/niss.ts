// Dutch texts of the NISS field: its kinds, what it tells, why it is invalid.
import type { Catalogue } from '../catalogue';

export const niss: Catalogue['niss'] = {
  label: 'INSZ',
  placeholder: 'JJ.MM.DD-NNN.CC',
  help: 'Rijksregisternummer of bisnummer, 11 cijfers.',
  kind: {
    national: 'Rijksregisternummer',
    bis: 'Bisnummer (register van de KSZ)',
  },
  valid: 'Geldig INSZ',
  sex: {
    M: 'man',
    F: 'vrouw',
    unknown: 'geslacht onbekend',
  },
  birth: {
    full: 'geboren op {{date}}',
    month: 'geboren in {{month}}/{{year}} (dag onbekend)',
    year: 'geboren in {{year}} (maand en dag onbekend)',
    unknown: 'geboortedatum onbekend',
  },
  invalid: {
    format: 'Alleen cijfers en de scheidingstekens ‘.’, ‘-’ en spaties zijn toegelaten.',
    length: 'Een INSZ telt 11 cijfers: {{count}} ingevuld.',
    checksum: 'De controlecijfers kloppen niet: controleer het nummer.',
    date: 'De geboortedatum in het nummer is onmogelijk.',
  },
};
