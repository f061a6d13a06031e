// French texts of the Nova+ lists: the Lists screen, the list server, fetch and import, badges and events.
export const lists = {
  nav: 'Listes Nova+',
  title: 'Listes Nova+ du SPP IS',
  intro:
    'Les listes que le SPP IS publie pour votre CPAS : changements de statut et blocages (chaque jour), états mensuels et rejets (chaque mois).',
  tabs: {
    label: 'Listes',
    status: 'Changements de statut',
    blocking: 'Blocages et déblocages',
    statement: 'États mensuels',
    rejection: 'Rejets',
  },
  columns: {
    date: 'Date',
    month: 'Mois',
    niss: 'NISS',
    legalBasis: 'Base légale',
    dossier: 'Dossier du CPAS',
    formReference: 'Formulaire',
    action: 'Action',
    reason: 'Motif',
    otherCpas: 'Autre CPAS',
    previousStatus: 'Statut précédent',
    newStatus: 'Nouveau statut',
    due: 'Dû',
    recovered: 'Récupéré',
    codes: 'Codes erreur',
    code: 'Code erreur',
    label: 'Signification',
    count: 'Nombre',
  },
  sortBy: 'Trier par {{column}}',
  filter: {
    text: 'Rechercher (NISS, dossier, formulaire, code)',
    legalBasis: 'Base légale',
    all: 'Toutes les bases légales',
    from: 'Depuis',
    to: 'Jusqu’au',
  },
  rowsShown: '{{shown}} lignes affichées sur {{total}}',
  more: 'Afficher plus de lignes',
  empty: 'Aucune ligne ne correspond.',
  noFiles: 'Aucune liste importée pour l’instant.',
  legalBasis: {
    RIS: 'Revenu d’intégration (loi du 26 mai 2002)',
    LOI65: 'Loi du 2 avril 1965',
    ORGANIC: 'Loi organique des CPAS',
  },
  action: { BLOCK: 'Blocage', UNBLOCK: 'Déblocage' },
  reason: { OVERLAP: 'Chevauchement', A_POSTERIORI: 'Contrôle a posteriori' },
  statements: {
    totalsTitle: 'Totaux par mois et par base légale',
    chartTitle: 'Dû et récupéré sur les 12 derniers mois',
    chartDescription:
      'Graphique en barres : pour chaque mois, le montant dû et le montant récupéré. Les mêmes chiffres sont dans le tableau des totaux.',
    due: 'Dû',
    recovered: 'Récupéré',
    total: 'Total',
  },
  rejections: {
    month: 'Mois',
    frequencyTitle: 'Fréquence des codes erreur',
    chartTitle: 'Codes erreur du mois, du plus fréquent au moins fréquent',
    unknownCode: 'Code inconnu de l’application',
  },
  errorCodes: {
    E101: 'NISS inconnu du Registre national',
    E102: 'Le CPAS n’est pas compétent pour cette personne',
    E201: 'Chevauchement avec un formulaire d’un autre CPAS',
    E202: 'Période en dehors du droit',
    E301: 'Montant supérieur au taux légal',
    E302: 'Formulaire reçu hors délai',
    E401: 'Date de décision manquante',
    E402: 'Catégorie de bénéficiaire incohérente avec le ménage',
  },
  server: {
    title: 'Serveur des listes',
    description:
      'Le serveur de fichiers où le SPP IS dépose les listes de votre CPAS, pour l’environnement actif. Le mot de passe est gardé chiffré et n’est jamais réaffiché.',
    protocol: 'Protocole',
    ftps: 'FTPS (FTP avec TLS)',
    sftp: 'SFTP (SSH)',
    host: 'Serveur',
    port: 'Port',
    directory: 'Dossier',
    user: 'Utilisateur',
    password: 'Mot de passe',
    passwordSet: 'Un mot de passe est enregistré. Laissez vide pour le garder.',
    caPem: 'Autorité de certification à approuver (PEM, facultatif)',
    save: 'Enregistrer le serveur',
    saved: 'Serveur des listes enregistré.',
    useDemoFtps: 'Utiliser le serveur de démonstration (FTPS)',
    useDemoSftp: 'Utiliser le serveur de démonstration (SFTP)',
    demo: 'Serveur de démonstration du simulateur',
    none: 'Aucun serveur des listes n’est configuré pour cet environnement.',
    hostKeyPinned: 'Clé du serveur approuvée : {{fingerprint}}',
    hostKeyConfirm:
      'Première connexion à ce serveur SFTP : vérifiez que son empreinte est bien {{fingerprint}} (demandez-la à votre service informatique), puis confirmez.',
    hostKeyConfirmButton: 'Approuver cette clé',
  },
  fetch: {
    now: 'Récupérer maintenant',
    running: 'Récupération des listes…',
    last: 'Dernière récupération : {{at}}',
    never: 'Les listes n’ont jamais été récupérées.',
    autoFailed: 'La récupération automatique au démarrage a échoué.',
  },
  import: {
    title: 'Importer des fichiers',
    description:
      'Si votre service informatique télécharge déjà les listes, importez-les ici : les mêmes contrôles s’appliquent, et un fichier déjà importé ne l’est pas deux fois.',
    files: 'Choisir des fichiers…',
    folder: 'Dossier sur cet ordinateur',
    importFolder: 'Importer le dossier',
    chooseFolder: 'Choisir un dossier…',
    folderHint:
      'Pour de gros fichiers (plus de 2 Mo), indiquez plutôt le dossier où ils se trouvent sur cet ordinateur.',
    tooLarge:
      '{{file}} est trop gros pour être envoyé depuis le navigateur ({{size}} Mo) : indiquez le dossier où il se trouve.',
  },
  outcome: {
    summary:
      '{{imported}} fichier(s) importé(s) ({{rows}} lignes), {{already}} déjà importé(s), {{refused}} refusé(s).',
    refused: '{{file}}, ligne {{line}} : {{reason}}',
  },
  refusal: {
    empty: 'le fichier est vide',
    malformed: 'ce n’est pas un document XML valide',
    truncated: 'le fichier s’arrête avant sa fin (téléchargement interrompu ?)',
    doctype: 'le fichier contient une déclaration DOCTYPE, refusée',
    'unknown-list': 'ce n’est aucune des quatre listes Nova+',
    'unexpected-element': 'élément inattendu {{field}}',
    'missing-field': 'élément obligatoire manquant : {{field}}',
    'invalid-value': 'valeur invalide pour {{field}} : « {{value}} »',
  },
  errors: {
    pathMissing: '{{path}} est introuvable ou illisible.',
    noFileDialog:
      'Cette version de l’application n’ouvre pas la fenêtre de choix de fichiers : choisissez les fichiers ou le dossier dans la page.',
    notConfigured:
      'Aucun serveur des listes n’est configuré pour cet environnement : renseignez-le d’abord.',
    demoOnly: 'Le serveur de démonstration n’existe que dans l’environnement de démonstration.',
    folderMissing: 'Le dossier {{path}} est introuvable ou illisible.',
    refused: 'Le fichier {{file}} est refusé en entier (ligne {{line}}).',
    server: {
      credentials: 'Le serveur des listes refuse l’utilisateur ou le mot de passe.',
      certificate:
        'Le certificat du serveur des listes n’est pas reconnu : la connexion a été refusée pour votre sécurité.',
      unreachable:
        'Le serveur des listes ne répond pas : il est arrêté ou son adresse est erronée.',
      timeout: 'Le serveur des listes ne répond pas dans le délai.',
      'directory-missing': 'Le dossier {{directory}} n’existe pas sur le serveur des listes.',
      'file-vanished': 'Le fichier {{file}} a disparu du serveur pendant le transfert.',
      'transfer-interrupted':
        'Le transfert de {{file}} a été interrompu : le fichier n’a pas été importé. Réessayez.',
      'host-key-unconfirmed':
        'Première connexion à ce serveur SFTP : sa clé doit être approuvée avant de continuer.',
      'host-key-changed':
        'La clé du serveur SFTP a changé depuis son approbation : connexion refusée. Contactez votre service informatique.',
    },
  },
  badge: {
    block: 'bloqué le {{date}}',
    unblock: 'débloqué le {{date}}',
    overlap: 'chevauchement avec {{cpas}}',
    aPosteriori: 'contrôle a posteriori',
    status: 'statut changé le {{date}} : {{status}}',
  },
  followUps: {
    title: 'Suivi des listes',
    description:
      'Personnes de vos enquêtes enregistrées ou du répertoire de votre CPAS citées dans une liste récente.',
    inRepertory: 'au répertoire du CPAS',
  },
  events: {
    lane: 'Listes Nova+ (événements)',
    title: 'Événements des listes Nova+ sur la période',
    none: 'Aucun événement des listes Nova+ pour cette personne sur la période.',
  },
  niss: {
    openSaved: 'Ouvrir l’enquête enregistrée de {{niss}}',
    startInquiry: 'Lancer une enquête pour {{niss}}',
  },
  retention: {
    label: 'Durée de conservation des listes (jours)',
    save: 'Enregistrer la durée',
  },
  files: {
    title: 'Fichiers importés',
    name: 'Fichier',
    rows: 'Lignes',
    importedAt: 'Importé le',
    source: 'Origine',
    fetch: 'Serveur',
    import: 'Import manuel',
  },
} as const;
