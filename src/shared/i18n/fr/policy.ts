// French texts of the machine's policy file (CPAS IT).
export const policy = {
  locked:
    'Ce réglage est fixé par le service informatique du CPAS (fichier de politique) et ne peut pas être modifié ici.',
  managed: 'Réglages fixés par le service informatique : {{settings}}.',
  invalid:
    'Le fichier de politique {{path}} est invalide et a été ignoré entièrement. Signalez-le au service informatique.',
  settings: {
    organisation: 'organisation',
    environments: 'environnements et adresses',
    proxy: 'proxy',
    trust: 'autorités et certificats épinglés',
    retention: 'durée de conservation',
  },
} as const;
