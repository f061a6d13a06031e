// Dutch texts of the report: the result screen's export and print actions, and the printed report's own words.
import type { Catalogue } from '../catalogue';

export const report: Catalogue['report'] = {
  unconfiguredCpas: 'OCMW niet ingesteld',
  unconfiguredInvestigator: 'Niet ingevuld in de instellingen',
  actions: {
    label: 'Verslag',
    export: 'Exporteren',
    exportMenu: 'Het verslag exporteren',
    pdf: 'PDF-bestand (afdrukbaar verslag)',
    csv: 'CSV-bestand (rekenblad)',
    json: 'JSON-bestand (volledige gegevens)',
    print: 'Afdrukken',
    makingPdf: 'PDF wordt gemaakt…',
    making: 'Bestand wordt gemaakt…',
    printing: 'Afdruk wordt voorbereid…',
    shortcuts: 'Sneltoetsen: Ctrl+P om af te drukken, Ctrl+E om te exporteren',
  },
  done: {
    saved: 'Bestand opgeslagen: {{file}}',
    downloaded: 'Bestand gedownload: {{file}}',
    cancelled: 'Export geannuleerd: er werd geen bestand geschreven.',
    printed: 'Het verslag werd naar de printer gestuurd.',
    printCancelled: 'Afdrukken geannuleerd.',
    opened: 'Het verslag werd geopend in een nieuw tabblad, met het afdrukvenster.',
  },
  error: {
    failed:
      'Het verslag kon niet worden gemaakt of geschreven. Probeer opnieuw; blijft het probleem, contacteer de support.',
    popupBlocked:
      'De browser heeft het afdruktabblad geblokkeerd: sta pop-upvensters toe voor deze toepassing en probeer opnieuw.',
    otherPerson:
      'Het voor de vergelijking gekozen onderzoek gaat over een andere persoon: het verslag kan ze niet vergelijken.',
  },
  // The printed report's own words (PDF and print page).
  document: {
    // The first word of an export's file name: only a-z, safe on every file system.
    fileName: 'onderzoek',
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
    missing:
      'niet beschikbaar — de KSZ heeft niet geantwoord; vraag deze rubriek opnieuw in de toepassing',
    missingSection:
      '{{lane}}: niet beschikbaar — de KSZ heeft niet geantwoord; vraag deze rubriek opnieuw in de toepassing',
    incomplete:
      'Onvolledig antwoord: {{count}} rubriek(en) niet beschikbaar, als zodanig gemarkeerd in dit verslag. De rest van het antwoord is volledig.',
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
    registerExtract: 'Uittreksel uit het rijksregister (Tx25)',
    tiCode: 'IT {{code}}',
    foreignerSituation: 'Situatie van de vreemdeling (ForeignerSituation)',
    extractHistory: 'Gevraagd met historiek: huidige waarden en daarna vroegere waarden.',
    extractCurrentOnly: 'Gevraagd zonder historiek: enkel huidige waarden.',
    extractNotFound: 'Het rijksregister bevat geen informatie over deze persoon.',
    extractReplaced: 'Het gevraagde INSZ werd vervangen: het uittreksel gaat over {{niss}}.',
    unknownType: 'informatietype dat de toepassing niet kent, groep {{group}}',
    noDate: 'zonder datum',
    fields: 'Gegevens',
    entries: '{{count}} vermelding(en)',
    aboutNiss: 'Geraadpleegd INSZ',
    employmentCards: 'Beroepskaarten (IT 197)',
    workPermits: 'Arbeidsvergunningen (IT 198)',
    specialInfos: 'Bijzondere inlichtingen (IT 202)',
    documentNumber: 'Nummer',
    validFrom: 'Geldig vanaf',
    expiry: 'Vervaldatum',
    closed: 'Afgesloten op',
    comment: 'Opmerking',
    indefinite: 'onbepaalde duur',
    issued: 'Afgegeven, vernieuwd of verlengd op',
    residenceReason: 'Verblijfsreden',
    reunification: 'Gezinshereniging met',
    fictionalNumber: 'fictief nummer {{number}}',
    nothingRecorded: 'Niets geregistreerd.',
  },
};
