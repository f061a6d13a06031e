// German labels of the closed code lists the BCSS answers carry as bare codes (origin, legal basis, role, blocking, place).
import type { Catalogue } from '../catalogue';

export const codes: Catalogue['codes'] = {
  origin: {
    NATIONAL_REGISTER: 'Nationalregister',
    BCSS_REGISTER: 'ZDSS-Register',
    IMMIGRATION_OFFICE: 'Ausländeramt',
    FEDASIL: 'Fedasil',
    SPP_IS: 'ÖPD Sozialeingliederung',
  },
  legalBasis: {
    RIS: 'Eingliederungseinkommen (Gesetz vom 26. Mai 2002)',
    LOI65: 'Gesetz vom 2. April 1965',
    ORGANIC: 'Grundlagengesetz vom 8. Juli 1976',
  },
  role: {
    MAIN_BENEFICIARY: 'Hauptbegünstigter',
    PARTNER: 'Partner',
  },
  blockingReason: {
    OVERLAP: 'Überschneidung mit einem anderen ÖSHZ',
    A_POSTERIORI: 'Nachträgliche Kontrolle',
  },
  placeKind: {
    MUNICIPALITY: 'Belgische Gemeinde',
    ABROAD: 'Im Ausland',
    STRUCK_OFF: 'Von Amts wegen gestrichen',
  },
  /** A PIIS known only from ListOfAttestation's GpmiPiis summary, which names no kind of project. */
  piis: {
    PIIS: 'Individualisiertes Projekt zur sozialen Eingliederung',
  },
};
