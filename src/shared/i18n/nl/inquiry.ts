// Dutch texts of running an inquiry: progress steps and every BCSS or network outcome.
import type { Catalogue } from '../catalogue';

export const inquiry: Catalogue['inquiry'] = {
  running: 'Bevraging van de KSZ…',
  cancel: 'Annuleren',
  attempt: 'nieuwe poging ({{attempt}})',
  step: {
    validating: 'Controle van de aanvraag',
    socialInquiry: 'Oproep van de dienst Sociaal Onderzoek (POD MI) via de KSZ',
    attestations: 'Aanvullingen via ListOfAttestation (GPMI, vrijstellingen, premies)',
    normalising: 'Opmaak van de tijdlijnen',
    done: 'Klaar',
  },
  error: {
    invalidNiss: 'Het ingevulde INSZ is ongeldig: verbeter het voor u het onderzoek start.',
    invalidPeriod: 'De periode is leeg of omgekeerd: verbeter ze voor u het onderzoek start.',
    cancelled: 'Onderzoek geannuleerd: er werd niets bewaard.',
    otherEnvironment:
      'Dit onderzoek werd gedaan in de omgeving {{environment}}: kies die in de instellingen om het ontbrekende deel opnieuw te vragen.',
    malformed:
      'Het antwoord van de KSZ is onleesbaar of gevaarlijk (ongeldige of afgebroken XML, entiteiten, vreemde elementen, of buiten de grenzen van een echt antwoord): het werd geweigerd. Probeer later opnieuw.',
    http: 'De KSZ antwoordde met een HTTP-fout {{status}} zonder uitleg. Probeer later opnieuw.',
    status: {
      MSG00005:
        'Dit INSZ bestaat niet in het register. Controleer het nummer of zoek de persoon op naam.',
      MSG00006:
        'Dit INSZ werd vervangen door {{newSsin}}: start het onderzoek opnieuw met het nieuwe nummer.',
      MSG00007: 'Dit INSZ werd geannuleerd. Zoek het huidige nummer van de persoon.',
      MSG00008: 'De KSZ vindt de aanvraag ongeldig (onjuiste gegevens). Controleer de periode.',
      MSG00009: 'De persoon is overleden (op {{deceiseDate}}): er worden geen gegevens verstrekt.',
      MSG00011: 'De structuur van het INSZ wordt door de KSZ geweigerd.',
      MSG00012:
        'De persoon is niet geïntegreerd voor uw OCMW: schrijf hem eerst in het sectorale repertorium in (ManageAccess) en start opnieuw.',
      MSG00013:
        'Bewerking niet toegestaan met deze juridische context en deze toegangen: contacteer de veiligheidsconsulent van uw OCMW.',
      MSG00014:
        'Het gebruikte certificaat hoort niet bij het OCMW (KBO-nummer) uit de instellingen: controleer het certificaat en het KBO-nummer.',
      REG00004: 'Dit nummer is een bisnummer: deze dienst aanvaardt het niet.',
      REG00101: 'Uw OCMW is niet gemachtigd voor een deel van de gevraagde gegevens.',
      unknown:
        'De KSZ heeft de gevraagde gegevens niet geleverd. Haar reden staat in de technische details: geef die met het ticket door aan de support.',
    },
    fault: {
      server:
        'De KSZ of de dienst van de POD MI is tijdelijk onbeschikbaar. Probeer over enkele minuten opnieuw.',
      client:
        'De KSZ weigerde de aanvraag. Contacteer de support en vermeld het ticket (zie de technische details).',
      MSG00015:
        'Toegang geweigerd door het veiligheidsbeleid van de KSZ: controleer het certificaat en de machtigingen.',
      MSG00016: 'Bewerking geweigerd voor deze gebruiker: controleer de machtigingen van het OCMW.',
    },
    transport: {
      dns: 'Adres van de KSZ niet gevonden (DNS): controleer het netwerk of het ingestelde adres.',
      refused:
        'De verbinding met de KSZ werd geweigerd: de dienst staat uit of het adres is onjuist.',
      timeout:
        'De KSZ antwoordt niet binnen de termijn. Blijft dit zo, dan is het IP-adres van het OCMW misschien niet gemachtigd bij de KSZ.',
      timeBudget:
        'De KSZ heeft niet geantwoord binnen {{seconds}} seconden, alle pogingen samen: de oproep is gestopt. Probeer het later opnieuw; gebeurt het opnieuw, verwittig dan de informaticadienst.',
      tlsProtocol:
        'De server biedt alleen een verouderde versie van de beveiligde verbinding aan (de KSZ eist TLS 1.2 of hoger): het is misschien niet de KSZ. Er is niets naar verzonden.',
      tlsRefused:
        'De KSZ weigerde de beveiligde verbinding: het certificaat van het OCMW wordt niet aanvaard.',
      clientCertificateExpired:
        'Het certificaat van het OCMW is verlopen of nog niet geldig: importeer een geldig certificaat.',
      clientCertificateUnusable:
        'Het certificaat van het OCMW kan niet gebruikt worden (beschadigd bestand of verkeerde wachtzin).',
      serverUntrusted:
        'Het certificaat van de server wordt niet vertrouwd: het is misschien niet de KSZ.',
      serverPinMismatch:
        'De server toonde een ander certificaat dan het certificaat dat voor deze omgeving is vastgepind: er is niets naar verzonden. Het is misschien niet de KSZ; verwittig de informaticadienst.',
      connectionDropped: 'De verbinding werd verbroken tijdens de uitwisseling. Probeer opnieuw.',
      oversize: 'Het antwoord is groter dan toegelaten: het werd geweigerd.',
      network: 'Netwerkfout tijdens de oproep naar de KSZ. Probeer opnieuw.',
      proxyUnreachable:
        'De proxy {{proxy}} is onbereikbaar (uitgeschakeld, verkeerd adres of poort): er werd niets naar de KSZ gestuurd. Controleer de proxy in de instellingen of met de informaticadienst.',
      proxyAuthRequired:
        'De proxy {{proxy}} vraagt een authenticatie (407): sla de gebruiker en het wachtwoord van de proxy op in de instellingen, of controleer ze.',
      proxyRefused:
        'De proxy {{proxy}} weigerde de verbinding naar de KSZ te openen (HTTP {{status}}): de informaticadienst moet het adres van de KSZ op de proxy toelaten.',
    },
  },
};
