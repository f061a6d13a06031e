// French texts of the app's other screens: navigation, saved inquiries, audit log.
export const screensFr = {
  nav: {
    label: 'Navigation principale',
    newInquiry: 'Nouvelle enquête',
    saved: 'Enquêtes enregistrées',
    audit: 'Journal d’audit',
  },
  personName: {
    label: 'Nom de la personne (facultatif)',
    placeholder: 'NOM Prénom',
    help: 'Pour retrouver cette enquête plus tard parmi les enquêtes enregistrées. Le nom reste sur ce poste : il n’est pas transmis à la BCSS.',
  },
  saved: {
    title: 'Enquêtes enregistrées',
    intro:
      'Chaque enquête réussie est enregistrée, chiffrée, sur ce poste. Rouvrez-la ici telle qu’elle a été reçue, même sans accès à la BCSS.',
    loading: 'Chargement des enquêtes enregistrées…',
    count: 'Enquêtes enregistrées : {{count}}',
    matches: 'Trouvées : {{count}} sur {{total}}',
    search: {
      label: 'Rechercher',
      placeholder: 'NISS ou nom',
      help: 'Un NISS avec ou sans points ni tirets, même partiel (87.04 ou 8704), ou le nom de la personne.',
    },
    empty: 'Aucune enquête enregistrée pour le moment : les enquêtes réussies apparaîtront ici.',
    noMatch: 'Aucune enquête enregistrée ne correspond à « {{search}} ».',
    column: {
      person: 'Personne',
      niss: 'NISS',
      period: 'Période',
      consultedAt: 'Consultée le',
      environment: 'Environnement',
      actions: 'Actions',
    },
    noName: 'nom non indiqué',
    requested: 'demandé : {{niss}}',
    noData: 'aucune donnée',
    damagedRow: 'fichier illisible',
    open: 'Ouvrir',
    openLabel: 'Ouvrir l’enquête de {{who}}',
    delete: 'Supprimer',
    deleteLabel: 'Supprimer l’enquête de {{who}}',
    deleteAll: 'Tout supprimer',
    confirmDelete: {
      title: 'Supprimer cette enquête enregistrée ?',
      body: 'L’enquête de {{who}}, consultée le {{date}}, sera supprimée de ce poste. Cette suppression est définitive ; le journal d’audit garde la trace de l’appel.',
      yes: 'Supprimer',
    },
    confirmDeleteAll: {
      title: 'Supprimer toutes les enquêtes enregistrées ?',
      body: 'Toutes les enquêtes enregistrées sur ce poste ({{count}}) seront supprimées. Cette suppression est définitive ; le journal d’audit est conservé.',
      damaged: 'Les fichiers illisibles ({{count}}) seront supprimés eux aussi.',
      yes: 'Tout supprimer',
    },
    deleted: 'L’enquête a été supprimée.',
    deletedAll: 'Enquêtes supprimées : {{count}}.',
    damaged: {
      title: 'Fichiers illisibles : {{count}}',
      body: 'Ces fichiers du coffre ont échoué au contrôle d’intégrité : ils ne peuvent pas être ouverts, et la liste montre donc moins d’enquêtes qu’il n’en a été enregistré. Les autres enquêtes ne sont pas touchées.',
    },
    indexRepaired:
      'L’index des enquêtes enregistrées était illisible : il a été reconstruit au démarrage à partir des fichiers.',
    keyFile:
      'Dans ce mode (hôte navigateur), la clé du coffre est protégée par un fichier de clé réservé à votre compte sur ce poste. C’est moins solide que l’application de bureau, où le système d’exploitation protège la clé : préférez-la pour un usage réel.',
    opening: 'Ouverture de l’enquête enregistrée…',
    back: 'Retour à la liste',
  },
  offline: {
    label: 'Copie hors ligne',
    consulted: 'Copie hors ligne : enquête consultée à la BCSS le {{date}} à {{time}}.',
    stale:
      'Les données ont pu changer depuis. Relancez l’enquête pour obtenir une réponse à jour de la BCSS.',
    rerun: 'Relancer l’enquête',
    rerunBusy: 'Une enquête est déjà en cours : attendez qu’elle se termine.',
    back: 'Enquêtes enregistrées',
  },
  retention: {
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
  },
  audit: {
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
  },
  confirm: {
    cancel: 'Annuler',
  },
  vaultLock: {
    'encryption-unavailable': 'le chiffrement du système n’est pas disponible',
    'insecure-backend': 'le trousseau du système n’offre pas de protection sûre',
    'backend-changed': 'la protection du système a changé depuis la création du coffre',
    'box-changed': 'le coffre a été créé avec un autre mode de protection',
    'key-missing': 'la clé du coffre a disparu alors que des données existent',
    'key-unreadable': 'la clé du coffre est illisible',
    'key-file-exposed': 'le fichier de clé est lisible par d’autres utilisateurs',
  },
} as const;
