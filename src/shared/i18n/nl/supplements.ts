// Dutch texts of the consultations made from a result (register extract, foreigner situation).
import type { Catalogue } from '../catalogue';

export const supplements: Catalogue['supplements'] = {
  label: 'Andere raadplegingen over deze persoon',
  consulting: 'Bezig met raadplegen…',
  registerExtract: 'Uittreksel uit het rijksregister (Tx25)',
  registerExtractAgain: 'Het uittreksel uit het register opnieuw raadplegen',
  foreignerSituation: 'Situatie als vreemdeling (vergunningen, verblijfsreden)',
  foreignerSituationAgain: 'De situatie als vreemdeling opnieuw raadplegen',
};
