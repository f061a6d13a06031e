// French texts of the first-run panel: the investigator's name and the CPAS, asked once.
export const firstRun = {
  title: 'Première utilisation : qui enquête, pour quel CPAS ?',
  intro:
    'Votre nom et votre CPAS figurent sur chaque rapport et dans le journal des consultations. La BCSS demande aussi votre NISS et votre adresse e-mail avec chaque appel. Vous pourrez les modifier dans les paramètres.',
  demoIntro:
    'Environnement de démonstration : vous pouvez passer cette étape, les rapports diront alors « non indiqué ».',
  open: 'Indiquer mon nom et mon CPAS',
  skip: 'Passer (démonstration)',
  saved: 'C’est noté : votre nom et votre CPAS figureront sur les rapports.',
} as const;
