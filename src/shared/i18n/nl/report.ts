// Dutch texts of the report: the result screen's export and print actions, and the printed report's own words.
import type { Catalogue } from '../catalogue';

export const report: Catalogue['report'] = {
  unconfiguredCpas: 'OCMW niet ingesteld',
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
    noEngine:
      'Geen programma om de PDF te maken: installeer Chromium, Google Chrome of Microsoft Edge (of geef het pad op in CHROMIUM_PATH) en probeer opnieuw.',
    failed:
      'Het verslag kon niet worden gemaakt of geschreven. Probeer opnieuw; blijft het probleem, contacteer de support.',
    popupBlocked:
      'De browser heeft het afdruktabblad geblokkeerd: sta pop-upvensters toe voor deze toepassing en probeer opnieuw.',
  },
};
