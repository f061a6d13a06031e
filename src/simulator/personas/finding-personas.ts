// Which demo personas show each finding rule of src/shared/findings (the first is the one to try),
// the clean one, and the person whose earlier inquiry the comparison reads. docs/personas.md lists them; the
// report's persona tests check every entry against the findings the app really makes.

/** Rule (src/shared/findings FINDING_RULES) → the personas that show it, the dedicated one first. */
export const FINDING_PERSONAS: Readonly<Record<string, readonly string[]>> = {
  overlap: ['overlap-between-cpas'],
  notCompetent: ['reception-centre-in-charge'],
  statusWithoutRight: ['ris-asylum-seeker'],
  blockedOrFraud: ['move-takeover', 'fraud-indication', 'overlap-blocked'],
  piis: ['piis-missing', 'belgian-ris'],
  art35: ['art35-exemption'],
  competenceGap: ['competence-gap'],
};

/** A person with aid and no finding at all. */
export const CLEAN_PERSONA = 'organic-law';

/**
 * The comparison's person: asked first over the earlier period (Namur's aid still open, no stop known), then
 * over the later one (Namur's stop, Liège's takeover blocked for the overlap, their claims and PIIS).
 */
export const COMPARISON_PERSONA = {
  key: 'move-takeover',
  earlier: { from: '2024-01-01', to: '2024-12-31' },
  later: { from: '2024-01-01', to: '2025-12-31' },
} as const;
