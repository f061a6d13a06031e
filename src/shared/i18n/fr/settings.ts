// French texts of the settings: organisation, investigator, preferences, environments, certificate, connection test.
export const settings = {
  title: 'Paramètres',
  nav: 'Paramètres',
  environmentName: {
    demo: 'Démonstration',
    test: 'Test',
    acceptance: 'Acceptation',
    production: 'Production',
  },
  intro:
    'Le CPAS, l’enquêteur et l’environnement de la BCSS au nom desquels les enquêtes sont faites.',
  save: 'Enregistrer',
  saved: 'Enregistré.',
  saving: 'Enregistrement…',
  organisation: {
    title: 'Organisation',
    cpasName: 'Nom du CPAS',
    cbe: 'Numéro d’entreprise (BCE)',
    cbeHelp: '10 chiffres, par exemple 0212.345.678.',
    sector: 'Secteur',
    institution: 'Institution',
    matrixHelp: 'CPAS : secteur 17, institution 1.',
  },
  investigator: {
    title: 'Enquêteur',
    name: 'Nom et prénom',
    ssin: 'NISS de l’enquêteur',
    email: 'Adresse e-mail',
    help: 'La BCSS enregistre qui consulte : votre NISS et votre adresse accompagnent chaque appel.',
  },
  preferences: {
    title: 'Préférences',
    language: 'Langue de l’interface',
    defaultPeriodMonths: 'Durée de la période par défaut (mois)',
    defaultZoom: 'Zoom à l’ouverture d’un résultat',
    retentionDays: 'Conservation des enquêtes enregistrées (jours)',
  },
  environment: {
    title: 'Environnement de la BCSS',
    active: 'Environnement utilisé',
    configure: 'Configurer',
    demoNote:
      'La démonstration utilise le simulateur intégré et son certificat : rien à configurer.',
    switched: 'Environnement actif : {{environment}}.',
    productionTitle: 'Passer en production ?',
    productionText:
      'En production, chaque enquête consulte les données réelles d’une personne et est journalisée à la BCSS. Ne continuez que pour un dossier réel.',
    productionConfirm: 'Passer en production',
  },
  remote: {
    title: 'Adresses et connexion : {{environment}}',
    baseUrl: 'Adresse de base',
    baseUrlHelp:
      'https://hôte[:port][/préfixe], sans barre finale : les services sans adresse propre y ajoutent leur chemin.',
    services: 'Adresses des services',
    servicesHelp:
      'Laissez vide pour l’adresse de base suivie du chemin habituel. Un chemin commençant par « / » se place sous l’adresse de base ; une adresse complète https://… désigne un autre hôte.',
    serviceEmpty: 'Vide : {{url}}',
    service: {
      socialInquiry: 'Social Inquiry (enquête sociale)',
      ssdnConnector: 'Connecteur SSDN sendXML (ListOfAttestation, ManageAccess, IdentifyPerson)',
      registerExtract: 'Tx25 : extrait du Registre national (RetrieveTIGroups)',
      foreignerSituation: 'Situation des étrangers (ForeignerSituation)',
    },
    serviceUrls: 'Adresses complètes',
    basicUser: 'Utilisateur HTTP Basic (facultatif)',
    basicPassword: 'Mot de passe HTTP Basic',
    basicPasswordSet: 'Un mot de passe est enregistré (chiffré).',
    basicPasswordNotSet: 'Aucun mot de passe enregistré.',
    setPassword: 'Enregistrer le mot de passe',
    clearPassword: 'Effacer le mot de passe',
    connectTimeout: 'Délai de connexion (secondes)',
    responseTimeout: 'Délai de réponse (secondes)',
    timeoutHelp:
      'Par tentative : au plus {{connectMax}} s pour se connecter, {{responseMax}} s pour la réponse ; un appel s’arrête après {{budget}} s, tentatives comprises.',
    trustSystemCas: 'Faire confiance aux autorités de certification du système',
    fingerprint: 'Certificat du serveur épinglé (empreinte SHA-256, facultatif)',
    fingerprintHelp:
      'Rempli, seul ce certificat est accepté pour cet environnement, à la place de toute autorité (système comprises). Le test de connexion affiche l’empreinte du serveur.',
    pinHelp:
      'Pour n’accepter que l’autorité de la BCSS : décochez les autorités du système et chargez son certificat (PEM) ci-dessous.',
    caBundle: 'Autorités de certification supplémentaires (PEM)',
    caBundleNone: 'Aucune.',
    caBundleLoad: 'Charger un fichier PEM',
    caBundleRemove: 'Retirer les autorités supplémentaires',
    caValidTo: 'valable jusqu’au {{date}}',
    caExpired: 'expirée le {{date}}',
    reset: 'Rétablir les valeurs par défaut',
  },
  proxy: {
    title: 'Proxy : {{environment}}',
    intro:
      'Le tunnel du proxy (HTTP CONNECT) ne voit que l’hôte et le port : le certificat du CPAS s’authentifie de bout en bout auprès de la BCSS.',
    mode: {
      env: 'Celui de ce poste : les réglages du système (Windows, PAC, WPAD), sinon les variables HTTPS_PROXY et NO_PROXY (par défaut)',
      none: 'Aucun proxy : connexion directe',
      explicit: 'Ce proxy',
    },
    envDirect:
      'Sur ce poste, ni le système ni les variables ne donnent de proxy : connexion directe.',
    envUses: 'Sur ce poste, le système ou les variables donnent : {{proxies}}.',
    url: 'Adresse du proxy',
    urlHelp: 'http://hôte:port, sans identifiants.',
    user: 'Utilisateur du proxy (facultatif)',
    password: 'Mot de passe du proxy',
    passwordSet: 'Un mot de passe de proxy est enregistré (chiffré).',
    passwordNotSet: 'Aucun mot de passe de proxy enregistré.',
  },
  certificate: {
    title: 'Certificat client : {{environment}}',
    none: 'Aucun certificat importé : les appels à cet environnement sont impossibles.',
    unreadable:
      'Le certificat enregistré ne s’ouvre plus (fichier endommagé) : importez-le à nouveau.',
    subject: 'Sujet',
    issuer: 'Émetteur',
    serial: 'Numéro de série',
    validFrom: 'Valable à partir du',
    validTo: 'Valable jusqu’au',
    daysLeft: 'Jours restants',
    importedAt: 'Importé le',
    cbe: 'BCE du certificat',
    cbeMatches: 'correspond à l’organisation',
    cbeDiffers: 'ne correspond pas à la BCE de l’organisation : la BCSS refuserait les appels',
    expiringSoon: 'Ce certificat expire dans {{days}} jour(s) : demandez-en un nouveau à temps.',
    expired: 'Ce certificat a expiré le {{date}} : importez le nouveau certificat.',
    notYetValid: 'Ce certificat n’est valable qu’à partir du {{date}}.',
    file: 'Fichier .p12 ou .pfx',
    passphrase: 'Phrase secrète du fichier',
    import: 'Importer le certificat',
    replace: 'Remplacer le certificat',
    importing: 'Vérification…',
    imported: 'Certificat importé et enregistré chiffré.',
    remove: 'Supprimer le certificat',
    removeTitle: 'Supprimer le certificat ?',
    removeText:
      'Les enquêtes dans cet environnement seront impossibles jusqu’à l’import d’un autre certificat.',
    removed: 'Certificat supprimé.',
    chooseFile: 'Choisissez d’abord un fichier.',
    unchanged: 'Le certificat déjà enregistré n’a pas été modifié.',
    refused: {
      'empty-file': 'Le fichier est vide.',
      'not-pkcs12': 'Ce fichier n’est pas un certificat PKCS#12 (.p12 / .pfx).',
      'wrong-passphrase': 'La phrase secrète est incorrecte pour ce fichier.',
      'no-private-key':
        'Le fichier ne contient pas de clé privée : demandez l’export avec la clé privée.',
      'no-certificate': 'Le fichier ne contient aucun certificat.',
      'key-mismatch': 'La clé privée du fichier ne correspond à aucun de ses certificats.',
      'unsupported-format':
        'Le fichier est chiffré dans un format ancien que la connexion sécurisée refuse : exportez-le à nouveau (AES).',
      expired: 'Ce certificat a expiré le {{date}}.',
      'not-yet-valid': 'Ce certificat n’est pas encore valable (à partir du {{date}}).',
      'cbe-mismatch':
        'La BCE du certificat ({{cbe}}) diffère de celle de l’organisation dans les paramètres.',
    },
  },
  connection: {
    title: 'Test de connexion',
    intro:
      'Pour chaque service, une poignée de main TLS avec le certificat (à travers le proxy s’il y en a un) puis une demande vide, que la BCSS refuse : aucune personne n’est consultée.',
    run: 'Tester la connexion',
    running: 'Test en cours…',
    url: 'Adresse testée',
    testedAt: 'Testé le',
    proxy: 'Par le proxy',
    direct: 'aucun (connexion directe)',
    summary: '{{ok}} service(s) sur {{total}} répondent.',
    result: {
      ok: 'Connexion réussie en {{ms}} ms ({{protocol}}) : le service répond et accepte le certificat.',
      dns: 'Le nom {{host}} est introuvable (DNS) : vérifiez l’adresse ou le réseau.',
      refused: 'Connexion refusée par {{host}}:{{port}} : aucun service n’écoute à cette adresse.',
      timeoutConnect:
        'Pas de réponse de {{host}}:{{port}} en {{seconds}} s : l’adresse IP du CPAS est-elle enregistrée à la BCSS (liste blanche) ? Un pare-feu bloque-t-il le port ?',
      timeoutAnswer:
        'La connexion est établie mais la réponse n’est pas venue en {{seconds}} s : réessayez plus tard.',
      serverUntrusted:
        'Le certificat du serveur {{host}} n’est pas reconnu : ajoutez l’autorité de certification de la BCSS ou vérifiez qu’aucun proxy n’intercepte la connexion.',
      tlsFailed: 'Aucune version de TLS commune avec {{host}} (la BCSS exige TLS 1.2 ou plus).',
      clientRefused:
        'Le serveur {{host}} refuse le certificat client : est-ce le bon certificat pour cet environnement, enregistré à la BCSS ?',
      clientExpiredLocal:
        'Le certificat client a expiré le {{date}} : aucun appel n’a été fait. Importez le nouveau certificat.',
      clientExpiredServer:
        'Le serveur juge le certificat client expiré : vérifiez aussi l’horloge de ce poste.',
      clientNotYetValid: 'Le certificat client n’est valable qu’à partir du {{date}}.',
      clientUnusable:
        'Le certificat client ne peut pas être utilisé (fichier endommagé ou phrase secrète incorrecte).',
      soapFault:
        'La BCSS a répondu par une erreur : communiquez les détails techniques au service desk de la BCSS.',
      httpError: 'Le serveur a répondu par une erreur HTTP {{status}} : vérifiez l’adresse.',
      unexpectedAnswer:
        'La réponse n’est pas un message de la BCSS (page d’un proxy, mauvaise adresse ?).',
      connectionDropped:
        'La connexion a été coupée par {{host}} : certificat client refusé ou réseau instable.',
      network:
        'Erreur réseau pendant le test : réessayez ; les détails techniques disent ce que le système a vu.',
      cancelled: 'Test annulé.',
      wrongAddress:
        'Aucun service de la BCSS ne répond à cette adresse : vérifiez l’adresse du service.',
      proxyUnreachable: 'Le proxy {{proxy}} est injoignable (arrêté, adresse ou port incorrect).',
      proxyAuthRequired:
        'Le proxy {{proxy}} demande une authentification (407) : enregistrez ou vérifiez l’utilisateur et le mot de passe du proxy.',
      proxyRefused:
        'Le proxy {{proxy}} refuse d’ouvrir le tunnel vers la BCSS (HTTP {{status}}) : l’adresse de la BCSS doit y être autorisée.',
    },
    handshake: 'Poignée de main TLS',
    cipher: 'Chiffrement',
    server: 'Certificat du serveur',
    signedBy: 'Signé par (autorité)',
    chain: 'Chaîne présentée',
    fingerprint: 'Empreinte SHA-256 du serveur',
    ticket: 'Ticket BCSS',
  },
  issue: {
    required: 'Champ obligatoire.',
    'too-long': 'Texte trop long.',
    'out-of-range': 'Valeur hors des limites admises.',
    'not-integer': 'Un nombre entier est attendu.',
    'email-invalid': 'Adresse e-mail invalide.',
    'cbe-format': 'Seuls des chiffres, points et espaces sont admis.',
    'cbe-length': 'Un numéro BCE compte 10 chiffres.',
    'cbe-checksum': 'Les chiffres de contrôle du numéro BCE ne correspondent pas.',
    'niss-format': 'Seuls des chiffres et les séparateurs « . », « - » sont admis.',
    'niss-length': 'Un NISS compte 11 chiffres.',
    'niss-checksum': 'Les chiffres de contrôle du NISS ne correspondent pas.',
    'niss-date': 'La date de naissance contenue dans le NISS est impossible.',
    'url-invalid': 'Adresse invalide.',
    'url-not-https': 'L’adresse doit commencer par https:// (TLS obligatoire).',
    'url-has-credentials': 'Pas d’identifiants dans l’adresse : utilisez les champs HTTP Basic.',
    'url-has-query': 'Pas de « ? » ni de « # » dans l’adresse de base.',
    'path-invalid': 'Chemin invalide : il commence par « / », sans « .. » ni espaces.',
    'address-invalid':
      'Une adresse complète https://… ou un chemin commençant par « / » est attendu.',
    'proxy-url-invalid':
      'Adresse de proxy attendue sous la forme http://hôte:port, sans identifiants ni chemin (l’utilisateur et le mot de passe ont leurs propres champs).',
    'ca-bundle-invalid': 'Ce fichier ne contient pas de certificat PEM lisible.',
    'ca-bundle-private-key': 'Ce fichier contient une clé privée : il est refusé.',
    'ca-bundle-too-large': 'Fichier trop volumineux pour une liste d’autorités.',
    'ca-bundle-required':
      'Sans les autorités du système, une autorité supplémentaire est nécessaire.',
    'fingerprint-invalid':
      'Empreinte SHA-256 attendue : 64 caractères hexadécimaux, avec ou sans « : » (par exemple AB:CD:…).',
    'connect-timeout-too-long':
      'Au plus {{connectMax}} secondes : au-delà, l’adresse est injoignable, et la personne attend au guichet.',
    'response-timeout-too-long':
      'Au plus {{responseMax}} secondes par tentative : l’appel entier s’arrête de toute façon après {{budget}} secondes.',
    'unknown-field': 'Champ inconnu.',
    invalid: 'Valeur invalide.',
  },
  error: {
    invalid: 'Certains champs sont à corriger : rien n’a été enregistré.',
    productionConfirmation:
      'Le passage en production demande une confirmation explicite : rien n’a changé.',
  },
  notConfigured: {
    organisation:
      'L’organisation (nom du CPAS et BCE) n’est pas configurée pour l’environnement {{environment}} : complétez les paramètres.',
    investigator:
      'L’enquêteur (nom, NISS et e-mail) n’est pas configuré : complétez les paramètres.',
    certificate:
      'Aucun certificat client n’est importé pour l’environnement {{environment}} : importez-le dans les paramètres.',
    'certificate-unreadable':
      'Le certificat de l’environnement {{environment}} ne s’ouvre plus : importez-le à nouveau dans les paramètres.',
    'certificate-cbe-mismatch':
      'La BCE du certificat de l’environnement {{environment}} diffère de celle de l’organisation : la BCSS refuserait l’appel.',
    'basic-password':
      'L’environnement {{environment}} demande un mot de passe HTTP Basic, qui n’est pas enregistré.',
    'proxy-password':
      'Le proxy de l’environnement {{environment}} demande un mot de passe, qui n’est pas enregistré.',
  },
  warning: {
    expiring:
      'Le certificat de l’environnement {{environment}} expire dans {{days}} jour(s), le {{date}} : demandez-en un nouveau.',
    expired:
      'Le certificat de l’environnement {{environment}} a expiré le {{date}} : aucun appel n’est possible avant l’import du nouveau.',
  },
} as const;
