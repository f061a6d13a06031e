// French texts of the foreigner situation (ForeignerSituation): work documents and residence reasons.
export const foreigner = {
  title: 'Situation d’étranger (ForeignerSituation)',
  consulted: 'Consultée le {{date}} · ticket BCSS',
  replaced: 'Ce NISS a été remplacé : les données portent sur {{niss}}.',
  nothing:
    'Aucune carte, aucun permis ni aucune information spéciale enregistrés pour cette personne.',
  indefinite: 'durée indéterminée',
  timelineLabel: 'Cartes professionnelles et permis de travail dans le temps',
  lanes: {
    employmentCards: 'Cartes professionnelles',
    workPermits: 'Permis de travail',
  },
  columns: {
    number: 'Numéro',
    from: 'Valable à partir du',
    expiry: 'Expire le',
    closed: 'Clôturé le',
    comment: 'Remarque',
  },
  special: 'Informations spéciales',
  reason: 'Motif du séjour :',
  validity: 'Du {{from}} au {{to}}',
  reunification: 'Regroupement familial avec :',
  inquire: 'Enquêter sur cette personne',
  fictional: 'numéro fictif {{number}}',
} as const;
