// French texts of the NISS field: its kinds, what it tells, why it is invalid.
export const niss = {
  label: 'NISS',
  placeholder: 'AA.MM.JJ-NNN.CC',
  help: 'Numéro de registre national ou numéro BIS, 11 chiffres.',
  kind: {
    national: 'Numéro de registre national',
    bis: 'Numéro BIS (registre de la BCSS)',
  },
  valid: 'NISS valide',
  sex: {
    M: 'homme',
    F: 'femme',
    unknown: 'sexe inconnu',
  },
  birth: {
    full: 'né(e) le {{date}}',
    month: 'né(e) en {{month}}/{{year}} (jour inconnu)',
    year: 'né(e) en {{year}} (mois et jour inconnus)',
    unknown: 'date de naissance inconnue',
  },
  invalid: {
    format: 'Seuls des chiffres et les séparateurs « . », « - » et espaces sont admis.',
    length: 'Un NISS compte 11 chiffres : {{count}} saisi(s).',
    checksum: 'Les chiffres de contrôle ne correspondent pas : vérifiez le numéro.',
    date: 'La date de naissance contenue dans le numéro est impossible.',
  },
} as const;
