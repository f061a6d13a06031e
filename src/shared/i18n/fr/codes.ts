// French labels of the closed code lists the BCSS answers carry as bare codes (origin, legal basis, role, blocking, place).
export const codes = {
  origin: {
    NATIONAL_REGISTER: 'Registre national',
    BCSS_REGISTER: 'Registre BCSS',
    IMMIGRATION_OFFICE: 'Office des étrangers',
    FEDASIL: 'Fedasil',
    SPP_IS: 'SPP Intégration sociale',
  },
  legalBasis: {
    RIS: "Revenu d'intégration (loi du 26 mai 2002)",
    LOI65: 'Loi du 2 avril 1965',
    ORGANIC: 'Loi organique du 8 juillet 1976',
  },
  role: {
    MAIN_BENEFICIARY: 'Bénéficiaire principal',
    PARTNER: 'Partenaire',
  },
  blockingReason: {
    OVERLAP: 'Chevauchement avec un autre CPAS',
    A_POSTERIORI: 'Contrôle a posteriori',
  },
  placeKind: {
    MUNICIPALITY: 'Commune belge',
    ABROAD: "À l'étranger",
    STRUCK_OFF: "Radié d'office",
  },
  /** A PIIS known only from ListOfAttestation's GpmiPiis summary, which names no kind of project. */
  piis: {
    PIIS: 'Projet individualisé d’intégration sociale',
  },
} as const;
