// fr/nl/de labels of the closed code lists the answers carry as bare codes (origin, legal basis, role, blocking).
import type { LocalizedText } from '../../shared/domain/inquiry';

const label = (fr: string, nl: string, de: string): LocalizedText => ({ fr, nl, de });

export const ORIGIN_LABELS: Record<string, LocalizedText> = {
  NATIONAL_REGISTER: label('Registre national', 'Rijksregister', 'Nationalregister'),
  BCSS_REGISTER: label('Registre BCSS', 'KSZ-register', 'ZDSS-Register'),
  IMMIGRATION_OFFICE: label('Office des étrangers', 'Dienst Vreemdelingenzaken', 'Ausländeramt'),
  FEDASIL: label('Fedasil', 'Fedasil', 'Fedasil'),
  SPP_IS: label(
    'SPP Intégration sociale',
    'POD Maatschappelijke Integratie',
    'ÖPD Sozialeingliederung',
  ),
};

export const LEGAL_BASIS_LABELS: Record<string, LocalizedText> = {
  RIS: label(
    "Revenu d'intégration (loi du 26 mai 2002)",
    'Leefloon (wet van 26 mei 2002)',
    'Eingliederungseinkommen (Gesetz vom 26. Mai 2002)',
  ),
  LOI65: label('Loi du 2 avril 1965', 'Wet van 2 april 1965', 'Gesetz vom 2. April 1965'),
  ORGANIC: label(
    'Loi organique du 8 juillet 1976',
    'Organieke wet van 8 juli 1976',
    'Grundlagengesetz vom 8. Juli 1976',
  ),
};

export const ROLE_LABELS: Record<string, LocalizedText> = {
  MAIN_BENEFICIARY: label('Bénéficiaire principal', 'Hoofdbegunstigde', 'Hauptbegünstigter'),
  PARTNER: label('Partenaire', 'Partner', 'Partner'),
};

export const BLOCKING_REASON_LABELS: Record<string, LocalizedText> = {
  OVERLAP: label(
    'Chevauchement avec un autre CPAS',
    'Overlapping met een ander OCMW',
    'Überschneidung mit einem anderen ÖSHZ',
  ),
  A_POSTERIORI: label('Contrôle a posteriori', 'Controle a posteriori', 'Nachträgliche Kontrolle'),
};

export const PLACE_KIND_LABELS: Record<string, LocalizedText> = {
  MUNICIPALITY: label('Commune belge', 'Belgische gemeente', 'Belgische Gemeinde'),
  ABROAD: label("À l'étranger", 'In het buitenland', 'Im Ausland'),
  STRUCK_OFF: label("Radié d'office", 'Ambtshalve afgevoerd', 'Von Amts wegen gestrichen'),
};

/** A PIIS known only from ListOfAttestation's GpmiPiis summary, which names no kind of project. */
export const PIIS_LABEL: LocalizedText = label(
  'Projet individualisé d’intégration sociale',
  'Geïndividualiseerd project voor maatschappelijke integratie',
  'Individualisiertes Projekt zur sozialen Eingliederung',
);

/** A code the table does not know is shown as itself in every language, never dropped. */
export function labelOf(table: Record<string, LocalizedText>, code: string): LocalizedText {
  return table[code] ?? label(code, code, code);
}
