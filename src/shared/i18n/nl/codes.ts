// Dutch labels of the closed code lists the BCSS answers carry as bare codes (origin, legal basis, role, blocking, place).
import type { Catalogue } from '../catalogue';

export const codes: Catalogue['codes'] = {
  origin: {
    NATIONAL_REGISTER: 'Rijksregister',
    BCSS_REGISTER: 'KSZ-register',
    IMMIGRATION_OFFICE: 'Dienst Vreemdelingenzaken',
    FEDASIL: 'Fedasil',
    SPP_IS: 'POD Maatschappelijke Integratie',
  },
  legalBasis: {
    RIS: 'Leefloon (wet van 26 mei 2002)',
    LOI65: 'Wet van 2 april 1965',
    ORGANIC: 'Organieke wet van 8 juli 1976',
  },
  role: {
    MAIN_BENEFICIARY: 'Hoofdbegunstigde',
    PARTNER: 'Partner',
  },
  blockingReason: {
    OVERLAP: 'Overlapping met een ander OCMW',
    A_POSTERIORI: 'Controle a posteriori',
  },
  placeKind: {
    MUNICIPALITY: 'Belgische gemeente',
    ABROAD: 'In het buitenland',
    STRUCK_OFF: 'Ambtshalve afgevoerd',
  },
  /** A PIIS known only from ListOfAttestation's GpmiPiis summary, which names no kind of project. */
  piis: {
    PIIS: 'Geïndividualiseerd project voor maatschappelijke integratie',
  },
};
