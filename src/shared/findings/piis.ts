// PIIS: a RIS decision with no PIIS concluded within three months (mandatory for every new RIS
// beneficiary since 1 November 2016: law of 21 July 2016 amending art. 11 of the law of 26 May 2002),
// and a PIIS that ended (prolongation included) while the RIS aid of its CPAS continued.
import { shiftDay } from '../domain/aid-periods';
import type { InquiryItem } from '../domain/inquiry';
import { addMonths, shown, spanOfItem } from './common';
import type { Finding, FindingRuleFn } from './types';

/** Since when every new RIS beneficiary must have a PIIS (before: those under 25 only). */
export const PIIS_GENERALISED = '2016-11-01';

/** A PIIS's days, its prolongation included. */
function piisSpan(item: InquiryItem): { begin: string; end: string | null } {
  const own = spanOfItem(item);
  const extension = item.details.find((d) => d.key === 'extension');
  if (extension?.kind !== 'period') return own;
  const more = spanOfItem(extension);
  return { begin: own.begin, end: more.end === null || own.end === null ? null : more.end };
}

export const piis: FindingRuleFn = ({ items, aid, today }) => {
  const findings: Finding[] = [];
  const contracts = items
    .filter((item) => item.lane === 'piis')
    .map((item) => ({
      item,
      ...piisSpan(item),
    }));
  const ris = aid.periods.filter((period) => period.legalBasis === 'RIS');
  for (const period of ris) {
    if (period.begin < PIIS_GENERALISED) continue;
    const deadline = addMonths(period.begin, 3);
    // Too early to tell, or an aid shorter than the three months.
    if (deadline > today) continue;
    if (period.end !== null && period.end < deadline) continue;
    const concluded = contracts.some(
      (c) =>
        (c.begin >= period.begin && c.begin <= deadline) ||
        (c.begin <= period.begin && (c.end === null || c.end >= period.begin)),
    );
    if (concluded) continue;
    findings.push({
      rule: 'piis',
      severity: 'check',
      message: 'piisMissing',
      params: { date: shown(period.begin, today), cpas: period.cpas.name },
      itemIds: [period.id],
    });
  }
  for (const contract of contracts) {
    if (contract.end === null || contract.end >= today) continue;
    const next = shiftDay(contract.end, 1);
    const covered = contracts.some(
      (c) => c !== contract && c.begin <= next && (c.end === null || c.end >= next),
    );
    if (covered) continue;
    const cpas = contract.item.details.find((d) => d.key === 'cpas');
    const cpasId = cpas?.kind === 'organisation' ? cpas.id : '';
    const continuing = ris.find(
      (period) =>
        (!cpasId || period.cpas.id === cpasId) &&
        period.begin <= next &&
        (period.end === null || period.end >= next),
    );
    if (!continuing) continue;
    findings.push({
      rule: 'piis',
      severity: 'check',
      message: 'piisEnded',
      params: { date: shown(contract.end, today), cpas: continuing.cpas.name },
      itemIds: [contract.item.id, continuing.id],
    });
  }
  return findings;
};
