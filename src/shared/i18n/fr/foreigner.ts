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
  /** Seed 002: the card and permit data are not the authentic source. */
  notAuthentic:
    'Pas de source authentique : depuis le 1er janvier 2015, les Régions délivrent les cartes professionnelles et les permis de travail, et le Registre national ne les enregistre que lorsque la commune en est informée. Ces données peuvent donc être incomplètes ou dépassées : vérifiez auprès de la Région.',
} as const;
