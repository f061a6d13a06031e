// The National Register's information types (TI) the app knows by name, with fr/nl/de labels; any other code is still shown, by its number.
import type { LocalizedText } from './inquiry';

const label = (fr: string, nl: string, de: string): LocalizedText => ({ fr, nl, de });

/** The information types of interest to a social inquiry (DOMAIN.md §6), keyed by their three-digit code. */
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
};

/** A known type's labels; an unknown one reads "TI 253" in every language rather than disappearing. */
export function informationTypeLabel(code: string): LocalizedText {
  return KNOWN_INFORMATION_TYPES[code] ?? label(`TI ${code}`, `IT ${code}`, `IT ${code}`);
}
