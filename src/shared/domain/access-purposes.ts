// The quality codes (ManageAccess `Purpose`) under which a CPAS registers a person in the sector 17 repertory, with their fr/nl/de labels.
//
// Codes from DOMAIN.md §6. The labels are plain data per language (fr is the reference), so the renderer,
// the report and the main process read the same text without a catalogue lookup.

export interface PurposeLabels {
  fr: string;
  nl: string;
  de: string;
}

/** The social security network's sector of the CPAS/OCMW (ManageAccess `Sector`, SSDN `MatrixID`). */
export const CPAS_SECTOR = 17;

const labels = (fr: string, nl: string, de: string): PurposeLabels => ({ fr, nl, de });

/** The codes a CPAS may register a person under. */
export const SECTOR17_PURPOSES = {
  1: labels('Dossier en examen', 'Dossier in onderzoek', 'Akte in Prüfung'),
  2: labels("Revenu d'intégration", 'Leefloon', 'Eingliederungseinkommen'),
  3: labels(
    "Équivalent du revenu d'intégration",
    'Equivalent leefloon',
    'Entsprechung des Eingliederungseinkommens',
  ),
  4: labels('Autre aide', 'Andere hulp', 'Andere Hilfe'),
  5: labels('Cohabitant', 'Samenwonende', 'Zusammenwohnende Person'),
  6: labels(
    "Mis à l'emploi par le CPAS",
    'Tewerkgesteld door het OCMW',
    'Durch das ÖSHZ beschäftigt',
  ),
  7: labels(
    'Médiation de dettes / guidance budgétaire',
    'Schuldbemiddeling / budgetbegeleiding',
    'Schuldnerberatung / Budgetbegleitung',
  ),
  8: labels('Dossiers de service', 'Dienstverleningsdossiers', 'Dienstleistungsakten'),
  9: labels('Autre accompagnement', 'Andere begeleiding', 'Andere Begleitung'),
  11: labels('Superviseur', 'Supervisor', 'Supervisor'),
  12: labels('Participant', 'Deelnemer', 'Teilnehmer'),
  20: labels(
    'Collaborateur sous enquête',
    'Medewerker in onderzoek',
    'Mitarbeiter in Untersuchung',
  ),
  21: labels('Collaborateur', 'Medewerker', 'Mitarbeiter'),
  40: labels('Allocation de chauffage', 'Verwarmingstoelage', 'Heizkostenzulage'),
} as const satisfies Record<number, PurposeLabels>;

/** Cross-sector codes the repertory may show beside the CPAS's own; never registered by a CPAS. */
export const CROSS_SECTOR_PURPOSES = {
  0: labels('Définitif', 'Definitief', 'Endgültig'),
  902: labels('Provisoire', 'Voorlopig', 'Vorläufig'),
  999: labels('NISS remplacé', 'INSZ vervangen', 'ENSS ersetzt'),
} as const satisfies Record<number, PurposeLabels>;

export type Sector17Purpose = keyof typeof SECTOR17_PURPOSES;

export function isSector17Purpose(code: number): code is Sector17Purpose {
  return Object.hasOwn(SECTOR17_PURPOSES, code);
}

/** The labels of any code the repertory answers with; an unknown code is shown as itself, never dropped. */
export function purposeLabels(code: number): PurposeLabels {
  const known =
    (SECTOR17_PURPOSES as Record<number, PurposeLabels>)[code] ??
    (CROSS_SECTOR_PURPOSES as Record<number, PurposeLabels>)[code];
  return known ?? labels(String(code), String(code), String(code));
}
