// French texts of the answers to the investigator's questions: aid periods per CPAS, findings, the situation on a date.
export const answers = {
  aid: {
    stop: '■ arrêt le {{date}}',
    stopPoint: 'Arrêt ou refus',
    claims: '{{count}} demande(s) de remboursement',
    declared: 'Période déclarée : {{period}}',
    tooltip: '{{cpas}} · aide du {{period}}',
  },
  table: {
    cpas: 'CPAS',
    dateFilter: 'En vigueur le',
    dateFilterHint: 'jj/mm/aaaa ; vide : toutes les lignes',
    dateFilterInvalid: 'Date à écrire jj/mm/aaaa',
    filtered: '{{shown}} ligne(s) en vigueur le {{date}} sur {{total}}',
  },
  findings: {
    title: 'Constats',
    none: 'Aucun constat : rien ne met le remboursement en risque sur cette période.',
    basis: 'Règle : {{basis}}',
    rule: 'Règle',
    select: 'Voir les périodes concernées',
    selectOne: 'Voir {{label}}',
    severity: {
      blocking: 'Bloquant',
      check: 'À vérifier',
      info: 'Information',
    },
    overlap: {
      text: 'Le {{other}} a aussi une aide {{basis}} ouverte du {{from}} au {{to}} : le contrôle des chevauchements du SPP IS bloquera l’un des deux remboursements.',
      basis:
        'Loi du 26/05/2002 et loi du 02/04/1965 : un seul CPAS compétent à la fois (contrôle des chevauchements du SPP IS)',
    },
    overlapOpen: {
      text: 'Le {{other}} a aussi une aide {{basis}} ouverte depuis le {{from}}, toujours en cours : le contrôle des chevauchements du SPP IS bloquera l’un des deux remboursements.',
      basis:
        'Loi du 26/05/2002 et loi du 02/04/1965 : un seul CPAS compétent à la fois (contrôle des chevauchements du SPP IS)',
    },
    notCompetent: {
      text: 'Pendant l’aide du {{cpas}}, {{organisation}} est en charge (IT 207) du {{from}} au {{to}} : ce CPAS n’est pas compétent sur ces jours.',
      basis:
        'Loi du 02/04/1965, art. 1er et 2 ; IT 207, lieu obligatoire d’inscription (loi du 12/01/2007)',
    },
    notResident: {
      text: 'Pendant l’aide du {{cpas}}, la personne réside à {{municipality}} du {{from}} au {{to}} : vérifiez la compétence territoriale.',
      basis: 'Loi du 02/04/1965, art. 1er : compétence du CPAS de la commune de résidence',
    },
    statusWithoutRight: {
      text: 'Aide RIS du {{from}} au {{to}} alors que le statut « {{status}} » n’ouvre pas le droit au revenu d’intégration.',
      basis: 'Loi du 26/05/2002, art. 3, 3° : conditions de nationalité et de séjour',
    },
    blocked: {
      text: 'Le formulaire {{reference}} est bloqué au paiement ({{reason}}).',
      basis: 'SPP IS : blocage après le contrôle des chevauchements ou un contrôle a posteriori',
    },
    blockedBy: {
      text: 'Le formulaire {{reference}} est bloqué au paiement ({{reason}}, {{other}}).',
      basis: 'SPP IS : blocage après le contrôle des chevauchements ou un contrôle a posteriori',
    },
    fraud: {
      text: 'Le formulaire {{reference}} porte une indication de fraude.',
      basis: 'SPP IS : indication de fraude sur le formulaire (contrôle a posteriori)',
    },
    piisMissing: {
      text: 'La décision RIS du {{date}} ({{cpas}}) n’est suivie d’aucun PIIS conclu dans les 3 mois.',
      basis: 'Loi du 26/05/2002, art. 11 : PIIS conclu dans les trois mois de la décision',
    },
    piisEnded: {
      text: 'Le PIIS a pris fin le {{date}} alors que l’aide RIS du {{cpas}} continue.',
      basis: 'Loi du 26/05/2002, art. 11 : PIIS pendant le droit au revenu d’intégration',
    },
    art35: {
      text: '{{days}} jours exonérés sur 1096 depuis le {{first}} ; au rythme actuel, le plafond est atteint le {{ceiling}}.',
      basis: 'AR du 11/07/2002, art. 35 : 36 mois d’exonération sur 72 au plus',
    },
    art35Reached: {
      text: 'Plafond atteint : {{days}} jours exonérés sur 1096 depuis le {{first}}.',
      basis: 'AR du 11/07/2002, art. 35 : 36 mois d’exonération sur 72 au plus',
    },
    art35Idle: {
      text: '{{days}} jours exonérés sur 1096 depuis le {{first}} ; aucune exonération en cours.',
      basis: 'AR du 11/07/2002, art. 35 : 36 mois d’exonération sur 72 au plus',
    },
    competenceGap: {
      text: 'Du {{from}} au {{to}}, aucun CPAS ni structure d’accueil n’est en charge (IT 207).',
      basis: 'IT 207 : lieu obligatoire d’inscription (loi du 12/01/2007)',
    },
  },
  situation: {
    title: 'Situation au {{date}}',
    date: 'Situation au',
    go: 'Aller à cette date',
    invalid: 'Date à écrire jj/mm/aaaa',
    nationality: 'Nationalité',
    register: 'Registre',
    municipality: 'Commune',
    organisation: 'En charge (IT 207)',
    status: 'Statut',
    aid: 'Aide en cours',
    piis: 'PIIS',
    art35: 'Exonération art. 35',
    artistic: 'Exonération artistique',
    none: 'rien à cette date',
    aidLine: '{{basis}} · {{cpas}} · {{role}} · depuis le {{begin}}',
    aidLineEnd: '{{basis}} · {{cpas}} · {{role}} · du {{begin}} au {{end}}',
    roleUnknown: 'rôle non précisé',
  },
  comparison: {
    title: 'Changements depuis l’enquête du {{date}}',
    reportTitle: 'Changements depuis le {{date}}',
    offer: 'Comparer avec l’enquête du',
    compare: 'Comparer',
    stop: 'Ne plus comparer',
    loading: 'Ouverture de l’enquête du {{date}}…',
    none: 'Rien n’a changé depuis cette enquête.',
    inReport: 'Le rapport imprimé ou exporté reprend ces changements.',
    items: 'Périodes ({{count}})',
    findings: 'Constats ({{count}})',
    marked: 'Sur les lignes du temps, les périodes ajoutées ou modifiées sont entourées.',
    select: 'Voir',
    selectLabel: 'Voir sur les lignes du temps : {{what}}',
    kindColumn: 'Changement',
    laneColumn: 'Couloir',
    whatColumn: 'Donnée',
    changeColumn: 'Avant → après',
    kind: {
      added: 'Ajoutée',
      removed: 'Disparue',
      ended: 'Terminée',
      changed: 'Modifiée',
    },
    finding: {
      appeared: 'Nouveau constat',
      disappeared: 'Constat levé',
    },
    blocked: 'désormais bloqué',
    unblocked: 'n’est plus bloqué',
    fraud: 'désormais marqué fraude',
    noFraud: 'n’est plus marqué fraude',
  },
} as const;
