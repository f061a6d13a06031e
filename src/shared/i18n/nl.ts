// Dutch catalogue.
import type { Catalogue } from './catalogue';
import { foreignerNl } from './foreigner.nl';
import { inquiryNl } from './inquiry.nl';
import { resultNl } from './result.nl';
import { personNl } from './person.nl';
import { screensNl } from './screens.nl';
import { settingsNl } from './settings.nl';
import { vaultNl } from './vault.nl';
import { reportNl } from './report.nl';
import { extractNl } from './extract.nl';

export const nl: Catalogue = {
  ...foreignerNl,
  ...inquiryNl,
  ...resultNl,
  ...personNl,
  ...screensNl,
  ...settingsNl,
  ...vaultNl,
  ...reportNl,
  ...extractNl,
  app: {
    name: 'Inquiry Desk',
    tagline: 'Sociaal onderzoek via de KSZ voor OCMW’s',
  },
  environment: {
    demo: 'Demonstratie: fictieve gegevens, geen oproep naar de echte KSZ',
    test: 'Testomgeving van de KSZ',
    acceptance: 'Acceptatieomgeving van de KSZ',
    production: 'Productie: echte gegevens',
  },
  host: {
    electron: 'Desktoptoepassing',
    browser: 'Browser (lokale host)',
  },
  language: {
    label: 'Taal',
    fr: 'Français',
    nl: 'Nederlands',
    de: 'Deutsch',
  },
  start: {
    title: 'Nieuw sociaal onderzoek',
    intro: 'Vul het INSZ van de persoon in en de periode waarop het onderzoek betrekking heeft.',
    submit: 'Onderzoek starten',
    submitDisabled: 'Vul een geldig INSZ en een correcte periode in om het onderzoek te starten.',
  },
  niss: {
    label: 'INSZ',
    placeholder: 'JJ.MM.DD-NNN.CC',
    help: 'Rijksregisternummer of bisnummer, 11 cijfers.',
    kind: {
      national: 'Rijksregisternummer',
      bis: 'Bisnummer (register van de KSZ)',
    },
    valid: 'Geldig INSZ',
    sex: {
      M: 'man',
      F: 'vrouw',
      unknown: 'geslacht onbekend',
    },
    birth: {
      full: 'geboren op {{date}}',
      month: 'geboren in {{month}}/{{year}} (dag onbekend)',
      year: 'geboren in {{year}} (maand en dag onbekend)',
      unknown: 'geboortedatum onbekend',
    },
    invalid: {
      format: 'Alleen cijfers en de scheidingstekens ‘.’, ‘-’ en spaties zijn toegelaten.',
      length: 'Een INSZ telt 11 cijfers: {{count}} ingevuld.',
      checksum: 'De controlecijfers kloppen niet: controleer het nummer.',
      date: 'De geboortedatum in het nummer is onmogelijk.',
    },
  },
  period: {
    legend: 'Periode van het onderzoek',
    from: 'Van',
    to: 'Tot',
    presets: 'Snelle keuze',
    datePlaceholder: 'dd/mm/jjjj',
    preset: {
      last3Months: 'Laatste 3 maanden',
      last12Months: 'Laatste 12 maanden',
      currentYear: 'Lopend jaar',
      previousYear: 'Vorig jaar',
      last5Years: 'Laatste 5 jaar',
    },
    invalid: {
      empty: 'Vul een begin- en een einddatum in.',
      date: 'Deze datum bestaat niet.',
      inverted: 'De einddatum ligt vóór de begindatum.',
    },
    summary: '{{days}} dag(en)',
  },
  errors: {
    invalidInput: 'Het verzoek bevat ongeldige gegevens.',
    unknownMethod: 'Onbekende bewerking: {{method}}.',
    unauthorized:
      'Toegang geweigerd: herlaad de toepassing via de link die bij het opstarten werd gegeven.',
    forbiddenOrigin: 'Verzoek geweigerd: het komt niet van de toepassing.',
    internal:
      'Onverwachte interne fout. Probeer opnieuw; blijft het probleem, contacteer de support.',
    hostUnreachable: 'De toepassing reageert niet meer. Start Inquiry Desk opnieuw.',
    demoUnavailable:
      'De demonstratieomgeving is niet geïnstalleerd met deze kopie van de toepassing: kies de test-, acceptatie- of productieomgeving in de instellingen.',
  },
};
