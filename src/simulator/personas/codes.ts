// The code lists the synthetic persons are written in, each code with its French, Dutch and German label.
//
// Sources: municipality NIS codes and postal codes are the real ones; country codes follow the National
// Register's (INS/Statbel) numbering, of which only 150 = Belgium is confirmed by a public sample, so the
// others are plausible stand-ins, not a reference. Status, aid, form, PIIS and register codes are our
// model (SPP IS publishes no code list: DOMAIN.md §8). Every CBE number, centre and ILA is fictitious.
import type { LocalizedText } from '../../shared/domain/values';

/** A label in the three languages. */
export type Labels = LocalizedText;

export const DEMO_CPAS_CBE = '0207777760';
export const OVERLAP_CPAS_CBE = '0209999951';
export const THIRD_CPAS_CBE = '0212345668';

export interface Municipality {
  nis: string;
  postalCode: string;
  labels: Labels;
}

export const MUNICIPALITIES = {
  bruxelles: { nis: '21004', postalCode: '1000', labels: l('Bruxelles', 'Brussel', 'Brüssel') },
  anderlecht: {
    nis: '21001',
    postalCode: '1070',
    labels: l('Anderlecht', 'Anderlecht', 'Anderlecht'),
  },
  ixelles: { nis: '21009', postalCode: '1050', labels: l('Ixelles', 'Elsene', 'Ixelles') },
  schaerbeek: {
    nis: '21015',
    postalCode: '1030',
    labels: l('Schaerbeek', 'Schaarbeek', 'Schaerbeek'),
  },
  liege: { nis: '62063', postalCode: '4000', labels: l('Liège', 'Luik', 'Lüttich') },
  verviers: { nis: '63079', postalCode: '4800', labels: l('Verviers', 'Verviers', 'Verviers') },
  eupen: { nis: '63023', postalCode: '4700', labels: l('Eupen', 'Eupen', 'Eupen') },
  sanktVith: {
    nis: '63067',
    postalCode: '4780',
    labels: l('Saint-Vith', 'Sankt Vith', 'Sankt Vith'),
  },
  namur: { nis: '92094', postalCode: '5000', labels: l('Namur', 'Namen', 'Namur') },
  charleroi: { nis: '52011', postalCode: '6000', labels: l('Charleroi', 'Charleroi', 'Charleroi') },
  mons: { nis: '53053', postalCode: '7000', labels: l('Mons', 'Bergen', 'Mons') },
  gent: { nis: '44021', postalCode: '9000', labels: l('Gand', 'Gent', 'Gent') },
  antwerpen: { nis: '11002', postalCode: '2000', labels: l('Anvers', 'Antwerpen', 'Antwerpen') },
  leuven: { nis: '24062', postalCode: '3000', labels: l('Louvain', 'Leuven', 'Löwen') },
  brugge: { nis: '31005', postalCode: '8000', labels: l('Bruges', 'Brugge', 'Brügge') },
} as const satisfies Record<string, Municipality>;

export type MunicipalityKey = keyof typeof MUNICIPALITIES;

/** The National Register's code for a person struck off the registers ex officio. */
export const STRUCK_OFF = {
  code: '99991',
  labels: l("Radié d'office", 'Ambtshalve geschrapt', 'Von Amts wegen gestrichen'),
};

export const COUNTRIES = {
  '150': l('Belgique', 'België', 'Belgien'),
  '111': l('France', 'Frankrijk', 'Frankreich'),
  '103': l('Allemagne', 'Duitsland', 'Deutschland'),
  '129': l('Pays-Bas', 'Nederland', 'Niederlande'),
  '128': l('Italie', 'Italië', 'Italien'),
  '124': l('Roumanie', 'Roemenië', 'Rumänien'),
  '155': l('Ukraine', 'Oekraïne', 'Ukraine'),
  '235': l('Turquie', 'Turkije', 'Türkei'),
  '237': l('Syrie', 'Syrië', 'Syrien'),
  '251': l('Afghanistan', 'Afghanistan', 'Afghanistan'),
  '254': l('Irak', 'Irak', 'Irak'),
  '306': l(
    'République démocratique du Congo',
    'Democratische Republiek Congo',
    'Demokratische Republik Kongo',
  ),
  '334': l('Guinée', 'Guinee', 'Guinea'),
  '349': l('Érythrée', 'Eritrea', 'Eritrea'),
  '354': l('Maroc', 'Marokko', 'Marokko'),
} as const satisfies Record<string, Labels>;

export type CountryCode = keyof typeof COUNTRIES;

export const REGISTERS = {
  POPULATION: l('Registre de la population', 'Bevolkingsregister', 'Bevölkerungsregister'),
  FOREIGNERS: l('Registre des étrangers', 'Vreemdelingenregister', 'Fremdenregister'),
  WAITING: l("Registre d'attente", 'Wachtregister', 'Warteregister'),
  BIS: l('Registre BIS (BCSS)', 'Bisregister (KSZ)', 'BIS-Register (ZDSS)'),
} as const satisfies Record<string, Labels>;

export type RegisterCode = keyof typeof REGISTERS;

/** TI 120 civil states: the National Register's two-digit codes as commonly used (our model: no public list here). */
export const CIVIL_STATES = {
  '10': l('Célibataire', 'Ongehuwd', 'Ledig'),
  '20': l('Marié(e)', 'Gehuwd', 'Verheiratet'),
  '30': l('Veuf / veuve', 'Weduwnaar / weduwe', 'Verwitwet'),
  '40': l('Divorcé(e)', 'Gescheiden', 'Geschieden'),
  '50': l('Séparé(e) de corps', 'Van tafel en bed gescheiden', 'Von Tisch und Bett getrennt'),
} as const satisfies Record<string, Labels>;

export type CivilStateCode = keyof typeof CIVIL_STATES;

/** TI 140 / 141 roles in a household (our model of the register's codes). */
export const FAMILY_ROLES = {
  '00': l('Personne de référence', 'Referentiepersoon', 'Bezugsperson'),
  '01': l('Époux / épouse', 'Echtgenoot / echtgenote', 'Ehegatte / Ehegattin'),
  '02': l('Enfant', 'Kind', 'Kind'),
  '03': l('Cohabitant(e)', 'Samenwonende', 'Zusammenwohnende(r)'),
} as const satisfies Record<string, Labels>;

export type FamilyRoleCode = keyof typeof FAMILY_ROLES;

export const STATUSES = {
  BELGIAN: l('Belge', 'Belg', 'Belgier'),
  EU_CITIZEN: l("Citoyen de l'Union européenne", 'Burger van de Europese Unie', 'Unionsbürger'),
  REGISTERED_FOREIGNER: l(
    'Étranger inscrit au registre des étrangers',
    'Vreemdeling ingeschreven in het vreemdelingenregister',
    'Im Fremdenregister eingetragener Ausländer',
  ),
  ASYLUM_SEEKER: l(
    'Demandeur de protection internationale',
    'Verzoeker om internationale bescherming',
    'Antragsteller auf internationalen Schutz',
  ),
  RECOGNISED_REFUGEE: l('Réfugié reconnu', 'Erkend vluchteling', 'Anerkannter Flüchtling'),
  SUBSIDIARY_PROTECTION: l(
    'Bénéficiaire de la protection subsidiaire',
    'Subsidiair beschermde',
    'Subsidiär Schutzberechtigter',
  ),
  TEMPORARY_PROTECTION: l(
    'Bénéficiaire de la protection temporaire',
    'Tijdelijk beschermde',
    'Vorübergehend Schutzberechtigter',
  ),
  REJECTED_ASYLUM_SEEKER: l(
    'Demande de protection refusée',
    'Verzoek om bescherming geweigerd',
    'Schutzantrag abgelehnt',
  ),
  IRREGULAR_STAY: l('Séjour irrégulier', 'Onwettig verblijf', 'Illegaler Aufenthalt'),
} as const satisfies Record<string, Labels>;

export type StatusCode = keyof typeof STATUSES;

/** Details of the situation behind a status (the document or decision). */
export const STATUS_DETAILS = {
  BELGIAN_BY_BIRTH: l('Belge de naissance', 'Belg bij geboorte', 'Belgier von Geburt'),
  NATURALISED: l(
    'Naturalisation (Code de la nationalité belge)',
    'Naturalisatie (Wetboek van de Belgische nationaliteit)',
    'Einbürgerung (Gesetzbuch über die belgische Staatsangehörigkeit)',
  ),
  APPLICATION_LODGED: l(
    'Demande introduite (annexe 26)',
    'Verzoek ingediend (bijlage 26)',
    'Antrag eingereicht (Anlage 26)',
  ),
  CGRS_RECOGNITION: l(
    'Reconnaissance par le CGRA',
    'Erkenning door het CGVS',
    'Anerkennung durch das GKFS',
  ),
  CGRS_SUBSIDIARY: l(
    'Protection subsidiaire accordée par le CGRA',
    'Subsidiaire bescherming toegekend door het CGVS',
    'Subsidiärer Schutz vom GKFS gewährt',
  ),
  CGRS_REFUSAL: l(
    'Refus du CGRA, recours au CCE',
    'Weigering door het CGVS, beroep bij de RvV',
    'Ablehnung durch das GKFS, Beschwerde beim RAS',
  ),
  ORDER_TO_LEAVE: l(
    'Ordre de quitter le territoire (annexe 13quinquies)',
    'Bevel om het grondgebied te verlaten (bijlage 13quinquies)',
    'Anweisung zum Verlassen des Staatsgebiets (Anlage 13quinquies)',
  ),
  TEMPORARY_PROTECTION_CERT: l(
    'Attestation de protection temporaire',
    'Attest van tijdelijke bescherming',
    'Bescheinigung über vorübergehenden Schutz',
  ),
  CARD_A: l(
    'Carte A (séjour limité)',
    'A-kaart (beperkt verblijf)',
    'A-Karte (begrenzter Aufenthalt)',
  ),
  CARD_B: l(
    'Carte B (séjour illimité)',
    'B-kaart (onbeperkt verblijf)',
    'B-Karte (unbegrenzter Aufenthalt)',
  ),
  CARD_EU: l(
    'Carte EU (citoyen de l’Union)',
    'EU-kaart (burger van de Unie)',
    'EU-Karte (Unionsbürger)',
  ),
  ATTACHED_TO_PARENT: l(
    "Mineur accompagnant, procédure d'un parent",
    'Begeleide minderjarige, procedure van een ouder',
    'Begleiteter Minderjähriger, Verfahren eines Elternteils',
  ),
  NO_RESIDENCE_DOCUMENT: l(
    'Sans titre de séjour',
    'Zonder verblijfsdocument',
    'Ohne Aufenthaltsdokument',
  ),
} as const satisfies Record<string, Labels>;

export type StatusDetailCode = keyof typeof STATUS_DETAILS;

export type OrganisationKind = 'CPAS' | 'RECEPTION_CENTRE' | 'ILA';

export const ORGANISATION_KINDS = {
  CPAS: l('CPAS', 'OCMW', 'ÖSHZ'),
  RECEPTION_CENTRE: l("Centre d'accueil", 'Opvangcentrum', 'Aufnahmezentrum'),
  ILA: l(
    "Initiative locale d'accueil (ILA)",
    'Lokaal opvanginitiatief (LOI)',
    'Lokale Aufnahmeinitiative (LAI)',
  ),
} as const satisfies Record<OrganisationKind, Labels>;

export interface Cpas {
  cbe: string;
  name: string;
  municipality: MunicipalityKey;
}

/** The CPAS of the synthetic world; the first one is the demo client certificate's organisation. */
export const CPAS_LIST: readonly Cpas[] = [
  { cbe: DEMO_CPAS_CBE, name: 'CPAS de Liège', municipality: 'liege' },
  { cbe: OVERLAP_CPAS_CBE, name: 'CPAS de Bruxelles', municipality: 'bruxelles' },
  { cbe: THIRD_CPAS_CBE, name: 'CPAS de Charleroi', municipality: 'charleroi' },
  { cbe: '0212000131', name: 'OCMW Gent', municipality: 'gent' },
  { cbe: '0212000230', name: 'OCMW Antwerpen', municipality: 'antwerpen' },
  { cbe: '0212000329', name: 'ÖSHZ Eupen', municipality: 'eupen' },
  { cbe: '0212000428', name: 'CPAS de Namur', municipality: 'namur' },
  { cbe: '0212000527', name: 'CPAS de Schaerbeek', municipality: 'schaerbeek' },
  { cbe: '0212000626', name: 'OCMW Leuven', municipality: 'leuven' },
  { cbe: '0212000725', name: 'CPAS de Mons', municipality: 'mons' },
  { cbe: '0212000824', name: 'CPAS de Verviers', municipality: 'verviers' },
  { cbe: '0212000923', name: 'OCMW Brugge', municipality: 'brugge' },
  { cbe: '0212001022', name: 'CPAS d’Anderlecht', municipality: 'anderlecht' },
  { cbe: '0212001121', name: 'CPAS d’Ixelles', municipality: 'ixelles' },
  { cbe: '0212001220', name: 'ÖSHZ Sankt Vith', municipality: 'sanktVith' },
];

export function cpasByCbe(cbe: string): Cpas {
  const found = CPAS_LIST.find((c) => c.cbe === cbe);
  if (!found) throw new Error(`unknown CPAS ${cbe}`);
  return found;
}

export function cpasOf(municipality: MunicipalityKey): Cpas {
  const found = CPAS_LIST.find((c) => c.municipality === municipality);
  if (!found) throw new Error(`no CPAS for ${municipality}`);
  return found;
}

export interface ReceptionStructure {
  code: string;
  kind: 'RECEPTION_CENTRE' | 'ILA';
  name: string;
  municipality: MunicipalityKey;
}

/** Fictitious reception centres and local reception initiatives (TI 207 otherwise names a CPAS). */
export const RECEPTION_STRUCTURES = {
  C1201: {
    code: 'C1201',
    kind: 'RECEPTION_CENTRE',
    name: "Centre d'accueil Les Peupliers",
    municipality: 'mons',
  },
  C1202: {
    code: 'C1202',
    kind: 'RECEPTION_CENTRE',
    name: 'Opvangcentrum De Linde',
    municipality: 'gent',
  },
  C1203: {
    code: 'C1203',
    kind: 'RECEPTION_CENTRE',
    name: 'Aufnahmezentrum Am Weiher',
    municipality: 'eupen',
  },
  C1204: {
    code: 'C1204',
    kind: 'RECEPTION_CENTRE',
    name: "Centre d'accueil Les Glycines",
    municipality: 'bruxelles',
  },
  I6206: {
    code: 'I6206',
    kind: 'ILA',
    name: 'ILA de Liège, logement rue des Tanneurs',
    municipality: 'liege',
  },
  I5201: {
    code: 'I5201',
    kind: 'ILA',
    name: 'ILA de Charleroi, maison Val-Fleuri',
    municipality: 'charleroi',
  },
  I4402: { code: 'I4402', kind: 'ILA', name: 'LOI Gent, woning Lindenlaan', municipality: 'gent' },
} as const satisfies Record<string, ReceptionStructure>;

export type ReceptionStructureCode = keyof typeof RECEPTION_STRUCTURES;

export type LegalBasis = 'RIS' | 'LOI65' | 'ORGANIC';

export const LEGAL_BASES = {
  RIS: l(
    "Droit à l'intégration sociale (loi du 26 mai 2002)",
    'Recht op maatschappelijke integratie (wet van 26 mei 2002)',
    'Recht auf soziale Eingliederung (Gesetz vom 26. Mai 2002)',
  ),
  LOI65: l(
    'Loi du 2 avril 1965 (aide sociale)',
    'Wet van 2 april 1965 (maatschappelijke dienstverlening)',
    'Gesetz vom 2. April 1965 (Sozialhilfe)',
  ),
  ORGANIC: l(
    'Loi organique des CPAS du 8 juillet 1976',
    'Organieke OCMW-wet van 8 juli 1976',
    'Grundlagengesetz über die ÖSHZ vom 8. Juli 1976',
  ),
} as const satisfies Record<LegalBasis, Labels>;

/** Form types per legal basis (DOMAIN.md §8; the loi organique ones are our model). */
export const FORM_TYPES = {
  RIS: {
    B: l(
      'Formulaire B : décision et demande de remboursement',
      'Formulier B: beslissing en terugbetalingsaanvraag',
      'Formular B: Beschluss und Erstattungsantrag',
    ),
    C: l(
      'Formulaire C : arrêt ou refus',
      'Formulier C: stopzetting of weigering',
      'Formular C: Einstellung oder Ablehnung',
    ),
    D: l(
      'Formulaire D : demande de remboursement',
      'Formulier D: terugbetalingsaanvraag',
      'Formular D: Erstattungsantrag',
    ),
  },
  LOI65: {
    A: l(
      "Formulaire A : identification de l'ayant droit",
      'Formulier A: identificatie van de rechthebbende',
      'Formular A: Identifizierung des Berechtigten',
    ),
    B1: l(
      'Formulaire B1 : décision d’aide',
      'Formulier B1: beslissing tot hulpverlening',
      'Formular B1: Hilfebeschluss',
    ),
    B2: l(
      'Formulaire B2 : frais médicaux',
      'Formulier B2: medische kosten',
      'Formular B2: Arztkosten',
    ),
    C: l(
      "Formulaire C : arrêt de l'aide",
      'Formulier C: stopzetting van de hulp',
      'Formular C: Einstellung der Hilfe',
    ),
    D1: l(
      'Formulaire D1 : état de frais (aide)',
      'Formulier D1: onkostenstaat (hulp)',
      'Formular D1: Kostenaufstellung (Hilfe)',
    ),
    D2: l(
      'Formulaire D2 : état de frais (frais médicaux)',
      'Formulier D2: onkostenstaat (medische kosten)',
      'Formular D2: Kostenaufstellung (Arztkosten)',
    ),
    F: l('Formulaire F : récupération', 'Formulier F: terugvordering', 'Formular F: Rückforderung'),
  },
  ORGANIC: {
    B: l(
      "Décision d'aide sociale (loi organique)",
      'Beslissing maatschappelijke dienstverlening (organieke wet)',
      'Sozialhilfebeschluss (Grundlagengesetz)',
    ),
    C: l(
      "Arrêt de l'aide sociale (loi organique)",
      'Stopzetting maatschappelijke dienstverlening (organieke wet)',
      'Einstellung der Sozialhilfe (Grundlagengesetz)',
    ),
  },
} as const satisfies Record<LegalBasis, Record<string, Labels>>;

/** The person's role on a form (Social Inquiry's role, ListOfAttestation's RelationType). */
export const FORM_ROLES = {
  MAIN_BENEFICIARY: l('Bénéficiaire principal', 'Hoofdbegunstigde', 'Hauptbegünstigter'),
  PARTNER: l('Partenaire', 'Partner', 'Partner'),
} as const satisfies Record<'MAIN_BENEFICIARY' | 'PARTNER', Labels>;

export const AID_TYPES = {
  RIS_COHABITANT: l(
    'RIS catégorie 1 : cohabitant',
    'Leefloon categorie 1: samenwonende',
    'EE Kategorie 1: zusammenwohnend',
  ),
  RIS_ISOLATED: l(
    'RIS catégorie 2 : isolé',
    'Leefloon categorie 2: alleenstaande',
    'EE Kategorie 2: alleinstehend',
  ),
  RIS_FAMILY: l(
    'RIS catégorie 3 : famille à charge',
    'Leefloon categorie 3: gezin ten laste',
    'EE Kategorie 3: Familie zu Lasten',
  ),
  EQUIVALENT_RIS: l(
    "Aide sociale équivalente au revenu d'intégration",
    'Equivalent leefloon',
    'Dem Eingliederungseinkommen gleichwertige Sozialhilfe',
  ),
  MEDICAL_COSTS: l('Frais médicaux', 'Medische kosten', 'Arztkosten'),
  PHARMACEUTICAL_COSTS: l('Frais pharmaceutiques', 'Farmaceutische kosten', 'Arzneimittelkosten'),
  HOSPITAL_COSTS: l("Frais d'hospitalisation", 'Ziekenhuiskosten', 'Krankenhauskosten'),
  URGENT_MEDICAL_AID: l(
    'Aide médicale urgente',
    'Dringende medische hulp',
    'Dringende medizinische Hilfe',
  ),
  RENT_GUARANTEE: l('Garantie locative', 'Huurwaarborg', 'Mietkaution'),
  ENERGY: l('Aide en matière d’énergie', 'Energiehulp', 'Energiehilfe'),
  OTHER_SOCIAL_AID: l(
    'Autre aide sociale',
    'Andere maatschappelijke dienstverlening',
    'Sonstige Sozialhilfe',
  ),
} as const satisfies Record<string, Labels>;

export type AidTypeCode = keyof typeof AID_TYPES;

export const PIIS_KINDS = {
  EMPLOYMENT: l(
    'PIIS orienté emploi',
    'GPMI gericht op tewerkstelling',
    'IPSE mit Ausrichtung auf Beschäftigung',
  ),
  STUDIES: l('PIIS études de plein exercice', 'GPMI voltijdse studies', 'IPSE Vollzeitstudium'),
  SOCIAL: l(
    'PIIS intégration sociale',
    'GPMI maatschappelijke integratie',
    'IPSE soziale Eingliederung',
  ),
} as const satisfies Record<string, Labels>;

export type PiisKind = keyof typeof PIIS_KINDS;

export const ART35_KINDS = {
  ART35_1: l(
    'Exonération art. 35 §1 (générale)',
    'Vrijstelling art. 35 §1 (algemeen)',
    'Freistellung Art. 35 §1 (allgemein)',
  ),
  ART35_2: l(
    'Exonération art. 35 §2 (jeune sous PIIS études)',
    'Vrijstelling art. 35 §2 (jongere met GPMI studies)',
    'Freistellung Art. 35 §2 (Jugendlicher mit IPSE Studium)',
  ),
} as const satisfies Record<string, Labels>;

export type Art35Kind = keyof typeof ART35_KINDS;

export const ARTISTIC_EXEMPTION = {
  code: 'ARTISTIC',
  labels: l(
    'Exonération des revenus artistiques',
    'Vrijstelling van artistieke inkomsten',
    'Freistellung künstlerischer Einkünfte',
  ),
} as const;

export const INSTALLATION_PREMIUM = {
  code: 'INSTALLATION_PREMIUM',
  labels: l("Prime d'installation", 'Installatiepremie', 'Einrichtungsprämie'),
} as const;

function l(fr: string, nl: string, de: string): Labels {
  return { fr, nl, de };
}
