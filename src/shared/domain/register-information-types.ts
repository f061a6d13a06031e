// The National Register's information types (TI) the app knows by name, with fr/nl/de labels; any other code is still shown, by its number.
import type { LocalizedText } from './inquiry';

const label = (fr: string, nl: string, de: string): LocalizedText => ({ fr, nl, de });

/** Every information type of xm25.xsd (those of interest to a social inquiry, DOMAIN.md §6, first), by its three-digit code. */
export const KNOWN_INFORMATION_TYPES: Readonly<Record<string, LocalizedText>> = {
  '001': label('Commune de résidence', 'Verblijfgemeente', 'Wohnsitzgemeinde'),
  '020': label('Adresse', 'Adres', 'Adresse'),
  '031': label('Nationalité', 'Nationaliteit', 'Staatsangehörigkeit'),
  '120': label('État civil', 'Burgerlijke staat', 'Zivilstand'),
  '140': label(
    'Membres du ménage (personne de référence)',
    'Gezinsleden (referentiepersoon)',
    'Haushaltsmitglieder (Bezugsperson)',
  ),
  '141': label(
    "Membre d'un ménage (personne de référence)",
    'Lid van een gezin (referentiepersoon)',
    'Mitglied eines Haushalts (Bezugsperson)',
  ),
  '197': label('Carte professionnelle', 'Beroepskaart', 'Berufskarte'),
  '198': label('Permis de travail', 'Arbeidsvergunning', 'Arbeitserlaubnis'),
  '202': label(
    'Informations spéciales (motif du séjour)',
    'Bijzondere inlichtingen (verblijfsreden)',
    'Besondere Angaben (Aufenthaltsgrund)',
  ),
  '205': label('Type de réfugié', 'Type vluchteling', 'Art des Flüchtlings'),
  '206': label(
    'Situation du demandeur d’asile',
    'Toestand van de asielzoeker',
    'Lage des Asylbewerbers',
  ),
  '207': label(
    "Organisme en charge (CPAS ou centre d'accueil)",
    'Instelling belast met de opvang (OCMW of opvangcentrum)',
    'Zuständige Einrichtung (ÖSHZ oder Aufnahmezentrum)',
  ),
  '210': label("Registre d'inscription", 'Register van inschrijving', 'Eintragungsregister'),
  // The other types of xm25.xsd, named after its documentation.
  '000': label('Numéro d’identification', 'Identificatienummer', 'Identifizierungsnummer'),
  '002': label('Dossier de référence', 'Referentiedossier', 'Bezugsakte'),
  '003': label(
    'Détermination de la résidence principale',
    'Bepaling van de hoofdverblijfplaats',
    'Bestimmung des Hauptwohnortes',
  ),
  '004': label('Changement de sexe', 'Geslachtswijziging', 'Geschlechtsänderung'),
  '005': label(
    'Intention de changer d’adresse',
    'Voornemen van adreswijziging',
    'Absicht einer Adressänderung',
  ),
  '006': label('Pays d’origine', 'Land van herkomst', 'Herkunftsland'),
  '007': label(
    'Présence temporaire pour études',
    'Tijdelijke aanwezigheid voor studies',
    'Vorübergehende Anwesenheit zu Studienzwecken',
  ),
  '008': label('Droit de retour', 'Recht op terugkeer', 'Rückkehrrecht'),
  '010': label('Nom et prénoms', 'Naam en voornamen', 'Name und Vornamen'),
  '011': label('Pseudonymes', 'Pseudoniemen', 'Pseudonyme'),
  '012': label('Titre de noblesse', 'Adellijke titel', 'Adelstitel'),
  '013': label('Modification de nom', 'Naamswijziging', 'Namensänderung'),
  '018': label(
    'Adresse déclarée à l’étranger',
    'Aangegeven adres in het buitenland',
    'Erklärte Adresse im Ausland',
  ),
  '019': label(
    'Déclaration de changement d’adresse',
    'Aangifte van adreswijziging',
    'Erklärung einer Adressänderung',
  ),
  '021': label('Hébergement partagé', 'Gedeelde huisvesting', 'Geteilte Unterkunft'),
  '022': label('Résidence à l’étranger', 'Verblijf in het buitenland', 'Wohnsitz im Ausland'),
  '023': label(
    'Adresse postale à l’étranger',
    'Postadres in het buitenland',
    'Postanschrift im Ausland',
  ),
  '024': label('Adresse de référence', 'Referentieadres', 'Bezugsadresse'),
  '026': label('Absence temporaire', 'Tijdelijke afwezigheid', 'Vorübergehende Abwesenheit'),
  '027': label('Domicile légal', 'Wettelijke woonplaats', 'Gesetzlicher Wohnsitz'),
  '028': label('Inscription provisoire', 'Voorlopige inschrijving', 'Vorläufige Eintragung'),
  '032': label('Plurinationalité', 'Meervoudige nationaliteit', 'Mehrfache Staatsangehörigkeit'),
  '040': label('Sexe à vérifier', 'Te verifiëren geslacht', 'Zu prüfendes Geschlecht'),
  '041': label('Nom à vérifier', 'Te verifiëren naam', 'Zu prüfender Name'),
  '042': label('Adresse à vérifier', 'Te verifiëren adres', 'Zu prüfende Adresse'),
  '043': label(
    'Nationalité à vérifier',
    'Te verifiëren nationaliteit',
    'Zu prüfende Staatsangehörigkeit',
  ),
  '044': label(
    'Lieu de naissance à vérifier',
    'Te verifiëren geboorteplaats',
    'Zu prüfender Geburtsort',
  ),
  '045': label(
    'État civil à vérifier',
    'Te verifiëren burgerlijke staat',
    'Zu prüfender Zivilstand',
  ),
  '046': label('Décès à vérifier', 'Te verifiëren overlijden', 'Zu prüfender Tod'),
  '070': label('Profession', 'Beroep', 'Beruf'),
  '073': label('Certificat de pension', 'Pensioenattest', 'Pensionsbescheinigung'),
  '074': label(
    'Certificat de pension spéciale',
    'Attest van bijzonder pensioen',
    'Bescheinigung über eine Sonderpension',
  ),
  '100': label('Lieu de naissance', 'Geboorteplaats', 'Geburtsort'),
  '101': label('Date de naissance déclarée', 'Aangegeven geboortedatum', 'Erklärtes Geburtsdatum'),
  '110': label('Filiation ascendante', 'Opwaartse afstamming', 'Aufsteigende Abstammung'),
  '111': label(
    'Statut de la personne représentée ou assistée',
    'Statuut van de vertegenwoordigde of bijgestane persoon',
    'Status der vertretenen oder beistandenen Person',
  ),
  '113': label(
    'Personne qui représente ou assiste',
    'Persoon die vertegenwoordigt of bijstaat',
    'Vertretende oder beistehende Person',
  ),
  '114': label('Filiation descendante', 'Neerwaartse afstamming', 'Absteigende Abstammung'),
  '121': label(
    'Lieu de naissance du partenaire',
    'Geboorteplaats van de partner',
    'Geburtsort des Partners',
  ),
  '122': label(
    'Contrat de mariage ou patrimonial',
    'Huwelijks- of vermogenscontract',
    'Ehe- oder Vermögensvertrag',
  ),
  '123': label('Cohabitation légale', 'Wettelijke samenwoning', 'Gesetzliches Zusammenwohnen'),
  '124': label('Mariage de complaisance', 'Schijnhuwelijk', 'Scheinehe'),
  '125': label(
    'Cohabitation légale de complaisance',
    'Schijnsamenwoning',
    'Gesetzliches Scheinzusammenwohnen',
  ),
  '130': label('Élections', 'Verkiezingen', 'Wahlen'),
  '131': label('Électeurs européens', 'Europese kiezers', 'Europäische Wähler'),
  '132': label(
    'Électeurs belges à l’étranger',
    'Belgische kiezers in het buitenland',
    'Belgische Wähler im Ausland',
  ),
  '150': label('Décès', 'Overlijden', 'Tod'),
  '151': label('Absence (déclarée)', 'Afwezigheid (verklaard)', 'Abwesenheit (erklärt)'),
  '152': label('Mode de sépulture', 'Wijze van teraardebestelling', 'Bestattungsart'),
  '153': label(
    'Mode de sépulture et rites',
    'Wijze van teraardebestelling en riten',
    'Bestattungsart und Riten',
  ),
  '160': label('Service militaire', 'Militaire dienst', 'Militärdienst'),
  '180': label(
    'Certificats de la carte eID',
    'Certificaten van de eID-kaart',
    'Zertifikate des eID-Ausweises',
  ),
  '190': label('Reconnaissance de titre', 'Erkenning van titel', 'Anerkennung eines Titels'),
  '191': label('Permis de conduire', 'Rijbewijs', 'Führerschein'),
  '192': label('Don d’organes', 'Orgaandonatie', 'Organspende'),
  '193': label('Commerçant ambulant', 'Ambulante handelaar', 'Ambulanter Händler'),
  '194': label('Ancien permis de conduire', 'Oud rijbewijs', 'Alter Führerschein'),
  '195': label('Carte d’identité', 'Identiteitskaart', 'Personalausweis'),
  '196': label('Carte de sécurité sociale', 'Socialezekerheidskaart', 'Sozialversicherungsausweis'),
  '199': label('Passeport', 'Paspoort', 'Reisepass'),
  '200': label(
    'Numéro de l’Office des étrangers',
    'Nummer van de Dienst Vreemdelingenzaken',
    'Nummer des Ausländeramtes',
  ),
  '208': label(
    'Pseudo-numéro national',
    'Pseudo-rijksregisternummer',
    'Pseudo-Nationalregisternummer',
  ),
  '211': label(
    'Document qui établit l’identité',
    'Document dat de identiteit vaststelt',
    'Dokument zur Feststellung der Identität',
  ),
  '212': label('Domicile élu', 'Gekozen woonplaats', 'Gewählter Wohnsitz'),
  '213': label('Alias', 'Alias', 'Alias'),
  '214': label('Adresse déclarée', 'Aangegeven adres', 'Erklärte Adresse'),
  '240': label('Registres locaux', 'Lokale registers', 'Lokale Register'),
  '246': label('Information communale', 'Gemeentelijke informatie', 'Gemeindeinformation'),
  '247': label('Données de contact', 'Contactgegevens', 'Kontaktdaten'),
  '250': label('Dossier référencé', 'Gerefereerd dossier', 'Verwiesene Akte'),
  '251': label(
    'Date de mise à jour de la résidence principale',
    'Datum van bijwerking van de hoofdverblijfplaats',
    'Datum der Aktualisierung des Hauptwohnortes',
  ),
  '252': label('Adresse non communicable', 'Niet mee te delen adres', 'Nicht mitteilbare Adresse'),
  '253': label('Date de collecte', 'Datum van inzameling', 'Erhebungsdatum'),
  '254': label(
    'Date de dernière mise à jour',
    'Datum van laatste bijwerking',
    'Datum der letzten Aktualisierung',
  ),
};

/** A known type's labels; an unknown one reads "TI 253" in every language rather than disappearing. */
export function informationTypeLabel(code: string): LocalizedText {
  return KNOWN_INFORMATION_TYPES[code] ?? label(`TI ${code}`, `IT ${code}`, `IT ${code}`);
}
