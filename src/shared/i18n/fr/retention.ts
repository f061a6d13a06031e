// French texts of the retention period of saved inquiries.
export const retention = {
  title: 'Durée de conservation',
  summary:
    'Les enquêtes sont conservées {{days}} jour(s) ; prochaine purge le {{date}} à {{time}}.',
  summaryNoDate: 'Les enquêtes sont conservées {{days}} jour(s).',
  paused:
    'Les purges automatiques sont suspendues : le réglage enregistré est illisible. Enregistrez à nouveau la durée pour les reprendre.',
  label: 'Conserver les enquêtes (en jours)',
  help: 'De 1 à 3650 jours, comptés depuis la consultation. À la purge suivante, les enquêtes plus anciennes sont supprimées ; le journal d’audit n’est pas concerné.',
  invalid: 'Indiquez un nombre entier de jours, de 1 à 3650.',
  save: 'Enregistrer la durée',
  saved: 'Nouvelle durée de conservation enregistrée.',
} as const;
