// French texts of the report: the result screen's export and print actions, and the printed report's own words.
export const report = {
  unconfiguredCpas: 'CPAS non configuré',
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
  },
} as const;
