// German texts of the swimlanes' labelled spans and keyboard use.
export const timeline = {
  span: {
    forms: '{{title}} · {{count}} Formulare',
    periods: '{{title}} · {{count}} Zeiträume',
    open: 'Eingabe: die {{count}} Elemente zeigen',
  },
  keys: {
    label: 'Zeitleiste: Zeiträume und Formulare',
    help: 'Pfeile links und rechts: vorheriges oder nächstes Element der Bahn. Pfeile hoch und runter: vorherige oder nächste Bahn. Pos1 und Ende: erstes und letztes Element. Bild auf und Bild ab: das Fenster verschieben. Plus und Minus: zoomen. Eingabe: Details, oder eine Gruppierung öffnen. D: den Datumscursor auf das Element setzen.',
    cursor: 'Datumscursor auf den {{date}} gesetzt',
    opened: 'Gruppierung geöffnet: {{count}} Elemente',
    skip: 'Die Zeitleiste überspringen',
  },
};
