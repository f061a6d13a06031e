// German texts of the answers to the investigator's questions: aid periods per ÖSHZ, findings, the situation on a date.
export const answers = {
  aid: {
    stop: '■ eingestellt am {{date}}',
    stopPoint: 'Einstellung oder Ablehnung',
    claims: '{{count}} Erstattungsantrag/-anträge',
    declared: 'Angegebener Zeitraum: {{period}}',
    tooltip: '{{cpas}} · Hilfe vom {{period}}',
  },
  table: {
    cpas: 'ÖSHZ',
    dateFilter: 'Gültig am',
    dateFilterHint: 'TT/MM/JJJJ; leer: alle Zeilen',
    dateFilterInvalid: 'Datum als TT/MM/JJJJ schreiben',
    filtered: '{{shown}} Zeile(n) gültig am {{date}} von {{total}}',
  },
  findings: {
    title: 'Feststellungen',
    none: 'Keine Feststellung: nichts gefährdet die Erstattung für diesen Zeitraum.',
    basis: 'Rechtsgrundlage: {{basis}}',
    rule: 'Rechtsgrundlage',
    select: 'Betroffene Zeiträume zeigen',
    selectOne: '{{label}} zeigen',
    severity: {
      blocking: 'Blockierend',
      check: 'Zu prüfen',
      info: 'Hinweis',
    },
    overlap: {
      text: 'Das {{other}} hat ebenfalls eine offene {{basis}}-Hilfe vom {{from}} bis {{to}}: die Überschneidungskontrolle des ÖPD SI wird eine der beiden Erstattungen sperren.',
      basis:
        'Gesetz vom 26.05.2002 und Gesetz vom 02.04.1965: nur ein zuständiges ÖSHZ zugleich (Überschneidungskontrolle des ÖPD SI)',
    },
    overlapOpen: {
      text: 'Das {{other}} hat ebenfalls eine offene {{basis}}-Hilfe seit dem {{from}}, noch laufend: die Überschneidungskontrolle des ÖPD SI wird eine der beiden Erstattungen sperren.',
      basis:
        'Gesetz vom 26.05.2002 und Gesetz vom 02.04.1965: nur ein zuständiges ÖSHZ zugleich (Überschneidungskontrolle des ÖPD SI)',
    },
    notCompetent: {
      text: 'Während der Hilfe des {{cpas}} ist {{organisation}} zuständig (IT 207) vom {{from}} bis {{to}}: dieses ÖSHZ ist an diesen Tagen nicht zuständig.',
      basis:
        'Gesetz vom 02.04.1965, Art. 1 und 2; IT 207, verpflichtender Eintragungsort (Gesetz vom 12.01.2007)',
    },
    notResident: {
      text: 'Während der Hilfe des {{cpas}} wohnt die Person in {{municipality}} vom {{from}} bis {{to}}: prüfen Sie die örtliche Zuständigkeit.',
      basis: 'Gesetz vom 02.04.1965, Art. 1: Zuständigkeit des ÖSHZ der Wohnsitzgemeinde',
    },
    statusWithoutRight: {
      text: 'EE-Hilfe vom {{from}} bis {{to}}, obwohl der Status „{{status}}“ kein Recht auf Eingliederungseinkommen eröffnet.',
      basis:
        'Gesetz vom 26.05.2002, Art. 3 Nr. 3: Bedingungen für Staatsangehörigkeit und Aufenthalt',
    },
    blocked: {
      text: 'Das Formular {{reference}} ist für die Zahlung gesperrt ({{reason}}).',
      basis: 'ÖPD SI: Sperre nach der Überschneidungskontrolle oder einer nachträglichen Kontrolle',
    },
    blockedBy: {
      text: 'Das Formular {{reference}} ist für die Zahlung gesperrt ({{reason}}, {{other}}).',
      basis: 'ÖPD SI: Sperre nach der Überschneidungskontrolle oder einer nachträglichen Kontrolle',
    },
    fraud: {
      text: 'Das Formular {{reference}} trägt einen Betrugshinweis.',
      basis: 'ÖPD SI: Betrugshinweis auf dem Formular (nachträgliche Kontrolle)',
    },
    piisMissing: {
      text: 'Auf den EE-Beschluss vom {{date}} ({{cpas}}) folgt kein IPSE innerhalb von 3 Monaten.',
      basis: 'Gesetz vom 26.05.2002, Art. 11: IPSE binnen drei Monaten nach dem Beschluss',
    },
    piisEnded: {
      text: 'Das IPSE endete am {{date}}, während die EE-Hilfe des {{cpas}} weiterläuft.',
      basis:
        'Gesetz vom 26.05.2002, Art. 11: IPSE während des Anspruchs auf Eingliederungseinkommen',
    },
    art35: {
      text: '{{days}} befreite Tage von 1096 seit dem {{first}}; beim jetzigen Tempo wird die Obergrenze am {{ceiling}} erreicht.',
      basis: 'KE vom 11.07.2002, Art. 35: höchstens 36 Monate Befreiung innerhalb von 72',
    },
    art35Reached: {
      text: 'Obergrenze erreicht: {{days}} befreite Tage von 1096 seit dem {{first}}.',
      basis: 'KE vom 11.07.2002, Art. 35: höchstens 36 Monate Befreiung innerhalb von 72',
    },
    art35Idle: {
      text: '{{days}} befreite Tage von 1096 seit dem {{first}}; keine laufende Befreiung.',
      basis: 'KE vom 11.07.2002, Art. 35: höchstens 36 Monate Befreiung innerhalb von 72',
    },
    competenceGap: {
      text: 'Vom {{from}} bis {{to}} ist kein ÖSHZ und keine Aufnahmestruktur zuständig (IT 207).',
      basis: 'IT 207: verpflichtender Eintragungsort (Gesetz vom 12.01.2007)',
    },
  },
  situation: {
    title: 'Lage am {{date}}',
    date: 'Lage am',
    go: 'Zu diesem Datum',
    invalid: 'Datum als TT/MM/JJJJ schreiben',
    nationality: 'Staatsangehörigkeit',
    register: 'Register',
    municipality: 'Gemeinde',
    organisation: 'Zuständig (IT 207)',
    status: 'Status',
    aid: 'Laufende Hilfe',
    piis: 'IPSE',
    art35: 'Befreiung Art. 35',
    artistic: 'Künstlerische Befreiung',
    none: 'nichts an diesem Datum',
    aidLine: '{{basis}} · {{cpas}} · {{role}} · seit dem {{begin}}',
    aidLineEnd: '{{basis}} · {{cpas}} · {{role}} · vom {{begin}} bis {{end}}',
    roleUnknown: 'Rolle nicht angegeben',
  },
  comparison: {
    title: 'Änderungen seit der Untersuchung vom {{date}}',
    reportTitle: 'Änderungen seit dem {{date}}',
    offer: 'Vergleichen mit der Untersuchung vom',
    compare: 'Vergleichen',
    stop: 'Nicht mehr vergleichen',
    loading: 'Die Untersuchung vom {{date}} wird geöffnet…',
    none: 'Seit dieser Untersuchung hat sich nichts geändert.',
    inReport: 'Der gedruckte oder exportierte Bericht enthält diese Änderungen.',
    items: 'Zeiträume ({{count}})',
    findings: 'Feststellungen ({{count}})',
    marked: 'Auf den Zeitleisten sind hinzugefügte oder geänderte Zeiträume umrandet.',
    select: 'Zeigen',
    selectLabel: 'Auf den Zeitleisten zeigen: {{what}}',
    kindColumn: 'Änderung',
    laneColumn: 'Bahn',
    whatColumn: 'Angabe',
    changeColumn: 'Vorher → nachher',
    kind: {
      added: 'Hinzugefügt',
      removed: 'Verschwunden',
      ended: 'Beendet',
      changed: 'Geändert',
    },
    finding: {
      appeared: 'Neue Feststellung',
      disappeared: 'Feststellung entfallen',
    },
    blocked: 'jetzt gesperrt',
    unblocked: 'nicht mehr gesperrt',
    fraud: 'jetzt als Betrug markiert',
    noFraud: 'nicht mehr als Betrug markiert',
  },
} as const;
