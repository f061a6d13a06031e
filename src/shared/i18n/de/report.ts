// German texts of the report: the result screen's export and print actions, and the printed report's own words.
import type { Catalogue } from '../catalogue';

export const report: Catalogue['report'] = {
  unconfiguredCpas: 'ÖSHZ nicht eingerichtet',
  actions: {
    label: 'Bericht',
    export: 'Exportieren',
    exportMenu: 'Den Bericht exportieren',
    pdf: 'PDF-Datei (druckbarer Bericht)',
    csv: 'CSV-Datei (Tabellenkalkulation)',
    json: 'JSON-Datei (vollständige Daten)',
    print: 'Drucken',
    makingPdf: 'PDF wird erstellt…',
    making: 'Datei wird erstellt…',
    printing: 'Druck wird vorbereitet…',
    shortcuts: 'Tastenkürzel: Strg+P zum Drucken, Strg+E zum Exportieren',
  },
  done: {
    saved: 'Datei gespeichert: {{file}}',
    downloaded: 'Datei heruntergeladen: {{file}}',
    cancelled: 'Export abgebrochen: es wurde keine Datei geschrieben.',
    printed: 'Der Bericht wurde an den Drucker gesendet.',
    printCancelled: 'Drucken abgebrochen.',
    opened: 'Der Bericht wurde in einem neuen Tab mit dem Druckfenster geöffnet.',
  },
  error: {
    noEngine:
      'Kein Programm zum Erstellen der PDF: installieren Sie Chromium, Google Chrome oder Microsoft Edge (oder geben Sie den Pfad in CHROMIUM_PATH an) und versuchen Sie es erneut.',
    failed:
      'Der Bericht konnte nicht erstellt oder geschrieben werden. Versuchen Sie es erneut; besteht das Problem weiter, wenden Sie sich an den Support.',
    popupBlocked:
      'Der Browser hat den Druck-Tab blockiert: erlauben Sie Pop-up-Fenster für diese Anwendung und versuchen Sie es erneut.',
  },
};
