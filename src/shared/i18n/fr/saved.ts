// French texts of the saved inquiries screen.
export const saved = {
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
  rename: {
    button: 'Nom…',
    label: 'Ajouter ou corriger le nom de {{who}}',
    field: 'Nom de la personne',
    help: 'Laissez vide pour reprendre le nom du registre national, s’il a été consulté.',
    save: 'Enregistrer le nom',
    done: 'Nom enregistré.',
  },
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
} as const;
