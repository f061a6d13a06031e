// Dutch texts of the answers to the investigator's questions: aid periods per OCMW, findings, the situation on a date.
export const answers = {
  aid: {
    stop: '■ stopgezet op {{date}}',
    stopPoint: 'Stopzetting of weigering',
    claims: '{{count}} terugbetalingsaanvraag/-aanvragen',
    declared: 'Aangegeven periode: {{period}}',
    tooltip: '{{cpas}} · hulp van {{period}}',
  },
  table: {
    cpas: 'OCMW',
    dateFilter: 'Geldig op',
    dateFilterHint: 'dd/mm/jjjj; leeg: alle rijen',
    dateFilterInvalid: 'Datum te schrijven als dd/mm/jjjj',
    filtered: '{{shown}} rij(en) geldig op {{date}} van {{total}}',
  },
  findings: {
    title: 'Vaststellingen',
    none: 'Geen vaststelling: niets brengt de terugbetaling voor deze periode in gevaar.',
    basis: 'Regel: {{basis}}',
    rule: 'Regel',
    select: 'Betrokken perioden tonen',
    selectOne: '{{label}} tonen',
    severity: {
      blocking: 'Blokkerend',
      check: 'Na te gaan',
      info: 'Informatie',
    },
    overlap: {
      text: 'Het {{other}} heeft ook een open {{basis}}-hulp van {{from}} tot {{to}}: de overlappingscontrole van de POD MI zal een van beide terugbetalingen blokkeren.',
      basis:
        'Wet van 26/05/2002 en wet van 02/04/1965: één bevoegd OCMW tegelijk (overlappingscontrole van de POD MI)',
    },
    overlapOpen: {
      text: 'Het {{other}} heeft ook een open {{basis}}-hulp sinds {{from}}, nog steeds lopend: de overlappingscontrole van de POD MI zal een van beide terugbetalingen blokkeren.',
      basis:
        'Wet van 26/05/2002 en wet van 02/04/1965: één bevoegd OCMW tegelijk (overlappingscontrole van de POD MI)',
    },
    notCompetent: {
      text: 'Tijdens de hulp van het {{cpas}} is {{organisation}} bevoegd (IT 207) van {{from}} tot {{to}}: dit OCMW is op die dagen niet bevoegd.',
      basis:
        'Wet van 02/04/1965, art. 1 en 2; IT 207, verplichte plaats van inschrijving (wet van 12/01/2007)',
    },
    notResident: {
      text: 'Tijdens de hulp van het {{cpas}} woont de persoon in {{municipality}} van {{from}} tot {{to}}: ga de territoriale bevoegdheid na.',
      basis: 'Wet van 02/04/1965, art. 1: bevoegdheid van het OCMW van de verblijfsgemeente',
    },
    statusWithoutRight: {
      text: 'Leefloon van {{from}} tot {{to}} terwijl het statuut "{{status}}" geen recht op leefloon opent.',
      basis: 'Wet van 26/05/2002, art. 3, 3°: voorwaarden van nationaliteit en verblijf',
    },
    blocked: {
      text: 'Formulier {{reference}} is geblokkeerd voor betaling ({{reason}}).',
      basis: 'POD MI: blokkering na de overlappingscontrole of een controle a posteriori',
    },
    blockedBy: {
      text: 'Formulier {{reference}} is geblokkeerd voor betaling ({{reason}}, {{other}}).',
      basis: 'POD MI: blokkering na de overlappingscontrole of een controle a posteriori',
    },
    fraud: {
      text: 'Formulier {{reference}} draagt een fraudeaanduiding.',
      basis: 'POD MI: fraudeaanduiding op het formulier (controle a posteriori)',
    },
    piisMissing: {
      text: 'Op de leefloonbeslissing van {{date}} ({{cpas}}) volgt geen GPMI binnen 3 maanden.',
      basis: 'Wet van 26/05/2002, art. 11: GPMI gesloten binnen drie maanden na de beslissing',
    },
    piisEnded: {
      text: 'Het GPMI liep af op {{date}} terwijl het leefloon van het {{cpas}} doorloopt.',
      basis: 'Wet van 26/05/2002, art. 11: GPMI tijdens het recht op leefloon',
    },
    art35: {
      text: '{{days}} vrijgestelde dagen op 1096 sinds {{first}}; aan het huidige tempo wordt het plafond bereikt op {{ceiling}}.',
      basis: 'KB van 11/07/2002, art. 35: 36 maanden vrijstelling over hoogstens 72',
    },
    art35Reached: {
      text: 'Plafond bereikt: {{days}} vrijgestelde dagen op 1096 sinds {{first}}.',
      basis: 'KB van 11/07/2002, art. 35: 36 maanden vrijstelling over hoogstens 72',
    },
    art35Idle: {
      text: '{{days}} vrijgestelde dagen op 1096 sinds {{first}}; geen lopende vrijstelling.',
      basis: 'KB van 11/07/2002, art. 35: 36 maanden vrijstelling over hoogstens 72',
    },
    competenceGap: {
      text: 'Van {{from}} tot {{to}} is geen OCMW of opvangstructuur bevoegd (IT 207).',
      basis: 'IT 207: verplichte plaats van inschrijving (wet van 12/01/2007)',
    },
  },
  situation: {
    title: 'Toestand op {{date}}',
    date: 'Toestand op',
    go: 'Naar deze datum',
    invalid: 'Datum te schrijven als dd/mm/jjjj',
    nationality: 'Nationaliteit',
    register: 'Register',
    municipality: 'Gemeente',
    organisation: 'Bevoegd (IT 207)',
    status: 'Statuut',
    aid: 'Lopende hulp',
    piis: 'GPMI',
    art35: 'Vrijstelling art. 35',
    artistic: 'Artistieke vrijstelling',
    none: 'niets op deze datum',
    aidLine: '{{basis}} · {{cpas}} · {{role}} · sinds {{begin}}',
    aidLineEnd: '{{basis}} · {{cpas}} · {{role}} · van {{begin}} tot {{end}}',
    roleUnknown: 'rol niet vermeld',
  },
  comparison: {
    title: 'Wijzigingen sinds het onderzoek van {{date}}',
    reportTitle: 'Wijzigingen sinds {{date}}',
    offer: 'Vergelijken met het onderzoek van',
    compare: 'Vergelijken',
    stop: 'Niet meer vergelijken',
    loading: 'Het onderzoek van {{date}} wordt geopend…',
    none: 'Er is niets gewijzigd sinds dit onderzoek.',
    inReport: 'Het afgedrukte of geëxporteerde rapport neemt deze wijzigingen op.',
    items: 'Periodes ({{count}})',
    findings: 'Vaststellingen ({{count}})',
    marked: 'Op de tijdlijnen zijn de toegevoegde of gewijzigde periodes omlijnd.',
    select: 'Tonen',
    selectLabel: 'Tonen op de tijdlijnen: {{what}}',
    kindColumn: 'Wijziging',
    laneColumn: 'Baan',
    whatColumn: 'Gegeven',
    changeColumn: 'Voor → na',
    kind: {
      added: 'Toegevoegd',
      removed: 'Verdwenen',
      ended: 'Beëindigd',
      changed: 'Gewijzigd',
    },
    finding: {
      appeared: 'Nieuwe vaststelling',
      disappeared: 'Vaststelling vervallen',
    },
    blocked: 'nu geblokkeerd',
    unblocked: 'niet meer geblokkeerd',
    fraud: 'nu als fraude gemarkeerd',
    noFraud: 'niet meer als fraude gemarkeerd',
  },
} as const;
