// German texts of the consultations made from a result (register extract, foreigner situation).
import type { Catalogue } from '../catalogue';

export const supplements: Catalogue['supplements'] = {
  label: 'Weitere Abfragen zu dieser Person',
  consulting: 'Abfrage läuft…',
  registerExtract: 'Auszug aus dem Nationalregister (Tx25)',
  registerExtractAgain: 'Den Registerauszug erneut abfragen',
  foreignerSituation: 'Ausländersituation (Genehmigungen, Aufenthaltsgrund)',
  foreignerSituationAgain: 'Die Ausländersituation erneut abfragen',
};
