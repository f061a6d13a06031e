// The residence reasons (TI 202, CTMS codes) with their French and Dutch labels, as BCSS's ForeignerSituation description lists them (seed 002, annex 10.1.1).
import type { LocalizedText } from './inquiry';

export interface ResidenceReasonLabels {
  fr: string;
  nl: string;
}

/**
 * Every code of the published list, in its order. The list as we hold it ends with 01010700, whose French
 * label is cut off: its French text here is our translation of the Dutch one (marked below).
 */
export const RESIDENCE_REASONS: Readonly<Record<string, ResidenceReasonLabels>> = {
  '01000000': { fr: 'Mobilité', nl: 'Mobiliteit' },
  '01000100': { fr: 'Mobilité - Travailleur détaché', nl: 'Mobiliteit - Gedetacheerde werknemer' },
  '01000101': {
    fr: 'Mobilité - Travailleur détaché - Cadre',
    nl: 'Mobiliteit - Gedetacheerde werknemer - Kaderlid',
  },
  '01000102': {
    fr: 'Mobilité - Travailleur détaché - Expert',
    nl: 'Mobiliteit - Gedetacheerde werknemer - Expert',
  },
  '01000103': {
    fr: 'Mobilité - Travailleur détaché - Stagiaire',
    nl: 'Mobiliteit - Gedetacheerde werknemer - Stagiair',
  },
  '01000200': { fr: 'Mobilité - hercheur', nl: 'Mobiliteit - Onderzoeker' },
  '01000300': { fr: 'Mobilité - Etudiant', nl: 'Mobiliteit - Student' },
  '01010000': {
    fr: 'Regroupement familial, cohabitation et adoption',
    nl: 'Gezinshereniging, samenwoonst en adoptie',
  },
  '01010100': {
    fr: 'Regroupement familial avec un non européen',
    nl: 'Gezinshereniging met een niet Europeaan',
  },
  '01010101': {
    fr: 'Regroupement familial avec un non européen - Epoux/partenaire',
    nl: 'Gezinshereniging met een niet Europeaan - Echtgenoot/partner',
  },
  '01010102': {
    fr: 'Regroupement familial avec un non européen - Ascendant',
    nl: 'Gezinshereniging met een niet Europeaan - Ascendant',
  },
  '01010103': {
    fr: 'Regroupement familial avec un non européen - Descendant',
    nl: 'Gezinshereniging met een niet Europeaan - Descendant',
  },
  '01010200': {
    fr: 'Regroupement familial avec un européen (sauf un Belge) ou avec un Suisse',
    nl: 'Gezinshereniging met een Europeaan (behalve een Belg) of met een Zwitser',
  },
  '01010201': {
    fr: 'Regroupement familial avec un européen (sauf un Belge) ou avec un Suisse - Epoux/partenaire',
    nl: 'Gezinshereniging met een Europeaan (behalve een Belg) of met een Zwitser - Echtgenoot/partner',
  },
  '01010202': {
    fr: 'Regroupement familial avec un européen (sauf un Belge) ou avec un Suisse - Ascendant',
    nl: 'Gezinshereniging met een Europeaan (behalve een Belg) of met een Zwitser - Ascendant',
  },
  '01010203': {
    fr: 'Regroupement familial avec un européen (sauf un Belge) ou avec un Suisse - Descendant',
    nl: 'Gezinshereniging met een Europeaan (behalve een Belg) of met een Zwitser - Descendant',
  },
  '01010300': { fr: 'Regroupement familial avec un Belge', nl: 'Gezinshereniging met een Belg' },
  '01010301': {
    fr: 'Regroupement familial avec un Belge - Epoux/partenaire',
    nl: 'Gezinshereniging met een Belg - Echtgenoot/partner',
  },
  '01010302': {
    fr: 'Regroupement familial avec un Belge - Ascendant',
    nl: 'Gezinshereniging met een Belg - Ascendant',
  },
  '01010303': {
    fr: 'Regroupement familial avec un Belge - Descendant',
    nl: 'Gezinshereniging met een Belg - Descendant',
  },
  '01010400': { fr: 'Cohabitation (circulaire de 1997)', nl: 'Samenwoonst (omzendbrief van 1997)' },
  '01010500': { fr: 'Adoption', nl: 'Adoptie' },
  '01010600': {
    fr: 'Regroupement familial avec un réfugié',
    nl: 'Gezinshereniging met een vluchteling',
  },
  '01010601': {
    fr: 'Regroupement familial avec un réfugié - Epoux/Partenaire',
    nl: 'Gezinshereniging met een vluchteling - Echtgenoot/partner',
  },
  '01010602': {
    fr: 'Regroupement familial avec un réfugié - Ascendant',
    nl: 'Gezinshereniging met een vluchteling - Ascendent',
  },
  '01010603': {
    fr: 'Regroupement familial avec un réfugié - Descendant',
    nl: 'Gezinshereniging met een vluchteling - Descendent',
  },
  // French label missing from our copy of the list: our translation.
  '01010700': {
    fr: 'Regroupement familial avec un bénéficiaire de la protection subsidiaire',
    nl: 'Gezinshereniging met een begunstigde van de subsidiaire bescherming',
  },
};

/**
 * The labels of a residence reason in the app's three languages. The BCSS publishes none in German: German
 * reads the French one. A code the list does not know is shown as itself, never dropped.
 */
export function residenceReasonLabel(code: string): LocalizedText {
  const known = RESIDENCE_REASONS[code];
  if (!known) return { fr: code, nl: code, de: code };
  return { fr: known.fr, nl: known.nl, de: known.fr };
}
