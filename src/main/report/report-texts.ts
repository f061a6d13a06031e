// The report's own words (fr reference, nl, de): those the shared catalogue lacks; the rest is reused from it.
//
// They live here because the report core may not edit src/shared/i18n; each entry can move as is into a
// `report` section of the catalogue (the shape already matches: one object per language, same keys).
import type { Language } from '../../shared/preferences';

export const reportTextsFr = {
  title: 'Rapport d’enquête sociale',
  demoMark: 'DÉMO / TEST – données fictives',
  demoNotice:
    'Ce rapport provient de l’environnement « {{environment}} » : ses données sont fictives ou de test et ne concernent aucune personne réelle.',
  cpas: 'CPAS',
  cbe: 'BCE',
  investigator: 'Enquêteur',
  person: 'Personne',
  nissKind: 'Type de numéro',
  legalContext: 'Contexte légal',
  answerVersion: 'Version de la réponse',
  timeline: 'Ligne du temps',
  timelineScope:
    'Période de l’enquête du {{from}} au {{to}}, {{count}} période(s) dans {{lanes}} couloir(s).',
  timelineDetail:
    'Ligne du temps, agrandie sur les années qui ont des données : du {{from}} au {{to}}',
  lanes: 'Périodes par couloir',
  summary: 'Résumé par couloir',
  allPeriods: 'Pour toutes les périodes',
  markersNote:
    'Une période sans « {{blocked}} » ni « {{fraud}} » dans la colonne « {{column}} » n’est ni bloquée ni marquée comme fraude.',
  periods: 'Périodes',
  ownTicket: 'Ticket du CPAS',
  ref: 'N°',
  code: 'Code',
  details: 'Détails',
  page: 'Page',
  confidential:
    'Document confidentiel : données sociales à caractère personnel, réservées à l’enquête sociale. Ne pas diffuser.',
  generatedAt: 'Établi le {{date}}',
  dayUnknown: 'jour inconnu',
  monthUnknown: 'mois et jour inconnus',
  clipped: 'Commence avant ou finit après la période dessinée : coupé au bord (◂ ▸)',
  consultation: 'Date de la consultation (trait pointillé)',
  overlapping: '{{count}} période(s) superposée(s) dessinée(s) sur la dernière ligne',
} as const;

type Widen<T> = { [K in keyof T]: string };
export type ReportTexts = Widen<typeof reportTextsFr>;

export const reportTextsNl: ReportTexts = {
  title: 'Verslag van het sociaal onderzoek',
  demoMark: 'DEMO / TEST – fictieve gegevens',
  demoNotice:
    'Dit verslag komt uit de omgeving "{{environment}}": de gegevens zijn fictief of testgegevens en betreffen geen echte persoon.',
  cpas: 'OCMW',
  cbe: 'KBO',
  investigator: 'Maatschappelijk werker',
  person: 'Persoon',
  nissKind: 'Soort nummer',
  legalContext: 'Wettelijke context',
  answerVersion: 'Versie van het antwoord',
  timeline: 'Tijdlijn',
  timelineScope:
    'Periode van het onderzoek van {{from}} tot {{to}}, {{count}} periode(s) in {{lanes}} baan (banen).',
  timelineDetail: 'Tijdlijn, ingezoomd op de jaren met gegevens: van {{from}} tot {{to}}',
  lanes: 'Periodes per baan',
  summary: 'Samenvatting per baan',
  allPeriods: 'Voor alle periodes',
  markersNote:
    'Een periode zonder "{{blocked}}" of "{{fraud}}" in de kolom "{{column}}" is niet geblokkeerd en niet als fraude aangeduid.',
  periods: 'Periodes',
  ownTicket: 'Ticket van het OCMW',
  ref: 'Nr.',
  code: 'Code',
  details: 'Details',
  page: 'Pagina',
  confidential:
    'Vertrouwelijk document: sociale persoonsgegevens, uitsluitend bestemd voor het sociaal onderzoek. Niet verspreiden.',
  generatedAt: 'Opgemaakt op {{date}}',
  dayUnknown: 'dag onbekend',
  monthUnknown: 'maand en dag onbekend',
  clipped: 'Begint vóór of eindigt na de getekende periode: afgesneden aan de rand (◂ ▸)',
  consultation: 'Datum van de raadpleging (stippellijn)',
  overlapping: '{{count}} overlappende periode(s) op de laatste lijn getekend',
};

export const reportTextsDe: ReportTexts = {
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
  clipped: 'Beginnt vor oder endet nach dem Zeitraum der Untersuchung: am Rand abgeschnitten (◂ ▸)',
  consultation: 'Datum der Abfrage (gestrichelte Linie)',
  overlapping: '{{count}} überlappende(r) Zeitraum/Zeiträume auf der letzten Linie gezeichnet',
};

export const REPORT_TEXTS: Record<Language, ReportTexts> = {
  fr: reportTextsFr,
  nl: reportTextsNl,
  de: reportTextsDe,
};

/** A report text with its {{placeholders}} filled (the same syntax as the catalogue's, so it can move there). */
export function reportText(
  language: Language,
  key: keyof ReportTexts,
  values: Record<string, string | number> = {},
): string {
  return REPORT_TEXTS[language][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
