// Which statuses open the right to the integration income (RIS), as data, each row citing its source.
// Codes are SPP IS's status codes as the answer carries them (DOMAIN.md §8: no public list exists, so
// the codes are ours and come with labels). A code not in the table is never a finding.
export interface RisStatusRow {
  code: string;
  /** 'inPopulationRegister': only on the days the person is in the population register. */
  opensRis: boolean | 'inPopulationRegister';
  source: string;
}

export const RIS_STATUS_TABLE: readonly RisStatusRow[] = [
  { code: 'BELGIAN', opensRis: true, source: 'Loi du 26/05/2002, art. 3, 3° (Belge)' },
  {
    code: 'EU_CITIZEN',
    opensRis: true,
    source:
      'Loi du 26/05/2002, art. 3, 3° (citoyen de l’Union avec droit de séjour de plus de trois mois)',
  },
  {
    code: 'RECOGNISED_REFUGEE',
    opensRis: true,
    source: 'Loi du 26/05/2002, art. 3, 3° (réfugié reconnu)',
  },
  {
    code: 'SUBSIDIARY_PROTECTION',
    opensRis: true,
    source: 'Loi du 26/05/2002, art. 3, 3° (bénéficiaire de la protection subsidiaire)',
  },
  {
    code: 'REGISTERED_FOREIGNER',
    opensRis: 'inPopulationRegister',
    source:
      'Loi du 26/05/2002, art. 3, 3° : l’étranger inscrit au registre de la population ; au registre des étrangers, l’aide équivalente (loi du 02/04/1965)',
  },
  {
    code: 'TEMPORARY_PROTECTION',
    opensRis: false,
    source: 'Loi du 15/12/1980, art. 57/29 ; aide équivalente au RIS (loi du 02/04/1965)',
  },
  {
    code: 'ASYLUM_SEEKER',
    opensRis: false,
    source: 'Loi du 12/01/2007 (accueil) : aide matérielle, pas de revenu d’intégration',
  },
  {
    code: 'REJECTED_ASYLUM_SEEKER',
    opensRis: false,
    source: 'Loi du 08/07/1976, art. 57, §2 : aide médicale urgente seulement',
  },
  {
    code: 'IRREGULAR_STAY',
    opensRis: false,
    source: 'Loi du 08/07/1976, art. 57, §2 : aide médicale urgente seulement',
  },
];

export function opensRis(code: string): RisStatusRow['opensRis'] | null {
  return RIS_STATUS_TABLE.find((row) => row.code === code)?.opensRis ?? null;
}
