// Dutch texts of the saved inquiries screen.
import type { Catalogue } from '../catalogue';

export const saved: Catalogue['saved'] = {
  title: 'Bewaarde onderzoeken',
  intro:
    'Elk geslaagd onderzoek wordt versleuteld op deze werkpost bewaard. Open het hier zoals het ontvangen werd, ook zonder verbinding met de KSZ.',
  loading: 'Bewaarde onderzoeken worden geladen…',
  count: 'Bewaarde onderzoeken: {{count}}',
  matches: 'Gevonden: {{count}} van {{total}}',
  search: {
    label: 'Zoeken',
    placeholder: 'INSZ of naam',
    help: 'Een INSZ met of zonder punten en streepjes, ook gedeeltelijk (87.04 of 8704), of de naam van de persoon.',
  },
  empty: 'Nog geen bewaarde onderzoeken: geslaagde onderzoeken verschijnen hier.',
  noMatch: 'Geen bewaard onderzoek komt overeen met ‘{{search}}’.',
  column: {
    person: 'Persoon',
    niss: 'INSZ',
    period: 'Periode',
    consultedAt: 'Geraadpleegd op',
    environment: 'Omgeving',
    actions: 'Acties',
  },
  noName: 'naam niet opgegeven',
  requested: 'gevraagd: {{niss}}',
  noData: 'geen gegevens',
  damagedRow: 'onleesbaar bestand',
  open: 'Openen',
  openLabel: 'Het onderzoek van {{who}} openen',
  delete: 'Verwijderen',
  deleteLabel: 'Het onderzoek van {{who}} verwijderen',
  rename: {
    button: 'Naam…',
    label: 'De naam van {{who}} toevoegen of verbeteren',
    field: 'Naam van de persoon',
    help: 'Laat leeg om de naam uit het rijksregister te nemen, als het werd geraadpleegd.',
    save: 'Naam bewaren',
    done: 'Naam bewaard.',
  },
  deleteAll: 'Alles verwijderen',
  confirmDelete: {
    title: 'Dit bewaarde onderzoek verwijderen?',
    body: 'Het onderzoek van {{who}}, geraadpleegd op {{date}}, wordt van deze werkpost verwijderd. Dat is definitief; het auditlogboek bewaart het spoor van de oproep.',
    yes: 'Verwijderen',
  },
  confirmDeleteAll: {
    title: 'Alle bewaarde onderzoeken verwijderen?',
    body: 'Alle bewaarde onderzoeken op deze werkpost ({{count}}) worden verwijderd. Dat is definitief; het auditlogboek blijft bewaard.',
    damaged: 'Ook de onleesbare bestanden ({{count}}) worden verwijderd.',
    yes: 'Alles verwijderen',
  },
  deleted: 'Het onderzoek werd verwijderd.',
  deletedAll: 'Verwijderde onderzoeken: {{count}}.',
  damaged: {
    title: 'Onleesbare bestanden: {{count}}',
    body: 'Deze bestanden van de kluis zijn niet door de integriteitscontrole gekomen: ze kunnen niet geopend worden, dus de lijst toont minder onderzoeken dan er bewaard werden. De andere onderzoeken zijn niet getroffen.',
  },
  indexRepaired:
    'De index van de bewaarde onderzoeken was onleesbaar: hij werd bij het opstarten opnieuw opgebouwd uit de bestanden.',
  keyFile:
    'In deze modus (browserhost) wordt de sleutel van de kluis beschermd door een sleutelbestand dat alleen voor uw account op deze werkpost leesbaar is. Dat is minder sterk dan de desktoptoepassing, waar het besturingssysteem de sleutel beschermt: gebruik die voor echt werk.',
  opening: 'Het bewaarde onderzoek wordt geopend…',
  back: 'Terug naar de lijst',
};
