// French texts of the environments (demo, test, acceptance, production).
export const environment = {
  demo: 'Démonstration : données fictives, aucun appel à la BCSS réelle',
  test: 'Environnement de test de la BCSS',
  acceptance: "Environnement d'acceptation de la BCSS",
  production: 'Production : données réelles',
} as const;
