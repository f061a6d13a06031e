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
    format: 'Schrijf de datum als dd/mm/jjjj (bijvoorbeeld 01/03/2025 of 1/3/25).',
    date: 'Deze dag bestaat niet in de kalender: controleer dag en maand (dd/mm/jjjj).',
    inverted: 'De einddatum ligt vóór de begindatum.',
  },
  summary: '{{days}} dag(en)',
  future: {
    notice: 'De hele periode ligt in de toekomst: de KSZ heeft er nog niets over te melden.',
    title: 'Periode in de toekomst',
    body: 'De periode van {{from}} tot {{to}} begint na vandaag: de KSZ kent er nog geen gegevens over. Het onderzoek toch starten?',
    confirm: 'Toch starten',
  },
};
