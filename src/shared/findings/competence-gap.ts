// Gap in competence: for a person TI 207 follows, days of the requested period when no CPAS or structure
// was in charge. TI 207 is the asylum seeker's place of registration (DOMAIN.md §8): the days looked at
// run from its first entry to its last one's end, or to the end of the asylum seeker status when later
// (after a recognition, no TI 207 entry is expected).
import { shiftDay } from '../domain/aid-periods';
import { FAR, shown, spanOfItem } from './common';
import type { Finding, FindingRuleFn } from './types';

export const competenceGap: FindingRuleFn = ({ items, request, today }) => {
  const spans = items
    .filter((item) => item.lane === 'organisation')
    .map((item) => ({ id: item.id, ...spanOfItem(item) }))
    .sort((a, b) => a.begin.localeCompare(b.begin));
  if (spans.length === 0) return [];
  const from = spans[0]!.begin > request.period.from ? spans[0]!.begin : request.period.from;
  const last = spans.reduce<string>((max, s) => ((s.end ?? FAR) > max ? (s.end ?? FAR) : max), '');
  const asylum = items
    .filter((item) => item.lane === 'status' && item.code === 'ASYLUM_SEEKER')
    .reduce<string>((max, item) => {
      const end = spanOfItem(item).end ?? FAR;
      return end > max ? end : max;
    }, '');
  const followed = asylum > last ? asylum : last;
  const to = [request.period.to, today, followed].sort()[0]!;
  const findings: Finding[] = [];
  let cursor = from;
  let previous: string | null = null;
  for (const span of spans) {
    if (cursor > to) break;
    if (span.begin > cursor) {
      const end = shiftDay(span.begin, -1) < to ? shiftDay(span.begin, -1) : to;
      findings.push(gap(cursor, end, [previous, span.id], today));
    }
    if (span.end === null) return findings;
    const next = shiftDay(span.end, 1);
    if (next > cursor) {
      cursor = next;
      previous = span.id;
    }
  }
  if (cursor <= to) findings.push(gap(cursor, to, [previous], today));
  return findings;
};

function gap(from: string, to: string, ids: (string | null)[], today: string): Finding {
  return {
    rule: 'competenceGap',
    severity: 'check',
    message: 'competenceGap',
    params: { from: shown(from, today), to: shown(to, today) },
    itemIds: ids.filter((id): id is string => id !== null),
  };
}
