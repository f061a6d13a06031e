// German catalogue.
import type { Catalogue } from './catalogue';
import { foreignerDe } from './foreigner.de';
import { inquiryDe } from './inquiry.de';
import { resultDe } from './result.de';
import { personDe } from './person.de';
import { screensDe } from './screens.de';
import { settingsDe } from './settings.de';
import { vaultDe } from './vault.de';
import { reportDe } from './report.de';
import { extractDe } from './extract.de';

export const de: Catalogue = {
  ...foreignerDe,
  ...inquiryDe,
  ...resultDe,
  ...personDe,
  ...screensDe,
  ...settingsDe,
  ...vaultDe,
  ...reportDe,
  ...extractDe,
  app: {
    name: 'Inquiry Desk',
    tagline: 'Sozialuntersuchung über die ZDSS für ÖSHZ',
  },
  environment: {
    demo: 'Demonstration: fiktive Daten, kein Aufruf der echten ZDSS',
    test: 'Testumgebung der ZDSS',
    acceptance: 'Abnahmeumgebung der ZDSS',
    production: 'Produktion: echte Daten',
  },
  host: {
    electron: 'Desktop-Anwendung',
    browser: 'Browser (lokaler Host)',
  },
  language: {
    label: 'Sprache',
    fr: 'Français',
    nl: 'Nederlands',
    de: 'Deutsch',
  },
  start: {
    title: 'Neue Sozialuntersuchung',
    intro: 'Geben Sie die ENSS der Person und den Zeitraum der Untersuchung ein.',
    submit: 'Untersuchung starten',
    submitDisabled: 'Geben Sie eine gültige ENSS und einen korrekten Zeitraum ein, um zu beginnen.',
  },
  niss: {
    label: 'ENSS',
    placeholder: 'JJ.MM.TT-NNN.KK',
    help: 'Nationalregisternummer oder BIS-Nummer, 11 Ziffern.',
    kind: {
      national: 'Nationalregisternummer',
      bis: 'BIS-Nummer (Register der ZDSS)',
    },
    valid: 'Gültige ENSS',
    sex: {
      M: 'männlich',
      F: 'weiblich',
      unknown: 'Geschlecht unbekannt',
    },
    birth: {
      full: 'geboren am {{date}}',
      month: 'geboren im {{month}}/{{year}} (Tag unbekannt)',
      year: 'geboren {{year}} (Monat und Tag unbekannt)',
      unknown: 'Geburtsdatum unbekannt',
    },
    invalid: {
      format: 'Nur Ziffern und die Trennzeichen „.“, „-“ und Leerzeichen sind erlaubt.',
      length: 'Eine ENSS hat 11 Ziffern: {{count}} eingegeben.',
      checksum: 'Die Prüfziffern stimmen nicht: Bitte prüfen Sie die Nummer.',
      date: 'Das Geburtsdatum in der Nummer ist unmöglich.',
    },
  },
  period: {
    legend: 'Zeitraum der Untersuchung',
    from: 'Vom',
    to: 'Bis',
    presets: 'Schnellauswahl',
    datePlaceholder: 'TT/MM/JJJJ',
    preset: {
      last3Months: 'Letzte 3 Monate',
      last12Months: 'Letzte 12 Monate',
      currentYear: 'Laufendes Jahr',
      previousYear: 'Vorjahr',
      last5Years: 'Letzte 5 Jahre',
    },
    invalid: {
      empty: 'Geben Sie ein Anfangs- und ein Enddatum ein.',
      date: 'Dieses Datum existiert nicht.',
      inverted: 'Das Enddatum liegt vor dem Anfangsdatum.',
    },
    summary: '{{days}} Tag(e)',
  },
  errors: {
    invalidInput: 'Die Anfrage enthält ungültige Daten.',
    unknownMethod: 'Unbekannter Vorgang: {{method}}.',
    unauthorized:
      'Zugriff verweigert: Laden Sie die Anwendung über den beim Start angezeigten Link neu.',
    forbiddenOrigin: 'Anfrage abgelehnt: Sie stammt nicht von der Anwendung.',
    internal:
      'Unerwarteter interner Fehler. Versuchen Sie es erneut; besteht das Problem weiter, wenden Sie sich an den Support.',
    hostUnreachable: 'Die Anwendung antwortet nicht mehr. Starten Sie Inquiry Desk neu.',
    demoUnavailable:
      'Die Demonstrationsumgebung ist in dieser Installation der Anwendung nicht enthalten: Wählen Sie in den Einstellungen die Test-, Abnahme- oder Produktionsumgebung.',
  },
};
