// German texts of leaving while an inquiry runs (another screen, reload, closing the window).
import type { Catalogue } from '../catalogue';

export const leave: Catalogue['leave'] = {
  title: 'Eine Untersuchung läuft',
  screen:
    'Wenn Sie diesen Bildschirm verlassen, läuft die Untersuchung weiter: Ihr Ergebnis wartet unter „Neue Untersuchung“ auf Sie.',
  window:
    'Wenn Sie das Fenster jetzt schließen oder neu laden, geht die laufende Untersuchung verloren. Die eingegebene ENSS und der Zeitraum bleiben im Formular.',
  go: 'Bildschirm verlassen',
  close: 'Trotzdem verlassen',
  stay: 'Bleiben',
  escapeHint: 'Esc bricht die Untersuchung ab.',
};
