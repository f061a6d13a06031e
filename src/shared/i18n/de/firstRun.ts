// German texts of the first-run panel: the investigator's name and the ÖSHZ, asked once.
import type { Catalogue } from '../catalogue';

export const firstRun: Catalogue['firstRun'] = {
  title: 'Erste Verwendung: Wer untersucht, für welches ÖSHZ?',
  intro:
    'Ihr Name und Ihr ÖSHZ stehen auf jedem Bericht und im Protokoll der Abfragen. Die ZDSS verlangt bei jedem Aufruf auch Ihre ENSS und Ihre E-Mail-Adresse. Sie können sie in den Einstellungen ändern.',
  demoIntro:
    'Demonstrationsumgebung: Sie können diesen Schritt überspringen, die Berichte sagen dann „nicht angegeben“.',
  open: 'Meinen Namen und mein ÖSHZ angeben',
  skip: 'Überspringen (Demonstration)',
  saved: 'Notiert: Ihr Name und Ihr ÖSHZ stehen auf den Berichten.',
};
