// French texts of the consultations made from a result (register extract, foreigner situation).
export const supplements = {
  label: 'Autres consultations sur cette personne',
  consulting: 'Consultation…',
  registerExtract: 'Extrait du registre national (Tx25)',
  registerExtractAgain: 'Consulter à nouveau l’extrait du registre',
  foreignerSituation: 'Situation d’étranger (permis, motif du séjour)',
  foreignerSituationAgain: 'Consulter à nouveau la situation d’étranger',
} as const;
