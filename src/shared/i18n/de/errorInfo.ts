// German texts of the facts shown with a BCSS failure.
import type { Catalogue } from '../catalogue';

export const errorInfo: Catalogue['errorInfo'] = {
  bcssCode: 'ZDSS-Code',
  ticket: 'ZDSS-Ticket',
  description: 'Meldung der ZDSS',
  finalNiss: 'Endgültige ENSS',
  technical: 'Technische Details (für den Support)',
  appCode: 'Anwendungscode',
  diagnosis: 'Diagnose',
  detail: 'Systemdetail',
  unknown:
    'Unerwarteter Fehler. Versuchen Sie es erneut; besteht das Problem weiter, wenden Sie sich an den Support.',
};
