// Findings: what in an inquiry puts the CPAS's reimbursement at risk, one small rule per module, each
// naming its legal basis (`answers.findings.<message>.basis`). Pure: the result screen, the report, the
// CSV and the JSON archive all call findingsOf on the same inquiry.
import { deriveAidPeriods } from '../domain/aid-periods';
import type { Inquiry } from '../domain/inquiry';
import { art35 } from './art35';
import { blockedOrFraud } from './blocked-or-fraud';
import { competenceGap } from './competence-gap';
import { notCompetent } from './not-competent';
import { overlapBetweenCpas } from './overlap';
import { piis } from './piis';
import { statusWithoutRight } from './status-without-right';
import { SEVERITIES, type Finding, type FindingContext, type FindingRuleFn } from './types';

export * from './types';
export { RIS_STATUS_TABLE, opensRis } from './ris-status-table';
export { findingBasis, findingParams, findingText, severityText, type Translate } from './text';

/** In the order the panel lists them when severities are equal. */
export const RULES: readonly FindingRuleFn[] = [
  overlapBetweenCpas,
  notCompetent,
  statusWithoutRight,
  blockedOrFraud,
  piis,
  art35,
  competenceGap,
];

export function findingContext(
  inquiry: Pick<Inquiry, 'items' | 'request' | 'consultedAt'>,
): FindingContext {
  return {
    items: inquiry.items,
    request: inquiry.request,
    aid: deriveAidPeriods(inquiry.items),
    today: inquiry.consultedAt.slice(0, 10),
  };
}

/** Every finding of an inquiry, most severe first. */
export function findingsOf(inquiry: Pick<Inquiry, 'items' | 'request' | 'consultedAt'>): Finding[] {
  const context = findingContext(inquiry);
  return RULES.flatMap((rule) => rule(context)).sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
}
