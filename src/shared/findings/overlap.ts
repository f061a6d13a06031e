// Overlap between CPAS: two CPAS with aid open on the same days under the same legal basis. SPP IS's
// overlap check reimburses only one of them; the other's forms get blocked.
import type { Finding, FindingRuleFn } from './types';
import { BASIS_NAMES, digits, FAR, overlap, shown } from './common';

export const overlapBetweenCpas: FindingRuleFn = ({ aid, request, today }) => {
  const findings: Finding[] = [];
  const ours = digits(request.cbe);
  // In order of their first day (deriveAidPeriods sorts them): once a period starts after the end of `a`, every
  // later one does too, so the pairs looked at are the ones that may overlap (the heavy person: ~700 periods).
  const periods = aid.periods;
  for (let i = 0; i < periods.length; i++) {
    const a = periods[i]!;
    const endA = a.end ?? FAR;
    for (let j = i + 1; j < periods.length; j++) {
      const b = periods[j]!;
      if (b.begin > endA) break;
      if (a.legalBasis !== b.legalBasis) continue;
      if ((a.cpas.id || a.cpas.name) === (b.cpas.id || b.cpas.name)) continue;
      // Main beneficiary and partner of one dossier are one aid, not an overlap.
      if (a.role !== b.role) continue;
      const days = overlap(a, b);
      if (!days) continue;
      const other = digits(a.cpas.id) === ours ? b : a;
      findings.push({
        rule: 'overlap',
        severity: 'blocking',
        message: days.to === FAR ? 'overlapOpen' : 'overlap',
        params: {
          other: other.cpas.name || other.cpas.id,
          basis: BASIS_NAMES[a.legalBasis],
          from: shown(days.from, today),
          ...(days.to === FAR ? {} : { to: shown(days.to, today) }),
        },
        itemIds: [a.id, b.id],
      });
    }
  }
  return findings;
};
