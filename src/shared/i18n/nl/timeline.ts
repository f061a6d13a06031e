// Dutch texts of the swimlanes' labelled spans and keyboard use.
export const timeline = {
  span: {
    forms: '{{title}} · {{count}} formulieren',
    periods: '{{title}} · {{count}} periodes',
    open: 'Enter: de {{count}} elementen tonen',
  },
  keys: {
    label: 'Tijdlijn: periodes en formulieren',
    help: 'Pijltjes links en rechts: vorig of volgend element van de baan. Pijltjes omhoog en omlaag: vorige of volgende baan. Home en End: eerste en laatste element. Page Up en Page Down: het venster verschuiven. Plus en min: zoomen. Enter: details, of een groepering openen. D: de datumcursor op het element zetten.',
    cursor: 'Datumcursor op {{date}} gezet',
    opened: 'Groepering geopend: {{count}} elementen',
    skip: 'De tijdlijn overslaan',
  },
};
