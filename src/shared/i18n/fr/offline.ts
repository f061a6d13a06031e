// French texts of a saved inquiry opened offline.
export const offline = {
  label: 'Copie hors ligne',
  consulted: 'Copie hors ligne : enquête consultée à la BCSS le {{date}} à {{time}}.',
  stale:
    'Les données ont pu changer depuis. Relancez l’enquête pour obtenir une réponse à jour de la BCSS.',
  rerun: 'Relancer l’enquête',
  rerunBusy: 'Une enquête est déjà en cours : attendez qu’elle se termine.',
  back: 'Enquêtes enregistrées',
} as const;
