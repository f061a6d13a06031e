// French texts of the facts shown with a BCSS failure.
export const errorInfo = {
  bcssCode: 'Code BCSS',
  ticket: 'Ticket BCSS',
  description: 'Message de la BCSS',
  finalNiss: 'NISS final',
  technical: 'Détails techniques (pour le support)',
  appCode: 'Code de l’application',
  diagnosis: 'Diagnostic',
  detail: 'Détail du système',
  unknown: 'Erreur inattendue. Réessayez ; si le problème persiste, contactez le support.',
} as const;
