// Dutch texts of leaving while an inquiry runs (another screen, reload, closing the window).
import type { Catalogue } from '../catalogue';

export const leave: Catalogue['leave'] = {
  title: 'Er loopt een onderzoek',
  screen:
    'Als u dit scherm verlaat, loopt het onderzoek verder: het resultaat wacht op u onder ‘Nieuw onderzoek’.',
  window:
    'Als u het venster nu sluit of herlaadt, gaat het lopende onderzoek verloren. Het ingevulde INSZ en de periode blijven in het formulier.',
  go: 'Scherm verlaten',
  close: 'Toch verlaten',
  stay: 'Blijven',
  escapeHint: 'Esc annuleert het onderzoek.',
};
