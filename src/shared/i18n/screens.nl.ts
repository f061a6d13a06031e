// Dutch texts of the app's other screens: navigation, saved inquiries, audit log.
export const screensNl = {
  nav: {
    label: 'Hoofdnavigatie',
    newInquiry: 'Nieuw onderzoek',
    saved: 'Bewaarde onderzoeken',
    audit: 'Auditlogboek',
  },
  personName: {
    label: 'Naam van de persoon (optioneel)',
    placeholder: 'NAAM Voornaam',
    help: 'Om dit onderzoek later terug te vinden bij de bewaarde onderzoeken. De naam blijft op deze werkpost: hij wordt niet naar de KSZ gestuurd.',
  },
  saved: {
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
  },
  offline: {
    label: 'Offline kopie',
    consulted: 'Offline kopie: onderzoek geraadpleegd bij de KSZ op {{date}} om {{time}}.',
    stale:
      'De gegevens kunnen sindsdien gewijzigd zijn. Start het onderzoek opnieuw voor een actueel antwoord van de KSZ.',
    rerun: 'Onderzoek opnieuw starten',
    rerunBusy: 'Er loopt al een onderzoek: wacht tot het klaar is.',
    back: 'Bewaarde onderzoeken',
  },
  retention: {
    title: 'Bewaartermijn',
    summary:
      'Onderzoeken worden {{days}} dag(en) bewaard; volgende opruiming op {{date}} om {{time}}.',
    summaryNoDate: 'Onderzoeken worden {{days}} dag(en) bewaard.',
    paused:
      'De automatische opruimingen zijn opgeschort: de bewaarde instelling is onleesbaar. Sla de termijn opnieuw op om ze te hervatten.',
    label: 'Onderzoeken bewaren (in dagen)',
    help: 'Van 1 tot 3650 dagen, gerekend vanaf de raadpleging. Bij de volgende opruiming worden oudere onderzoeken verwijderd; het auditlogboek valt daar niet onder.',
    invalid: 'Vul een geheel aantal dagen in, van 1 tot 3650.',
    save: 'Termijn opslaan',
    saved: 'Nieuwe bewaartermijn opgeslagen.',
  },
  audit: {
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
  },
  confirm: {
    cancel: 'Annuleren',
  },
  vaultLock: {
    'encryption-unavailable': 'de versleuteling van het systeem is niet beschikbaar',
    'insecure-backend': 'de sleutelbos van het systeem biedt geen veilige bescherming',
    'backend-changed': 'de bescherming van het systeem is gewijzigd sinds de kluis werd aangemaakt',
    'box-changed': 'de kluis werd met een andere beschermingsmodus aangemaakt',
    'key-missing': 'de sleutel van de kluis is verdwenen terwijl er gegevens zijn',
    'key-unreadable': 'de sleutel van de kluis is onleesbaar',
    'key-file-exposed': 'het sleutelbestand is leesbaar voor andere gebruikers',
  },
};
