// French texts of the demo person picker.
export const demo = {
  label: 'Personne de démonstration',
  placeholder: '— Choisir une personne fictive —',
  cases: 'Situations à lire',
  codes: 'Codes de statut et d’erreur de la BCSS',
  help: 'Choisir une personne remplit le NISS ; la période reste la vôtre.',
} as const;
