// German texts of the report: the result screen's export and print actions, and the printed report's own words.
import type { Catalogue } from '../catalogue';

export const report: Catalogue['report'] = {
  unconfiguredCpas: 'ÖSHZ nicht eingerichtet',
  unconfiguredInvestigator: 'Nicht in den Einstellungen angegeben',
  actions: {
    label: 'Bericht',
    export: 'Exportieren',
    exportMenu: 'Den Bericht exportieren',
    pdf: 'PDF-Datei (druckbarer Bericht)',
    csv: 'CSV-Datei (Tabellenkalkulation)',
    json: 'JSON-Datei (vollständige Daten)',
    print: 'Drucken',
    makingPdf: 'PDF wird erstellt…',
    making: 'Datei wird erstellt…',
    printing: 'Druck wird vorbereitet…',
    shortcuts: 'Tastenkürzel: Strg+P zum Drucken, Strg+E zum Exportieren',
  },
  done: {
    saved: 'Datei gespeichert: {{file}}',
    downloaded: 'Datei heruntergeladen: {{file}}',
    cancelled: 'Export abgebrochen: es wurde keine Datei geschrieben.',
    printed: 'Der Bericht wurde an den Drucker gesendet.',
    printCancelled: 'Drucken abgebrochen.',
    opened: 'Der Bericht wurde in einem neuen Tab mit dem Druckfenster geöffnet.',
  },
  error: {
    failed:
      'Der Bericht konnte nicht erstellt oder geschrieben werden. Versuchen Sie es erneut; besteht das Problem weiter, wenden Sie sich an den Support.',
    popupBlocked:
      'Der Browser hat den Druck-Tab blockiert: erlauben Sie Pop-up-Fenster für diese Anwendung und versuchen Sie es erneut.',
    otherPerson:
      'Die zum Vergleich gewählte Untersuchung betrifft eine andere Person: der Bericht kann sie nicht vergleichen.',
  },
  // The printed report's own words (PDF and print page).
  document: {
    // The first word of an export's file name: only a-z, safe on every file system.
    fileName: 'untersuchung',
    title: 'Bericht der Sozialuntersuchung',
    demoMark: 'DEMO / TEST – fiktive Daten',
    demoNotice:
      'Dieser Bericht stammt aus der Umgebung „{{environment}}“: Die Daten sind fiktiv oder Testdaten und betreffen keine reale Person.',
    cpas: 'ÖSHZ',
    cbe: 'ZDU',
    investigator: 'Sozialarbeiter(in)',
    person: 'Person',
    nissKind: 'Art der Nummer',
    legalContext: 'Rechtlicher Kontext',
    answerVersion: 'Version der Antwort',
    timeline: 'Zeitleiste',
    timelineScope:
      'Zeitraum der Untersuchung vom {{from}} bis {{to}}, {{count}} Zeitraum/Zeiträume in {{lanes}} Bahn(en).',
    timelineDetail: 'Zeitleiste, vergrößert auf die Jahre mit Daten: vom {{from}} bis {{to}}',
    lanes: 'Zeiträume je Bahn',
    missing:
      'nicht verfügbar — die ZDSS hat nicht geantwortet; diese Rubrik in der Anwendung erneut abfragen',
    missingSection:
      '{{lane}}: nicht verfügbar — die ZDSS hat nicht geantwortet; diese Rubrik in der Anwendung erneut abfragen',
    incomplete:
      'Unvollständige Antwort: {{count}} Rubrik(en) nicht verfügbar, in diesem Bericht als solche markiert. Der Rest der Antwort ist vollständig.',
    summary: 'Übersicht je Bahn',
    allPeriods: 'Für alle Zeiträume',
    markersNote:
      'Ein Zeitraum ohne „{{blocked}}“ oder „{{fraud}}“ in der Spalte „{{column}}“ ist weder gesperrt noch als Betrug gekennzeichnet.',
    periods: 'Zeiträume',
    ownTicket: 'Ticket des ÖSHZ',
    ref: 'Nr.',
    code: 'Code',
    details: 'Einzelheiten',
    page: 'Seite',
    confidential:
      'Vertrauliches Dokument: personenbezogene Sozialdaten, ausschließlich für die Sozialuntersuchung bestimmt. Nicht weitergeben.',
    generatedAt: 'Erstellt am {{date}}',
    dayUnknown: 'Tag unbekannt',
    monthUnknown: 'Monat und Tag unbekannt',
    clipped:
      'Beginnt vor oder endet nach dem Zeitraum der Untersuchung: am Rand abgeschnitten (◂ ▸)',
    consultation: 'Datum der Abfrage (gestrichelte Linie)',
    overlapping: '{{count}} überlappende(r) Zeitraum/Zeiträume auf der letzten Linie gezeichnet',
    registerExtract: 'Auszug aus dem Nationalregister (Tx25)',
    tiCode: 'IT {{code}}',
    foreignerSituation: 'Situation des Ausländers (ForeignerSituation)',
    extractHistory: 'Mit Verlauf angefragt: aktuelle Werte, dann frühere Werte.',
    extractCurrentOnly: 'Ohne Verlauf angefragt: nur aktuelle Werte.',
    extractNotFound: 'Das Nationalregister enthält keine Angaben zu dieser Person.',
    extractReplaced: 'Die angefragte ENSS wurde ersetzt: Der Auszug betrifft {{niss}}.',
    unknownType: 'der Anwendung unbekannte Angabenart, Gruppe {{group}}',
    noDate: 'ohne Datum',
    fields: 'Angaben',
    entries: '{{count}} Eintrag/Einträge',
    aboutNiss: 'Abgefragte ENSS',
    employmentCards: 'Berufskarten (IT 197)',
    workPermits: 'Arbeitserlaubnisse (IT 198)',
    specialInfos: 'Besondere Angaben (IT 202)',
    documentNumber: 'Nummer',
    validFrom: 'Gültig ab',
    expiry: 'Ablauf',
    closed: 'Abgeschlossen am',
    comment: 'Bemerkung',
    indefinite: 'unbefristet',
    issued: 'Ausgestellt, erneuert oder verlängert am',
    residenceReason: 'Aufenthaltsgrund',
    reunification: 'Familienzusammenführung mit',
    fictionalNumber: 'fiktive Nummer {{number}}',
    nothingRecorded: 'Nichts eingetragen.',
  },
};
