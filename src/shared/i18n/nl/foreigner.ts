// Dutch texts of the foreigner situation (ForeignerSituation): work documents and residence reasons.
import type { Catalogue } from '../catalogue';

export const foreigner: Catalogue['foreigner'] = {
  title: 'Situatie als vreemdeling (ForeignerSituation)',
  consulted: 'Geraadpleegd op {{date}} · KSZ-ticket',
  replaced: 'Dit INSZ werd vervangen: de gegevens gaan over {{niss}}.',
  nothing:
    'Geen kaart, geen vergunning en geen bijzondere informatie geregistreerd voor deze persoon.',
  indefinite: 'onbepaalde duur',
  timelineLabel: 'Beroepskaarten en arbeidsvergunningen in de tijd',
  lanes: {
    employmentCards: 'Beroepskaarten',
    workPermits: 'Arbeidsvergunningen',
  },
  columns: {
    number: 'Documentnummer',
    from: 'Geldig vanaf',
    expiry: 'Vervalt op',
    closed: 'Afgesloten op',
    comment: 'Opmerking',
  },
  special: 'Bijzondere informatie',
  reason: 'Reden van het verblijf:',
  validity: 'Van {{from}} tot {{to}}',
  reunification: 'Gezinshereniging met:',
  inquire: 'Onderzoek naar deze persoon',
  fictional: 'fictief nummer {{number}}',
  /** Seed 002: the card and permit data are not the authentic source. */
  notAuthentic:
    'Geen authentieke bron: sinds 1 januari 2015 reiken de Gewesten de beroepskaarten en arbeidskaarten uit, en het Rijksregister registreert ze pas wanneer de gemeente ervan op de hoogte is. Deze gegevens kunnen dus onvolledig of verouderd zijn: controleer bij het Gewest.',
};
