// French texts of the inquiry's period field: presets and why it is invalid.
export const period = {
  legend: 'Période de l’enquête',
  from: 'Du',
  to: 'Au',
  presets: 'Périodes rapides',
  datePlaceholder: 'jj/mm/aaaa',
  preset: {
    last3Months: '3 derniers mois',
    last12Months: '12 derniers mois',
    currentYear: 'Année en cours',
    previousYear: 'Année précédente',
    last5Years: '5 dernières années',
  },
  invalid: {
    empty: 'Indiquez une date de début et une date de fin.',
    date: 'Cette date n’existe pas.',
    inverted: 'La date de fin précède la date de début.',
  },
  summary: '{{days}} jour(s)',
} as const;
