// French texts of the optional person's name of an inquiry.
export const personName = {
  label: 'Nom de la personne (facultatif)',
  placeholder: 'NOM Prénom',
  help: 'Pour retrouver cette enquête plus tard parmi les enquêtes enregistrées. Le nom reste sur ce poste : il n’est pas transmis à la BCSS.',
} as const;
