// French texts of the swimlanes' labelled spans and keyboard use.
export const timeline = {
  span: {
    forms: '{{title}} · {{count}} formulaires',
    periods: '{{title}} · {{count}} périodes',
    open: 'Entrée : afficher ses {{count}} éléments',
  },
  keys: {
    label: 'Ligne du temps : périodes et formulaires',
    help: 'Flèches gauche et droite : élément précédent ou suivant du couloir. Flèches haut et bas : couloir précédent ou suivant. Début et Fin : premier et dernier élément. Page précédente et Page suivante : déplacer la fenêtre. Plus et moins : zoom. Entrée : détail, ou ouvrir un regroupement. D : placer le curseur de date sur l’élément.',
    cursor: 'Curseur de date placé au {{date}}',
    opened: 'Regroupement ouvert : {{count}} éléments',
    skip: 'Passer la ligne du temps',
  },
};
