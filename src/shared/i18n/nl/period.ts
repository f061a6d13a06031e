// Dutch texts of the inquiry's period field: presets and why it is invalid.
import type { Catalogue } from '../catalogue';

export const period: Catalogue['period'] = {
  legend: 'Periode van het onderzoek',
  from: 'Van',
  to: 'Tot',
  presets: 'Snelle keuze',
  datePlaceholder: 'dd/mm/jjjj',
  preset: {
    last3Months: 'Laatste 3 maanden',
    last12Months: 'Laatste 12 maanden',
    currentYear: 'Lopend jaar',
    previousYear: 'Vorig jaar',
    last5Years: 'Laatste 5 jaar',
  },
  invalid: {
    empty: 'Vul een begin- en een einddatum in.',
    date: 'Deze datum bestaat niet.',
    inverted: 'De einddatum ligt vóór de begindatum.',
  },
  summary: '{{days}} dag(en)',
};
