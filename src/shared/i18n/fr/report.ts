// French texts of the report: the result screen's export and print actions, and the printed report's own words.
export const report = {
  unconfiguredCpas: 'CPAS non configuré',
  unconfiguredInvestigator: 'Non indiqué dans les paramètres',
  actions: {
    label: 'Rapport',
    export: 'Exporter',
    exportMenu: 'Exporter le rapport',
    pdf: 'Fichier PDF (rapport imprimable)',
    csv: 'Fichier CSV (tableur)',
    json: 'Fichier JSON (données complètes)',
    print: 'Imprimer',
    makingPdf: 'Préparation du PDF…',
    making: 'Préparation du fichier…',
    printing: 'Préparation de l’impression…',
    shortcuts: 'Raccourcis : Ctrl+P pour imprimer, Ctrl+E pour exporter',
  },
  done: {
    saved: 'Fichier enregistré : {{file}}',
    downloaded: 'Fichier téléchargé : {{file}}',
    cancelled: 'Export annulé : aucun fichier n’a été écrit.',
    printed: 'Le rapport a été envoyé à l’imprimante.',
    printCancelled: 'Impression annulée.',
    opened: 'Le rapport s’est ouvert dans un nouvel onglet, avec la fenêtre d’impression.',
  },
  error: {
    noEngine:
      'Aucun moteur pour produire le PDF : installez Chromium, Google Chrome ou Microsoft Edge (ou indiquez son chemin dans CHROMIUM_PATH), puis réessayez.',
    failed:
      'Le rapport n’a pas pu être produit ou écrit. Réessayez ; si le problème persiste, contactez le support.',
    popupBlocked:
      'Le navigateur a bloqué l’onglet d’impression : autorisez les fenêtres surgissantes pour cette application, puis réessayez.',
    otherPerson:
      'L’enquête choisie pour la comparaison concerne une autre personne : le rapport ne peut pas les comparer.',
  },
  // The printed report's own words (PDF and print page).
  document: {
    // The first word of an export's file name: only a-z, safe on every file system.
    fileName: 'enquete',
    title: 'Rapport d’enquête sociale',
    demoMark: 'DÉMO / TEST – données fictives',
    demoNotice:
      'Ce rapport provient de l’environnement « {{environment}} » : ses données sont fictives ou de test et ne concernent aucune personne réelle.',
    cpas: 'CPAS',
    cbe: 'BCE',
    investigator: 'Enquêteur',
    person: 'Personne',
    nissKind: 'Type de numéro',
    legalContext: 'Contexte légal',
    answerVersion: 'Version de la réponse',
    timeline: 'Ligne du temps',
    timelineScope:
      'Période de l’enquête du {{from}} au {{to}}, {{count}} période(s) dans {{lanes}} couloir(s).',
    timelineDetail:
      'Ligne du temps, agrandie sur les années qui ont des données : du {{from}} au {{to}}',
    lanes: 'Périodes par couloir',
    missing:
      'non disponible — la BCSS n’a pas répondu ; réessayez cette section dans l’application',
    missingSection:
      '{{lane}} : non disponible — la BCSS n’a pas répondu ; réessayez cette section dans l’application',
    incomplete:
      'Réponse incomplète : {{count}} section(s) non disponible(s), marquée(s) comme telle(s) dans ce rapport. Le reste de la réponse est complet.',
    summary: 'Résumé par couloir',
    allPeriods: 'Pour toutes les périodes',
    markersNote:
      'Une période sans « {{blocked}} » ni « {{fraud}} » dans la colonne « {{column}} » n’est ni bloquée ni marquée comme fraude.',
    periods: 'Périodes',
    ownTicket: 'Ticket du CPAS',
    ref: 'N°',
    code: 'Code',
    details: 'Détails',
    page: 'Page',
    confidential:
      'Document confidentiel : données sociales à caractère personnel, réservées à l’enquête sociale. Ne pas diffuser.',
    generatedAt: 'Établi le {{date}}',
    dayUnknown: 'jour inconnu',
    monthUnknown: 'mois et jour inconnus',
    clipped: 'Commence avant ou finit après la période dessinée : coupé au bord (◂ ▸)',
    consultation: 'Date de la consultation (trait pointillé)',
    overlapping: '{{count}} période(s) superposée(s) dessinée(s) sur la dernière ligne',
    registerExtract: 'Extrait du registre national (Tx25)',
    tiCode: 'TI {{code}}',
    foreignerSituation: 'Situation de l’étranger (ForeignerSituation)',
    extractHistory: 'Demandé avec l’historique : valeurs actuelles puis valeurs passées.',
    extractCurrentOnly: 'Demandé sans historique : valeurs actuelles seulement.',
    extractNotFound: 'Le registre national ne contient aucune information pour cette personne.',
    extractReplaced: 'Le NISS demandé a été remplacé : l’extrait porte sur le {{niss}}.',
    unknownType: 'type d’information inconnu de l’application, groupe {{group}}',
    noDate: 'sans date',
    fields: 'Données',
    entries: '{{count}} entrée(s)',
    aboutNiss: 'NISS consulté',
    employmentCards: 'Cartes professionnelles (TI 197)',
    workPermits: 'Permis de travail (TI 198)',
    specialInfos: 'Informations spéciales (TI 202)',
    documentNumber: 'Numéro',
    validFrom: 'Valable à partir du',
    expiry: 'Expiration',
    closed: 'Clôturé le',
    comment: 'Commentaire',
    indefinite: 'durée indéterminée',
    issued: 'Délivré, renouvelé ou prolongé le',
    residenceReason: 'Motif du séjour',
    reunification: 'Regroupement familial avec',
    fictionalNumber: 'numéro fictif {{number}}',
    nothingRecorded: 'Rien n’est enregistré.',
  },
} as const;
