// Dutch texts of the audit log screen and its CSV export.
import type { Catalogue } from '../catalogue';

export const audit: Catalogue['audit'] = {
  title: 'Auditlogboek',
  intro:
    'Elke oproep naar de KSZ, geslaagd of geweigerd, wordt versleuteld gelogd op deze werkpost: datum en tijd, gebruiker, dienst, INSZ, wettelijke context, resultaat en ticket; zo ook elke export (PDF, CSV, JSON) en elke afdruk van een onderzoek. Exporteer een periode voor de veiligheidsadviseur.',
  range: 'Te exporteren periode',
  currentMonth: 'Lopende maand',
  previousMonth: 'Vorige maand',
  export: 'Exporteren als CSV',
  exporting: 'Bezig met exporteren…',
  damaged:
    '{{count}} record(s) van het logboek zijn onleesbaar (beschadigd): ze staan niet in het bestand.',
  result: 'Geëxporteerde regels: {{rows}}, in het bestand {{file}}.',
  resultEmpty:
    'Geen oproep naar de KSZ in deze periode: het bestand {{file}} bevat alleen de kopregel.',
  confidential:
    'Het bestand bevat INSZ-nummers: bewaar het op een veilige plaats en verwijder het na gebruik.',
  // The audit CSV: its column headers and the words for what each entry records.
  csv: {
    header: {
      at: 'Datum en tijd',
      osUser: 'Gebruiker van de werkpost',
      investigator: 'Maatschappelijk werker',
      service: 'Dienst',
      niss: 'INSZ',
      legalContext: 'Wettelijke context',
      environment: 'Omgeving',
      outcome: 'Resultaat',
      ticketCBSS: 'KSZ-ticket',
      action: 'Handeling',
    },
    action: {
      'bcss-call': 'KSZ-oproep',
      'export-pdf': 'PDF-export',
      'export-csv': 'CSV-export',
      'export-json': 'JSON-export',
      print: 'Afdruk',
      'lists-fetch': 'Ophalen van de Nova+-lijsten',
      'lists-import': 'Import van Nova+-lijsten',
      rename: 'Naam van de persoon gewijzigd',
    },
  },
};
