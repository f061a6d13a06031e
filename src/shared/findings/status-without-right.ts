// Status without the right: RIS aid on days when the person's status does not open the right to the
// integration income (ris-status-table.ts; a registered foreigner has it only while in the population register).
import { shiftDay } from '../domain/aid-periods';
import { FAR, overlap, shown, spanOfItem } from './common';
import { opensRis } from './ris-status-table';
import type { Finding, FindingRuleFn } from './types';

/** The days of [from, to] outside every span (sorted by begin). */
function outside(
  from: string,
  to: string,
  spans: { begin: string; end: string | null }[],
): { from: string; to: string }[] {
  const parts: { from: string; to: string }[] = [];
  let cursor = from;
  for (const span of spans) {
    if (cursor > to) break;
    const end = span.end ?? FAR;
    if (end < cursor) continue;
    if (span.begin > cursor) {
      const last = shiftDay(span.begin, -1);
      parts.push({ from: cursor, to: last < to ? last : to });
    }
    if (end >= to) return parts;
    cursor = shiftDay(end, 1);
  }
  if (cursor <= to) parts.push({ from: cursor, to });
  return parts;
}

export const statusWithoutRight: FindingRuleFn = ({ items, aid, today }) => {
  const findings: Finding[] = [];
  const statuses = items.filter((item) => item.lane === 'status' && opensRis(item.code) !== null);
  const population = items
    .filter((i) => i.lane === 'residence' && i.subLane === 'register' && i.code === 'POPULATION')
    .map(spanOfItem)
    .sort((a, b) => a.begin.localeCompare(b.begin));
  for (const period of aid.periods) {
    if (period.legalBasis !== 'RIS') continue;
    for (const status of statuses) {
      const right = opensRis(status.code);
      if (right === true) continue;
      const days = overlap(period, spanOfItem(status));
      if (!days) continue;
      const without =
        right === 'inPopulationRegister' ? outside(days.from, days.to, population) : [days];
      for (const part of without) {
        findings.push({
          rule: 'statusWithoutRight',
          severity: 'blocking',
          message: 'statusWithoutRight',
          params: {
            from: shown(part.from, today),
            to: shown(part.to, today),
            status: status.label,
          },
          itemIds: [period.id, status.id],
        });
      }
    }
  }
  return findings;
};
