// Dutch texts of the facts shown with a BCSS failure.
import type { Catalogue } from '../catalogue';

export const errorInfo: Catalogue['errorInfo'] = {
  bcssCode: 'KSZ-code',
  ticket: 'KSZ-ticket',
  description: 'Bericht van de KSZ',
  finalNiss: 'Definitief INSZ',
  technical: 'Technische details (voor de support)',
  appCode: 'Code van de toepassing',
  diagnosis: 'Testresultaat',
  detail: 'Systeemdetail',
  unknown: 'Onverwachte fout. Probeer opnieuw; blijft het probleem, contacteer de support.',
};
