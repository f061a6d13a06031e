// French texts of running an inquiry: progress steps and every BCSS or network outcome.
export const inquiry = {
  running: 'Interrogation de la BCSS…',
  cancel: 'Annuler',
  attempt: 'nouvel essai ({{attempt}})',
  step: {
    validating: 'Vérification de la demande',
    socialInquiry: 'Appel du service Enquête sociale (SPP IS) via la BCSS',
    attestations: 'Compléments via ListOfAttestation (PIIS, exonérations, primes)',
    normalising: 'Mise en forme des lignes du temps',
    done: 'Terminé',
  },
  error: {
    invalidNiss: 'Le NISS saisi n’est pas valide : corrigez-le avant de lancer l’enquête.',
    invalidPeriod: 'La période est vide ou inversée : corrigez-la avant de lancer l’enquête.',
    cancelled: 'Enquête annulée : rien n’a été enregistré.',
    otherEnvironment:
      'Cette enquête a été faite dans l’environnement {{environment}} : choisissez-le dans les réglages pour redemander la section manquante.',
    malformed:
      'La réponse de la BCSS est illisible ou dangereuse (XML invalide ou tronqué, entités, éléments étrangers, ou au-delà des limites d’une vraie réponse) : elle a été refusée. Réessayez plus tard.',
    http: 'La BCSS a répondu par une erreur HTTP {{status}} sans explication. Réessayez plus tard.',
    status: {
      MSG00005:
        'Ce NISS n’existe pas au registre. Vérifiez le numéro ou cherchez la personne par son nom.',
      MSG00006:
        'Ce NISS a été remplacé par {{newSsin}} : relancez l’enquête avec le nouveau numéro.',
      MSG00007: 'Ce NISS a été annulé. Cherchez le numéro actuel de la personne.',
      MSG00008: 'La BCSS juge la demande invalide (données incorrectes). Vérifiez la période.',
      MSG00009: 'La personne est décédée (le {{deceiseDate}}) : aucune donnée n’est fournie.',
      MSG00011: 'La structure du NISS est refusée par la BCSS.',
      MSG00012:
        'La personne n’est pas intégrée pour votre CPAS : inscrivez-la d’abord au répertoire sectoriel (ManageAccess), puis relancez.',
      MSG00013:
        'Opération non autorisée avec ce contexte légal et ces accès : contactez le conseiller en sécurité de votre CPAS.',
      MSG00014:
        'Le certificat utilisé n’appartient pas au CPAS (numéro BCE) indiqué dans les paramètres : vérifiez le certificat et le numéro BCE.',
      REG00004: 'Ce numéro est un numéro BIS : ce service ne l’accepte pas.',
      REG00101: 'Votre CPAS n’est pas autorisé pour une partie des données demandées.',
      unknown:
        'La BCSS n’a pas fourni les données demandées. Sa raison figure dans les détails techniques : communiquez-les au support avec le ticket.',
    },
    fault: {
      server:
        'La BCSS ou le service SPP IS est momentanément indisponible. Réessayez dans quelques minutes.',
      client:
        'La BCSS a refusé la demande. Contactez le support en citant le ticket (voir les détails techniques).',
      MSG00015:
        'Accès refusé par la politique de sécurité de la BCSS : vérifiez le certificat et les autorisations.',
      MSG00016: 'Opération refusée pour cet utilisateur : vérifiez les autorisations du CPAS.',
    },
    transport: {
      dns: 'Adresse de la BCSS introuvable (DNS) : vérifiez le réseau ou l’adresse configurée.',
      refused:
        'La connexion à la BCSS a été refusée : le service est arrêté ou l’adresse est incorrecte.',
      timeout:
        'La BCSS ne répond pas dans le délai. Si cela persiste, l’adresse IP du CPAS n’est peut-être pas autorisée à la BCSS.',
      timeBudget:
        'La BCSS n’a pas répondu en {{seconds}} secondes, tentatives comprises : l’appel a été arrêté. Réessayez plus tard ; si cela se répète, prévenez le service informatique.',
      tlsProtocol:
        'Le serveur ne propose qu’une version dépassée de la connexion sécurisée (la BCSS exige TLS 1.2 ou plus) : ce n’est peut-être pas la BCSS. Rien ne lui a été envoyé.',
      tlsRefused:
        'La BCSS a refusé la connexion sécurisée : le certificat du CPAS n’est pas accepté.',
      clientCertificateExpired:
        'Le certificat du CPAS est expiré ou pas encore valide : importez un certificat valide.',
      clientCertificateUnusable:
        'Le certificat du CPAS ne peut pas être utilisé (fichier endommagé ou phrase secrète incorrecte).',
      serverUntrusted:
        'Le certificat du serveur n’est pas de confiance : ce n’est peut-être pas la BCSS.',
      serverPinMismatch:
        'Le serveur a présenté un autre certificat que celui épinglé pour cet environnement : rien ne lui a été envoyé. Ce n’est peut-être pas la BCSS ; prévenez le service informatique.',
      connectionDropped: 'La connexion a été coupée pendant l’échange. Réessayez.',
      oversize: 'La réponse dépasse la taille maximale admise : elle a été refusée.',
      network: 'Erreur réseau pendant l’appel à la BCSS. Réessayez.',
      proxyUnreachable:
        'Le proxy {{proxy}} est injoignable (arrêté, adresse ou port incorrect) : rien n’a été envoyé à la BCSS. Vérifiez le proxy dans les paramètres ou avec le service informatique.',
      proxyAuthRequired:
        'Le proxy {{proxy}} demande une authentification (407) : enregistrez l’utilisateur et le mot de passe du proxy dans les paramètres, ou vérifiez-les.',
      proxyRefused:
        'Le proxy {{proxy}} a refusé d’ouvrir la connexion vers la BCSS (HTTP {{status}}) : le service informatique doit autoriser l’adresse de la BCSS sur le proxy.',
    },
  },
} as const;
