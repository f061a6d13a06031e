// French texts of the generic failures between the screen and the host.
export const errors = {
  invalidInput: 'La demande contient des données invalides.',
  unknownMethod: 'Opération inconnue : {{method}}.',
  unauthorized: "Accès refusé : rechargez l'application depuis le lien fourni au démarrage.",
  forbiddenOrigin: 'Requête refusée : elle ne provient pas de l’application.',
  internal: 'Erreur interne inattendue. Réessayez ; si le problème persiste, contactez le support.',
  hostUnreachable: "L'application ne répond plus. Redémarrez Inquiry Desk.",
  demoUnavailable:
    'L’environnement de démonstration n’est pas installé avec cette copie de l’application : choisissez l’environnement de test, d’acceptation ou de production dans les paramètres.',
  /** One sentence per error code (DESK_ERROR_CODES): what is said when a message has no key of its own. */
  code: {
    INVALID_INPUT: 'La demande contient des données invalides : vérifiez ce qui a été saisi.',
    UNKNOWN_METHOD:
      'Cette opération n’existe pas dans cette version de l’application : redémarrez-la.',
    UNAUTHORIZED: 'Accès refusé : rechargez l’application depuis le lien fourni au démarrage.',
    FORBIDDEN_ORIGIN: 'Requête refusée : elle ne provient pas de l’application.',
    INTERNAL:
      'Erreur interne inattendue. Réessayez ; si le problème persiste, contactez le support.',
    HOST_UNREACHABLE: 'L’application ne répond plus. Redémarrez Inquiry Desk.',
    INVALID_NISS: 'Le NISS saisi n’est pas valide : corrigez-le.',
    INVALID_PERIOD: 'La période n’est pas valide : corrigez les dates (jj/mm/aaaa).',
    BCSS_STATUS:
      'La BCSS n’a pas fourni les données demandées. Sa raison figure dans les détails techniques.',
    BCSS_FAULT:
      'La BCSS a répondu par une erreur. Réessayez plus tard ; si cela persiste, communiquez les détails techniques au support.',
    BCSS_MALFORMED:
      'La réponse de la BCSS est illisible : elle a été refusée. Réessayez plus tard.',
    TRANSPORT: 'La BCSS n’a pas pu être jointe. Vérifiez le réseau, puis réessayez.',
    CANCELLED: 'Opération annulée : rien n’a été enregistré.',
    NOT_CONFIGURED: 'Cet environnement n’est pas encore configuré : complétez les paramètres.',
    VAULT_LOCKED:
      'Le coffre chiffré ne peut pas être ouvert : rien n’est enregistré et aucun appel n’est fait.',
    VAULT_DAMAGED: 'Un fichier enregistré est endommagé : il n’a pas été lu.',
    VAULT_FULL:
      'Le disque est plein : rien n’a été enregistré, les enquêtes antérieures sont intactes.',
    NOT_FOUND: 'Ce qui est demandé n’existe plus (supprimé ou expiré).',
    SETTINGS_INVALID: 'Certains paramètres ne sont pas valides : corrigez les champs signalés.',
    CONFIRMATION_REQUIRED: 'Ce changement doit être confirmé avant d’être appliqué.',
    REPORT_FAILED: 'Le rapport n’a pas pu être produit ou enregistré. Réessayez.',
    DEMO_UNAVAILABLE:
      'L’environnement de démonstration n’est pas installé avec cette copie de l’application.',
    ENVIRONMENT_MISMATCH:
      'Cette enquête a été faite dans un autre environnement que celui qui est actif.',
    SETTING_LOCKED: 'Ce paramètre est verrouillé par le service informatique du CPAS.',
    LISTS_SERVER:
      'Le serveur des listes Nova+ n’a pas pu être consulté : la raison est indiquée ci-dessous.',
    LIST_FILE_REFUSED: 'Un fichier de liste a été refusé en entier : rien n’en a été importé.',
    LISTS_NOT_CONFIGURED:
      'Aucun serveur de listes Nova+ n’est configuré pour cet environnement : complétez les paramètres.',
  },
} as const;
