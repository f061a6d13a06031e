// Dutch texts of the settings: organisation, investigator, preferences, environments, certificate, connection test.
import type { Catalogue } from '../catalogue';

export const settings: Catalogue['settings'] = {
  title: 'Instellingen',
  nav: 'Instellingen',
  environmentName: {
    demo: 'Demonstratie',
    test: 'Testomgeving',
    acceptance: 'Acceptatie',
    production: 'Productie',
  },
  intro: 'Het OCMW, de onderzoeker en de KSZ-omgeving in wier naam de onderzoeken gebeuren.',
  save: 'Opslaan',
  saved: 'Opgeslagen.',
  saving: 'Bezig met opslaan…',
  organisation: {
    title: 'Organisatie',
    cpasName: 'Naam van het OCMW',
    cbe: 'Ondernemingsnummer (KBO)',
    cbeHelp: '10 cijfers, bijvoorbeeld 0212.345.678.',
    sector: 'Sector',
    institution: 'Instelling',
    matrixHelp: 'OCMW: sector 17, instelling 1.',
  },
  investigator: {
    title: 'Onderzoeker',
    name: 'Naam en voornaam',
    ssin: 'INSZ van de onderzoeker',
    email: 'E-mailadres',
    help: 'De KSZ registreert wie raadpleegt: uw INSZ en uw adres gaan mee met elke oproep.',
  },
  preferences: {
    title: 'Voorkeuren',
    language: 'Taal van de interface',
    defaultPeriodMonths: 'Standaardduur van de periode (maanden)',
    defaultZoom: 'Zoom bij het openen van een resultaat',
    retentionDays: 'Bewaartermijn van de bewaarde onderzoeken (dagen)',
  },
  environment: {
    title: 'KSZ-omgeving',
    active: 'Gebruikte omgeving',
    configure: 'Instellen',
    demoNote:
      'De demonstratie gebruikt de ingebouwde simulator en zijn certificaat: niets in te stellen.',
    switched: 'Actieve omgeving: {{environment}}.',
    productionTitle: 'Naar productie overschakelen?',
    productionText:
      'In productie raadpleegt elk onderzoek de echte gegevens van een persoon en wordt het bij de KSZ gelogd. Ga alleen verder voor een echt dossier.',
    productionConfirm: 'Naar productie overschakelen',
  },
  remote: {
    title: 'Adressen en verbinding: {{environment}}',
    baseUrl: 'Basisadres',
    baseUrlHelp:
      'https://host[:poort][/prefix], zonder schuine streep op het einde: diensten zonder eigen adres voegen er hun pad aan toe.',
    services: 'Adressen van de diensten',
    servicesHelp:
      'Laat leeg voor het basisadres gevolgd door het gebruikelijke pad. Een pad dat met « / » begint, komt onder het basisadres; een volledig adres https://… wijst naar een andere host.',
    serviceEmpty: 'Leeg: {{url}}',
    service: {
      socialInquiry: 'Social Inquiry (sociaal onderzoek)',
      ssdnConnector: 'SSDN-connector sendXML (ListOfAttestation, ManageAccess, IdentifyPerson)',
      registerExtract: 'Tx25: uittreksel uit het Rijksregister (RetrieveTIGroups)',
      foreignerSituation: 'Situatie van vreemdelingen (ForeignerSituation)',
    },
    serviceUrls: 'Volledige adressen',
    basicUser: 'HTTP Basic-gebruiker (optioneel)',
    basicPassword: 'HTTP Basic-wachtwoord',
    basicPasswordSet: 'Er is een wachtwoord opgeslagen (versleuteld).',
    basicPasswordNotSet: 'Geen wachtwoord opgeslagen.',
    setPassword: 'Wachtwoord opslaan',
    clearPassword: 'Wachtwoord wissen',
    connectTimeout: 'Wachttijd voor de verbinding (seconden)',
    responseTimeout: 'Wachttijd voor het antwoord (seconden)',
    timeoutHelp:
      'Per poging: hoogstens {{connectMax}} s om te verbinden, {{responseMax}} s voor het antwoord; een oproep stopt na {{budget}} s, alle pogingen samen.',
    trustSystemCas: 'De certificeringsinstanties van het systeem vertrouwen',
    fingerprint: 'Vastgepind servercertificaat (SHA-256-vingerafdruk, facultatief)',
    fingerprintHelp:
      'Ingevuld wordt voor deze omgeving alleen dit certificaat aanvaard, in plaats van elke instantie (ook die van het systeem). De verbindingstest toont de vingerafdruk van de server.',
    pinHelp:
      'Om alleen de instantie van de KSZ te aanvaarden: vink de instanties van het systeem uit en laad hieronder haar certificaat (PEM).',
    caBundle: 'Bijkomende certificeringsinstanties (PEM)',
    caBundleNone: 'Geen.',
    caBundleLoad: 'Een PEM-bestand laden',
    caBundleRemove: 'Bijkomende instanties verwijderen',
    caValidTo: 'geldig tot {{date}}',
    caExpired: 'verlopen op {{date}}',
    reset: 'Standaardwaarden herstellen',
  },
  proxy: {
    title: 'Proxyserver: {{environment}}',
    intro:
      'De tunnel van de proxy (HTTP CONNECT) ziet alleen host en poort: het certificaat van het OCMW authenticeert zich van begin tot einde bij de KSZ.',
    mode: {
      env: 'Die van deze computer: de systeeminstellingen (Windows, PAC, WPAD), anders de variabelen HTTPS_PROXY en NO_PROXY (standaard)',
      none: 'Geen proxy: rechtstreekse verbinding',
      explicit: 'Deze proxy',
    },
    envDirect:
      'Op deze computer geven noch het systeem noch de variabelen een proxy: rechtstreekse verbinding.',
    envUses: 'Op deze computer geven het systeem of de variabelen: {{proxies}}.',
    url: 'Adres van de proxy',
    urlHelp: 'http://host:poort, zonder aanmeldgegevens.',
    user: 'Gebruiker van de proxy (optioneel)',
    password: 'Wachtwoord van de proxy',
    passwordSet: 'Er is een proxywachtwoord opgeslagen (versleuteld).',
    passwordNotSet: 'Geen proxywachtwoord opgeslagen.',
  },
  certificate: {
    title: 'Clientcertificaat: {{environment}}',
    none: 'Geen certificaat geïmporteerd: oproepen naar deze omgeving zijn onmogelijk.',
    unreadable:
      'Het opgeslagen certificaat gaat niet meer open (beschadigd bestand): importeer het opnieuw.',
    subject: 'Onderwerp',
    issuer: 'Uitgever',
    serial: 'Serienummer',
    validFrom: 'Geldig vanaf',
    validTo: 'Geldig tot',
    daysLeft: 'Resterende dagen',
    importedAt: 'Geïmporteerd op',
    cbe: 'KBO-nummer van het certificaat',
    cbeMatches: 'komt overeen met de organisatie',
    cbeDiffers:
      'komt niet overeen met het KBO-nummer van de organisatie: de KSZ zou de oproepen weigeren',
    expiringSoon: 'Dit certificaat verloopt binnen {{days}} dag(en): vraag tijdig een nieuw aan.',
    expired: 'Dit certificaat is verlopen op {{date}}: importeer het nieuwe certificaat.',
    notYetValid: 'Dit certificaat is pas geldig vanaf {{date}}.',
    file: 'Bestand .p12 of .pfx',
    passphrase: 'Wachtzin van het bestand',
    import: 'Certificaat importeren',
    replace: 'Certificaat vervangen',
    importing: 'Bezig met controleren…',
    imported: 'Certificaat geïmporteerd en versleuteld opgeslagen.',
    remove: 'Certificaat verwijderen',
    removeTitle: 'Certificaat verwijderen?',
    removeText:
      'Onderzoeken in deze omgeving zijn onmogelijk tot een ander certificaat wordt geïmporteerd.',
    removed: 'Certificaat verwijderd.',
    chooseFile: 'Kies eerst een bestand.',
    unchanged: 'Het al opgeslagen certificaat werd niet gewijzigd.',
    refused: {
      'empty-file': 'Het bestand is leeg.',
      'not-pkcs12': 'Dit bestand is geen PKCS#12-certificaat (.p12 / .pfx).',
      'wrong-passphrase': 'De wachtzin klopt niet voor dit bestand.',
      'no-private-key':
        'Het bestand bevat geen privésleutel: vraag een export met de privésleutel.',
      'no-certificate': 'Het bestand bevat geen enkel certificaat.',
      'key-mismatch': 'De privésleutel van het bestand hoort bij geen van zijn certificaten.',
      'unsupported-format':
        'Het bestand is versleuteld in een oud formaat dat de beveiligde verbinding weigert: exporteer het opnieuw (AES).',
      expired: 'Dit certificaat is verlopen op {{date}}.',
      'not-yet-valid': 'Dit certificaat is nog niet geldig (vanaf {{date}}).',
      'cbe-mismatch':
        'Het KBO-nummer van het certificaat ({{cbe}}) verschilt van dat van de organisatie in de instellingen.',
    },
  },
  connection: {
    title: 'Verbindingstest',
    intro:
      'Voor elke dienst een TLS-handshake met het certificaat (door de proxy als er een is) en dan een lege aanvraag, die de KSZ weigert: er wordt niemand opgezocht.',
    run: 'Verbinding testen',
    running: 'Bezig met testen…',
    url: 'Getest adres',
    testedAt: 'Getest op',
    proxy: 'Via de proxy',
    direct: 'geen (rechtstreekse verbinding)',
    summary: '{{ok}} van de {{total}} dienst(en) antwoorden.',
    result: {
      ok: 'Verbinding geslaagd in {{ms}} ms ({{protocol}}): de dienst antwoordt en aanvaardt het certificaat.',
      dns: 'De naam {{host}} werd niet gevonden (DNS): controleer het adres of het netwerk.',
      refused: 'Verbinding geweigerd door {{host}}:{{port}}: er luistert geen dienst op dit adres.',
      timeoutConnect:
        'Geen antwoord van {{host}}:{{port}} binnen {{seconds}} s: is het IP-adres van het OCMW bij de KSZ geregistreerd (whitelist)? Blokkeert een firewall de poort?',
      timeoutAnswer:
        'De verbinding staat, maar het antwoord kwam niet binnen {{seconds}} s: probeer later opnieuw.',
      serverUntrusted:
        'Het certificaat van server {{host}} wordt niet herkend: voeg de certificeringsinstantie van de KSZ toe of controleer dat geen proxy de verbinding onderschept.',
      tlsFailed: 'Geen gemeenschappelijke TLS-versie met {{host}} (de KSZ eist TLS 1.2 of hoger).',
      clientRefused:
        'Server {{host}} weigert het clientcertificaat: is het het juiste certificaat voor deze omgeving, geregistreerd bij de KSZ?',
      clientExpiredLocal:
        'Het clientcertificaat is verlopen op {{date}}: er werd geen oproep gedaan. Importeer het nieuwe certificaat.',
      clientExpiredServer:
        'De server vindt het clientcertificaat verlopen: controleer ook de klok van deze computer.',
      clientNotYetValid: 'Het clientcertificaat is pas geldig vanaf {{date}}.',
      clientUnusable:
        'Het clientcertificaat kan niet gebruikt worden (beschadigd bestand of verkeerde wachtzin).',
      soapFault:
        'De KSZ antwoordde met een fout: geef de technische details door aan de servicedesk van de KSZ.',
      httpError: 'De server antwoordde met HTTP-fout {{status}}: controleer het adres.',
      unexpectedAnswer:
        'Het antwoord is geen bericht van de KSZ (pagina van een proxy, verkeerd adres?).',
      connectionDropped:
        'De verbinding werd verbroken door {{host}}: clientcertificaat geweigerd of onstabiel netwerk.',
      network:
        'Netwerkfout tijdens de test: probeer opnieuw; de technische details zeggen wat het systeem zag.',
      cancelled: 'Test geannuleerd.',
      wrongAddress:
        'Geen enkele dienst van de KSZ antwoordt op dit adres: controleer het adres van de dienst.',
      proxyUnreachable:
        'De proxy {{proxy}} is onbereikbaar (uitgeschakeld, verkeerd adres of poort).',
      proxyAuthRequired:
        'De proxy {{proxy}} vraagt een authenticatie (407): sla de gebruiker en het wachtwoord van de proxy op of controleer ze.',
      proxyRefused:
        'De proxy {{proxy}} weigert de tunnel naar de KSZ te openen (HTTP {{status}}): het adres van de KSZ moet er toegelaten worden.',
    },
    handshake: 'TLS-handdruk',
    cipher: 'Versleuteling',
    server: 'Certificaat van de server',
    signedBy: 'Ondertekend door (instantie)',
    chain: 'Getoonde keten',
    fingerprint: 'SHA-256-vingerafdruk van de server',
    ticket: 'KSZ-ticket',
  },
  issue: {
    required: 'Verplicht veld.',
    'too-long': 'Tekst te lang.',
    'out-of-range': 'Waarde buiten de toegelaten grenzen.',
    'not-integer': 'Een geheel getal wordt verwacht.',
    'email-invalid': 'Ongeldig e-mailadres.',
    'cbe-format': 'Alleen cijfers, punten en spaties zijn toegelaten.',
    'cbe-length': 'Een KBO-nummer telt 10 cijfers.',
    'cbe-checksum': 'De controlecijfers van het KBO-nummer kloppen niet.',
    'niss-format': 'Alleen cijfers en de scheidingstekens « . », « - » zijn toegelaten.',
    'niss-length': 'Een INSZ telt 11 cijfers.',
    'niss-checksum': 'De controlecijfers van het INSZ kloppen niet.',
    'niss-date': 'De geboortedatum in het INSZ is onmogelijk.',
    'url-invalid': 'Ongeldig adres.',
    'url-not-https': 'Het adres moet beginnen met https:// (TLS verplicht).',
    'url-has-credentials': 'Geen aanmeldgegevens in het adres: gebruik de HTTP Basic-velden.',
    'url-has-query': 'Geen « ? » of « # » in het basisadres.',
    'path-invalid': 'Ongeldig pad: het begint met « / », zonder « .. » of spaties.',
    'address-invalid':
      'Een volledig adres https://… of een pad dat met « / » begint, wordt verwacht.',
    'proxy-url-invalid':
      'Proxyadres verwacht in de vorm http://host:poort, zonder aanmeldgegevens of pad (gebruiker en wachtwoord hebben eigen velden).',
    'ca-bundle-invalid': 'Dit bestand bevat geen leesbaar PEM-certificaat.',
    'ca-bundle-private-key': 'Dit bestand bevat een privésleutel: het wordt geweigerd.',
    'ca-bundle-too-large': 'Bestand te groot voor een lijst van instanties.',
    'ca-bundle-required': 'Zonder de instanties van het systeem is een bijkomende instantie nodig.',
    'fingerprint-invalid':
      'SHA-256-vingerafdruk verwacht: 64 hexadecimale tekens, met of zonder „:” (bijvoorbeeld AB:CD:…).',
    'connect-timeout-too-long':
      'Hoogstens {{connectMax}} seconden: langer betekent dat het adres onbereikbaar is, en de persoon wacht aan het loket.',
    'response-timeout-too-long':
      'Hoogstens {{responseMax}} seconden per poging: de hele oproep stopt hoe dan ook na {{budget}} seconden.',
    'unknown-field': 'Onbekend veld.',
    invalid: 'Ongeldige waarde.',
  },
  error: {
    invalid: 'Sommige velden moeten verbeterd worden: er werd niets opgeslagen.',
    productionConfirmation:
      'Overschakelen naar productie vraagt een uitdrukkelijke bevestiging: er is niets veranderd.',
  },
  notConfigured: {
    organisation:
      'De organisatie (naam van het OCMW en KBO-nummer) is niet ingesteld voor de omgeving {{environment}}: vul de instellingen aan.',
    investigator:
      'De onderzoeker (naam, INSZ en e-mail) is niet ingesteld: vul de instellingen aan.',
    certificate:
      'Er is geen clientcertificaat geïmporteerd voor de omgeving {{environment}}: importeer het in de instellingen.',
    'certificate-unreadable':
      'Het certificaat van de omgeving {{environment}} gaat niet meer open: importeer het opnieuw in de instellingen.',
    'certificate-cbe-mismatch':
      'Het KBO-nummer van het certificaat van de omgeving {{environment}} verschilt van dat van de organisatie: de KSZ zou de oproep weigeren.',
    'basic-password':
      'De omgeving {{environment}} vraagt een HTTP Basic-wachtwoord, dat niet opgeslagen is.',
    'proxy-password':
      'De proxy van de omgeving {{environment}} vraagt een wachtwoord, dat niet opgeslagen is.',
  },
  warning: {
    expiring:
      'Het certificaat van de omgeving {{environment}} verloopt binnen {{days}} dag(en), op {{date}}: vraag een nieuw aan.',
    expired:
      'Het certificaat van de omgeving {{environment}} is verlopen op {{date}}: geen enkele oproep is mogelijk tot het nieuwe geïmporteerd is.',
  },
};
