// French texts of the audit log screen and its CSV export.
export const audit = {
  title: 'Journal d’audit',
  intro:
    'Chaque appel à la BCSS, réussi ou refusé, est journalisé et chiffré sur ce poste : date et heure, utilisateur, service, NISS, contexte légal, résultat et ticket ; de même chaque export (PDF, CSV, JSON) et chaque impression d’une enquête. Exportez une période pour le conseiller en sécurité.',
  range: 'Période à exporter',
  currentMonth: 'Mois en cours',
  previousMonth: 'Mois précédent',
  export: 'Exporter en CSV',
  exporting: 'Export en cours…',
  damaged:
    '{{count}} enregistrement(s) du journal sont illisibles (endommagés) : ils ne figurent pas dans le fichier.',
  result: 'Lignes exportées : {{rows}}, dans le fichier {{file}}.',
  resultEmpty:
    'Aucun appel à la BCSS sur cette période : le fichier {{file}} ne contient que l’en-tête.',
  confidential:
    'Le fichier contient des NISS : enregistrez-le en lieu sûr et supprimez-le après usage.',
  // The audit CSV: its column headers and the words for what each entry records.
  csv: {
    header: {
      at: 'Date et heure',
      osUser: 'Utilisateur du poste',
      investigator: 'Enquêteur',
      service: 'Service',
      niss: 'NISS',
      legalContext: 'Contexte légal',
      environment: 'Environnement',
      outcome: 'Résultat',
      ticketCBSS: 'Ticket BCSS',
      action: 'Action',
    },
    action: {
      'bcss-call': 'Appel BCSS',
      'export-pdf': 'Export PDF',
      'export-csv': 'Export CSV',
      'export-json': 'Export JSON',
      print: 'Impression',
      'lists-fetch': 'Récupération des listes Nova+',
      'lists-import': 'Import de listes Nova+',
      rename: 'Nom de la personne modifié',
    },
  },
} as const;
