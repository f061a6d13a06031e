// German texts of the consultations made from a result: the buttons, and the foreigner situation.
export const foreignerDe = {
  supplements: {
    label: 'Weitere Abfragen zu dieser Person',
    consulting: 'Abfrage läuft…',
    registerExtract: 'Auszug aus dem Nationalregister (Tx25)',
    registerExtractAgain: 'Den Registerauszug erneut abfragen',
    foreignerSituation: 'Ausländersituation (Genehmigungen, Aufenthaltsgrund)',
    foreignerSituationAgain: 'Die Ausländersituation erneut abfragen',
  },
  foreigner: {
    title: 'Ausländersituation (ForeignerSituation)',
    consulted: 'Abgefragt am {{date}} · ZDSS-Ticket',
    replaced: 'Diese ENSS wurde ersetzt: Die Daten betreffen {{niss}}.',
    nothing:
      'Keine Karte, keine Genehmigung und keine besondere Information für diese Person eingetragen.',
    indefinite: 'unbefristet',
    timelineLabel: 'Berufskarten und Arbeitserlaubnisse im Zeitverlauf',
    lanes: {
      employmentCards: 'Berufskarten',
      workPermits: 'Arbeitserlaubnisse',
    },
    columns: {
      number: 'Nummer',
      from: 'Gültig ab',
      expiry: 'Läuft ab am',
      closed: 'Abgeschlossen am',
      comment: 'Bemerkung',
    },
    special: 'Besondere Informationen',
    reason: 'Aufenthaltsgrund:',
    validity: 'Vom {{from}} bis {{to}}',
    reunification: 'Familienzusammenführung mit:',
    inquire: 'Untersuchung zu dieser Person',
    fictional: 'fiktive Nummer {{number}}',
  },
} as const;
