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
    format: 'Écrivez la date sous la forme jj/mm/aaaa (par exemple 01/03/2025 ou 1/3/25).',
    date: 'Ce jour n’existe pas dans le calendrier : vérifiez le jour et le mois (jj/mm/aaaa).',
    inverted: 'La date de fin précède la date de début.',
  },
  summary: '{{days}} jour(s)',
  future: {
    notice: 'Toute la période est dans le futur : la BCSS n’a encore rien à en dire.',
    title: 'Période dans le futur',
    body: 'La période du {{from}} au {{to}} commence après aujourd’hui : la BCSS ne connaît encore aucune donnée pour elle. Lancer l’enquête quand même ?',
    confirm: 'Lancer quand même',
  },
} as const;
