// German texts of the inquiry's period field: presets and why it is invalid.
import type { Catalogue } from '../catalogue';

export const period: Catalogue['period'] = {
  legend: 'Zeitraum der Untersuchung',
  from: 'Vom',
  to: 'Bis',
  presets: 'Schnellauswahl',
  datePlaceholder: 'TT/MM/JJJJ',
  preset: {
    last3Months: 'Letzte 3 Monate',
    last12Months: 'Letzte 12 Monate',
    currentYear: 'Laufendes Jahr',
    previousYear: 'Vorjahr',
    last5Years: 'Letzte 5 Jahre',
  },
  invalid: {
    empty: 'Geben Sie ein Anfangs- und ein Enddatum ein.',
    date: 'Dieses Datum existiert nicht.',
    inverted: 'Das Enddatum liegt vor dem Anfangsdatum.',
  },
  summary: '{{days}} Tag(e)',
};
