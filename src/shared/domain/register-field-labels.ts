// The fr/nl/de label of every element an information type of the register extract (Tx25, xm25.xsd in
// resources/schemas) may hold below its entry, by element name: a field 'Address.ZipCode' reads "Adresse › Code
// postal". register-field-labels.test.ts fails when the schema defines an element this list does not name.
// The register sends its own labels for the codes it has tables for (municipality, country, civil state) in
// the language asked: those come with the value. The few codes it sends bare are decoded here, from the
// schema's own documentation (sex, the municipality's language regime, a merged municipality).
import type { LocalizedText } from './values';

const label = (fr: string, nl: string, de: string): LocalizedText => ({ fr, nl, de });

export const REGISTER_FIELD_LABELS: Readonly<Record<string, LocalizedText>> = {
  AbsenteeVoter: label('Électeur absent', 'Afwezige kiezer', 'Abwesender Wähler'),
  ActNumber: label('Numéro d’acte', 'Aktenummer', 'Aktennummer'),
  AdditionTo: label('Ajout à', 'Toevoeging aan', 'Zusatz zu'),
  Address: label('Adresse', 'Adres', 'Adresse'),
  AdviceFromCGVS: label('Avis du CGRA', 'Advies van het CGVS', 'Gutachten des GKFS'),
  Appeal: label('Recours', 'Beroep', 'Beschwerde'),
  AppealLodged: label('Recours introduit', 'Beroep ingesteld', 'Beschwerde eingelegt'),
  ApplicationFiled: label('Demande introduite', 'Aanvraag ingediend', 'Antrag eingereicht'),
  ApplicationRenounced: label('Demande abandonnée', 'Aanvraag ingetrokken', 'Antrag zurückgezogen'),
  BelgianJudgement: label('Jugement belge', 'Belgisch vonnis', 'Belgisches Urteil'),
  BirthDate: label('Date de naissance', 'Geboortedatum', 'Geburtsdatum'),
  BirthPlace: label('Lieu de naissance', 'Geboorteplaats', 'Geburtsort'),
  Box: label('Boîte', 'Bus', 'Briefkasten'),
  CBENumber: label('Numéro BCE', 'KBO-nummer', 'ZUD-Nummer'),
  CODNBSC: label('Code NBSC', 'NBSC-code', 'NBSC-Code'),
  Card: label('Carte', 'Kaart', 'Karte'),
  CardNumber: label('Numéro de carte', 'Kaartnummer', 'Kartennummer'),
  Categories: label('Catégories', 'Categorieën', 'Kategorien'),
  Category: label('Catégorie', 'Categorie', 'Kategorie'),
  Certificate: label('Certificat', 'Certificaat', 'Zertifikat'),
  Certificate1: label('Premier certificat', 'Eerste certificaat', 'Erstes Zertifikat'),
  Certificate2: label('Second certificat', 'Tweede certificaat', 'Zweites Zertifikat'),
  CertificateNumber: label('Numéro de certificat', 'Certificaatnummer', 'Zertifikatsnummer'),
  Cessation: label('Cessation', 'Beëindiging', 'Beendigung'),
  Child: label('Enfant', 'Kind', 'Kind (Abkömmling)'),
  ChoiceOfAddress: label('Choix de l’adresse', 'Keuze van het adres', 'Wahl der Adresse'),
  CivilState: label('État civil', 'Burgerlijke staat', 'Zivilstand'),
  Class: label('Classe', 'Klasse', 'Klasse (Stufe)'),
  Code: label('Code', 'Code (waarde)', 'Kennziffer'),
  Comments: label('Commentaires', 'Opmerkingen', 'Bemerkungen'),
  Contacts: label('Contacts', 'Contactpersonen', 'Kontakte'),
  Contract: label('Contrat', 'Contract', 'Vertrag'),
  Country: label('Pays', 'Land', 'Staat'),
  CourtName: label('Tribunal', 'Rechtbank', 'Gericht'),
  Criteria: label('Critères', 'Criteria', 'Kriterien'),
  DabsNumber: label('Numéro DABS', 'DABS-nummer', 'DABS-Nummer'),
  DateEntered: label('Date d’encodage', 'Datum van invoer', 'Eingabedatum'),
  DateValidated: label('Date de validation', 'Datum van validatie', 'Datum der Bestätigung'),
  Decease: label('Décès', 'Overlijden', 'Tod'),
  Decision: label('Décision', 'Beslissing', 'Entscheidung'),
  DecisionCancelled: label('Décision annulée', 'Beslissing vernietigd', 'Entscheidung aufgehoben'),
  Declaration: label('Déclaration', 'Aangifte', 'Erklärung'),
  DeclaredBirthDate: label(
    'Date de naissance déclarée',
    'Aangegeven geboortedatum',
    'Erklärtes Geburtsdatum',
  ),
  DelayLeaveGranted: label(
    'Délai de départ accordé',
    'Termijn voor vertrek toegekend',
    'Ausreisefrist gewährt',
  ),
  Delivery: label('Délivrance', 'Afgifte', 'Ausstellung'),
  DeliveryCountry: label('Pays de délivrance', 'Land van afgifte', 'Ausstellungsstaat'),
  DestinationPlace: label('Lieu de destination', 'Plaats van bestemming', 'Zielort'),
  DiplomaticPost: label('Poste diplomatique', 'Diplomatieke post', 'Diplomatische Vertretung'),
  DocumentDate: label('Date du document', 'Datum van het document', 'Datum des Dokuments'),
  Duplicate: label('Duplicata', 'Duplicaat', 'Duplikat'),
  Duration: label('Durée', 'Duur', 'Dauer'),
  Elections: label('Élections', 'Verkiezingen', 'Wahlen'),
  ElectoralFunction: label('Fonction électorale', 'Kiesfunctie', 'Wahlfunktion'),
  EmailAddress: label('Adresse e-mail', 'E-mailadres', 'E-Mail-Adresse'),
  EndDate: label('Date de fin', 'Einddatum', 'Enddatum'),
  Escape: label('Évasion', 'Ontvluchting', 'Flucht'),
  ExpiryDate: label('Date d’expiration', 'Vervaldatum', 'Ablaufdatum'),
  FamilyRole: label('Rôle dans le ménage', 'Rol in het gezin', 'Rolle im Haushalt'),
  FaxNumber: label('Numéro de fax', 'Faxnummer', 'Faxnummer (Telefax)'),
  FiliationType: label('Type de filiation', 'Soort afstamming', 'Art der Abstammung'),
  FirstName: label('Prénom', 'Voornaam', 'Vorname'),
  ForeignJudgement: label('Jugement étranger', 'Buitenlands vonnis', 'Ausländisches Urteil'),
  ForfeitureDate: label('Date de déchéance', 'Datum van verval', 'Datum des Verfalls'),
  ForfeitureReason: label('Motif de déchéance', 'Reden van verval', 'Grund des Verfalls'),
  Fusion: label('Commune fusionnée', 'Gefusioneerde gemeente', 'Fusionierte Gemeinde'),
  GearBox: label('Boîte de vitesses', 'Versnellingsbak', 'Getriebe'),
  Gender: label('Sexe', 'Geslacht', 'Geschlecht'),
  GeneralInfo: label('Informations générales', 'Algemene inlichtingen', 'Allgemeine Angaben'),
  Graphic1: label('Libellé 1', 'Omschrijving 1', 'Bezeichnung 1'),
  Graphic2: label('Libellé 2', 'Omschrijving 2', 'Bezeichnung 2'),
  Graphic3: label('Libellé 3', 'Omschrijving 3', 'Bezeichnung 3'),
  HH: label('Heures', 'Uren', 'Stunden'),
  HouseNumber: label('Numéro', 'Huisnummer', 'Hausnummer'),
  Housing: label('Logement', 'Huisvesting', 'Unterkunft'),
  IdentificationNumber: label(
    'Numéro d’identification',
    'Identificatienummer',
    'Identifizierungsnummer',
  ),
  IdentityCard: label('Carte d’identité', 'Identiteitskaart', 'Personalausweis'),
  Initiative: label('Initiative', 'Initiatief', 'Initiative (Veranlassung)'),
  InvestigationResult: label(
    'Résultat de l’enquête',
    'Resultaat van het onderzoek',
    'Ergebnis der Untersuchung',
  ),
  Issuer: label('Émetteur', 'Uitgever', 'Aussteller'),
  Justification: label('Justification', 'Verantwoording', 'Begründung'),
  Label: label('Libellé', 'Omschrijving', 'Bezeichnung'),
  Language: label('Régime linguistique', 'Taalstelsel', 'Sprachregelung'),
  LastName: label('Nom', 'Naam', 'Name'),
  LegalFact: label('Fait juridique', 'Rechtsfeit', 'Rechtstatsache'),
  LegalRepresentative: label(
    'Représentant légal',
    'Wettelijke vertegenwoordiger',
    'Gesetzlicher Vertreter',
  ),
  LicenseNumber: label('Numéro de permis', 'Nummer van het rijbewijs', 'Führerscheinnummer'),
  Lieu: label('Lieu', 'Plaats', 'Ort'),
  Limosa: label('Limosa', 'Limosa-melding', 'Limosa-Meldung'),
  MM: label('Minutes', 'Minuten', 'Minuten (Uhrzeit)'),
  Medical: label('Médical', 'Medisch', 'Medizinisch'),
  MobileNumber: label('Numéro de GSM', 'Gsm-nummer', 'Handynummer'),
  ModificationType: label('Type de modification', 'Soort wijziging', 'Art der Änderung'),
  Modified: label('Modifié', 'Gewijzigd', 'Geändert'),
  Name: label('Nom', 'Naam', 'Name'),
  NameNotary: label('Nom du notaire', 'Naam van de notaris', 'Name des Notars'),
  NationalNumber: label(
    'Numéro de registre national',
    'Rijksregisternummer',
    'Nationalregisternummer',
  ),
  Nationality: label('Nationalité', 'Nationaliteit', 'Staatsangehörigkeit'),
  NobilityTitle: label('Titre de noblesse', 'Adellijke titel', 'Adelstitel'),
  Notary: label('Notaire', 'Notaris', 'Notar'),
  Notification: label('Notification', 'Kennisgeving', 'Mitteilung'),
  NotificationByDVZ: label(
    'Notification par l’Office des étrangers',
    'Kennisgeving door de DVZ',
    'Mitteilung durch das Ausländeramt',
  ),
  NotificationByOrg: label(
    'Notification par l’organisme',
    'Kennisgeving door de instelling',
    'Mitteilung durch die Einrichtung',
  ),
  NotificationDate: label('Date de notification', 'Datum van kennisgeving', 'Datum der Mitteilung'),
  Number: label('Numéro', 'Nummer', 'Nummer'),
  NumberFolio: label('Numéro de folio', 'Folionummer', 'Folionummer (Blatt)'),
  NumberRegister: label('Numéro de registre', 'Registernummer', 'Registernummer'),
  Occupation: label('Profession', 'Beroep', 'Beruf'),
  OpenClose: label('Ouverture ou clôture', 'Opening of sluiting', 'Eröffnung oder Schließung'),
  Organization: label('Organisme', 'Instelling', 'Einrichtung'),
  Origin: label('Origine', 'Oorsprong', 'Herkunft'),
  OriginPlace: label('Lieu d’origine', 'Plaats van herkomst', 'Herkunftsort'),
  Origine: label(
    'Origine de l’information',
    'Oorsprong van de informatie',
    'Herkunft der Information',
  ),
  Parent1: label('Premier parent', 'Eerste ouder', 'Erster Elternteil'),
  Parent2: label('Second parent', 'Tweede ouder', 'Zweiter Elternteil'),
  Partner: label('Partenaire', 'Partner', 'Partner(in)'),
  PassportIdent: label(
    'Identification du passeport',
    'Identificatie van het paspoort',
    'Identifizierung des Reisepasses',
  ),
  PassportNumber: label('Numéro de passeport', 'Paspoortnummer', 'Reisepassnummer'),
  PassportType: label('Type de passeport', 'Soort paspoort', 'Art des Reisepasses'),
  PermitNumber: label('Numéro de permis', 'Vergunningsnummer', 'Nummer der Erlaubnis'),
  PhoneNumber: label('Numéro de téléphone', 'Telefoonnummer', 'Telefonnummer'),
  Place: label('Lieu', 'Plaats', 'Ort'),
  Place1: label('Lieu 1', 'Plaats 1', 'Ort 1'),
  Place2: label('Lieu 2', 'Plaats 2', 'Ort 2'),
  Place3: label('Lieu 3', 'Plaats 3', 'Ort 3'),
  Post: label('Poste', 'Post', 'Vertretung'),
  PosteDiplomatique: label('Poste diplomatique', 'Diplomatieke post', 'Diplomatische Vertretung'),
  Presence: label('Présence', 'Aanwezigheid', 'Anwesenheit'),
  Procedure: label('Procédure', 'Procedure', 'Verfahren'),
  ProductionDate: label('Date de production', 'Datum van aanmaak', 'Herstellungsdatum'),
  Protection: label('Protection', 'Bescherming', 'Schutz'),
  Province: label('Province', 'Provincie', 'Provinz'),
  Proxy: label('Mandataire', 'Gevolmachtigde', 'Bevollmächtigter'),
  PseudoNationalNumber: label(
    'Pseudo-numéro national',
    'Pseudo-rijksregisternummer',
    'Pseudo-Nationalregisternummer',
  ),
  PublicSecurityNumber: label(
    'Numéro de la Sûreté publique',
    'Nummer van de Openbare Veiligheid',
    'Nummer der Öffentlichen Sicherheit',
  ),
  Qualification: label('Qualité', 'Hoedanigheid', 'Eigenschaft'),
  Reason: label('Motif', 'Reden', 'Grund'),
  Reason1: label('Motif principal', 'Hoofdreden', 'Hauptgrund'),
  Reason2: label('Motif complémentaire', 'Bijkomende reden', 'Zusätzlicher Grund'),
  Reference: label('Référence', 'Referentie', 'Referenz'),
  RefugeeCentre: label('Centre d’accueil', 'Opvangcentrum', 'Aufnahmezentrum'),
  RegistrationDate: label('Date d’inscription', 'Datum van inschrijving', 'Eintragungsdatum'),
  RegistrationRegister: label(
    'Registre d’inscription',
    'Register van inschrijving',
    'Eintragungsregister',
  ),
  Renewal: label('Renouvellement', 'Vernieuwing', 'Erneuerung'),
  RenewalNumber: label('Numéro de renouvellement', 'Vernieuwingsnummer', 'Erneuerungsnummer'),
  ReplacementOf: label('Remplacement de', 'Vervanging van', 'Ersatz für'),
  Residence: label('Commune', 'Gemeente', 'Gemeinde'),
  Rite: label('Rite', 'Ritus', 'Ritus (Zeremonie)'),
  Role: label('Rôle', 'Rol', 'Rolle'),
  SS: label('Secondes', 'Seconden', 'Sekunden'),
  SecondNumber: label('Second numéro', 'Tweede nummer', 'Zweite Nummer'),
  SerialNumber: label('Numéro de série', 'Serienummer', 'Seriennummer'),
  Sex: label('Sexe', 'Geslacht', 'Geschlecht'),
  Situation: label('Situation', 'Toestand', 'Lage'),
  SocialCategory: label('Catégorie sociale', 'Sociale categorie', 'Soziale Kategorie'),
  SocialWelfare: label('Aide sociale', 'Maatschappelijke dienstverlening', 'Sozialhilfe'),
  Spouse: label('Conjoint', 'Echtgeno(o)t(e)', 'Ehepartner'),
  StartDate: label('Date de début', 'Begindatum', 'Anfangsdatum'),
  Status: label('Statut', 'Statuut', 'Status (Stellung)'),
  Street: label('Rue', 'Straat', 'Straße'),
  StrikingOut: label('Radiation', 'Afvoering', 'Streichung'),
  SuppletoryRegister: label('Registre supplétoire', 'Aanvullend register', 'Ergänzungsregister'),
  Term: label('Terme', 'Termijn', 'Frist'),
  Territory: label('Territoire', 'Grondgebied', 'Staatsgebiet'),
  TerritoryLeft: label('Territoire quitté', 'Grondgebied verlaten', 'Staatsgebiet verlassen'),
  Time: label('Heure', 'Uur', 'Uhrzeit'),
  Transcription: label('Transcription', 'Overschrijving', 'Umschreibung'),
  Tribunal: label('Tribunal', 'Rechtbank', 'Gericht'),
  Type: label('Type', 'Soort', 'Art'),
  TypeOfAbsence: label('Type d’absence', 'Soort afwezigheid', 'Art der Abwesenheit'),
  TypeOfBurial: label('Type de sépulture', 'Soort teraardebestelling', 'Art der Bestattung'),
  TypeOfCard: label('Type de carte', 'Soort kaart', 'Art der Karte'),
  TypeOfContract: label('Type de contrat', 'Soort contract', 'Art des Vertrags'),
  TypeOfDocument: label('Type de document', 'Soort document', 'Art des Dokuments'),
  TypeOfFuneral: label('Type de funérailles', 'Soort uitvaart', 'Art der Beerdigung'),
  TypeOfLicense: label('Type de permis', 'Soort rijbewijs', 'Art des Führerscheins'),
  TypeOfStudent: label('Type d’étudiant', 'Soort student', 'Art des Studierenden'),
  TypeOfVoting: label('Type de vote', 'Soort stemming', 'Art der Stimmabgabe'),
  UnrestrictedStay: label('Séjour illimité', 'Onbeperkt verblijf', 'Unbefristeter Aufenthalt'),
  Validation: label('Validation', 'Validatie', 'Bestätigung'),
  ValidityDate: label('Date de validité', 'Geldigheidsdatum', 'Gültigkeitsdatum'),
  Volunteer: label('Volontaire', 'Vrijwilliger', 'Freiwilliger'),
  Voter: label('Électeur', 'Kiezer', 'Wähler'),
  WarTitle: label('Titre de guerre', 'Oorlogstitel', 'Kriegstitel'),
  ZipCode: label('Code postal', 'Postcode', 'Postleitzahl'),
};

/** A date or end date nested below the entry (the entry's own are its period). */
const NESTED = {
  Date: label('Date', 'Datum', 'Datum'),
  DelDate: label('Date de fin', 'Einddatum', 'Enddatum'),
};

/** Whole paths that read better named as one: TI 000's birth date and sex, TI 010's names. */
const PATH_LABELS: Readonly<Record<string, LocalizedText>> = {
  'NationalNumber.Date': label('Date de naissance', 'Geboortedatum', 'Geburtsdatum'),
  'NationalNumber.Sex': label('Sexe', 'Geslacht', 'Geschlecht'),
  'Name.LastName': label('Nom', 'Naam', 'Name'),
  'Name.FirstName': label('Prénom', 'Voornaam', 'Vorname'),
};

/** Codes the register sends without a label, as xm25.xsd documents them. */
const SEX: Readonly<Record<string, LocalizedText>> = {
  '1': label('Homme', 'Man', 'Mann'),
  '2': label('Femme', 'Vrouw', 'Frau'),
};

const DECODED: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>> = {
  Sex: SEX,
  Fusion: {
    '0': label('Non', 'Nee', 'Nein'),
    '1': label('Oui', 'Ja', 'Ja'),
  },
  Language: {
    '1': label('Français', 'Frans', 'Französisch'),
    '2': label('Néerlandais ou allemand', 'Nederlands of Duits', 'Niederländisch oder Deutsch'),
  },
};

/**
 * The label of a field's path, e.g. 'Spouse.NationalNumber.NationalNumber' → "Conjoint › Numéro de registre
 * national". `within`: the information type's own name; a wrapper that repeats it is left out ("Adresse ›
 * Code postal" under the type Adresse reads "Code postal").
 */
export function registerFieldLabel(
  path: string,
  language: keyof LocalizedText,
  within?: string,
): string {
  const whole = PATH_LABELS[path]?.[language];
  if (whole) return whole;
  const labels: string[] = [];
  const segments = path.split('.');
  for (const [index, segment] of segments.entries()) {
    const known = REGISTER_FIELD_LABELS[segment] ?? NESTED[segment as keyof typeof NESTED];
    const text = known?.[language] ?? segment;
    if (index === 0 && segments.length > 1 && text === within) continue;
    // NationalNumber.NationalNumber: the wrapper and its value say the same once.
    if (labels.at(-1) !== text) labels.push(text);
  }
  return labels.join(' › ');
}

/** A bare code's meaning (sex, language regime, merged municipality), or null when it has none here. */
export function decodeRegisterValue(
  path: string,
  value: string,
  language: keyof LocalizedText,
): string | null {
  const segments = path.split('.');
  const leaf = segments.at(-1) ?? '';
  // A change of sex (TI 004) gives the new one as Gender.Code.
  const table = leaf === 'Code' && segments.includes('Gender') ? SEX : DECODED[leaf];
  return table?.[value]?.[language] ?? null;
}
