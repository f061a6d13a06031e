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
    format: 'Schreiben Sie das Datum als TT/MM/JJJJ (zum Beispiel 01/03/2025 oder 1/3/25).',
    date: 'Diesen Tag gibt es im Kalender nicht: Prüfen Sie Tag und Monat (TT/MM/JJJJ).',
    inverted: 'Das Enddatum liegt vor dem Anfangsdatum.',
  },
  summary: '{{days}} Tag(e)',
  future: {
    notice: 'Der ganze Zeitraum liegt in der Zukunft: Die ZDSS hat dazu noch nichts zu melden.',
    title: 'Zeitraum in der Zukunft',
    body: 'Der Zeitraum vom {{from}} bis zum {{to}} beginnt nach dem heutigen Tag: Die ZDSS kennt dafür noch keine Daten. Die Untersuchung trotzdem starten?',
    confirm: 'Trotzdem starten',
  },
};
