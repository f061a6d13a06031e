// German texts of the foreigner situation (ForeignerSituation): work documents and residence reasons.
import type { Catalogue } from '../catalogue';

export const foreigner: Catalogue['foreigner'] = {
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
  /** Seed 002: the card and permit data are not the authentic source. */
  notAuthentic:
    'Keine authentische Quelle: Seit dem 1. Januar 2015 stellen die Regionen die Berufskarten und Arbeitserlaubnisse aus, und das Nationalregister erfasst sie erst, wenn die Gemeinde davon erfährt. Diese Daten können daher unvollständig oder veraltet sein: Prüfen Sie bei der Region nach.',
};
