// What changed since an earlier inquiry of the same person: items added, ended, changed or gone, and findings
// that appeared or disappeared. Pure: the result screen lists and marks it, the report prints it.
//
// Rules (each one tested in comparison.test.ts):
// 1. Item ids are not comparable between two inquiries (lane + index), so an item is known by what it is:
//    its lane and sub-lane, then SPP IS's reference when it has one (a form, a PIIS, an exemption, a premium;
//    with its role: the partner's copy of a form is another item), otherwise its code and the organisation
//    or CPAS it names (`identityOf`).
// 2. Items of the same identity are paired: first those beginning on the same day, then, in begin order,
//    those whose periods overlap (a begin corrected by the source). What stays unpaired was added (in the
//    later inquiry only) or removed (in the earlier one only).
// 3. A form is compared over the days it gives aid, not over its raw period: a decision over its aid period
//    (aid-periods.ts: a stop or a later decision ends it), a stop on its day. So a stop that arrived since
//    shows as the stop added and the decision's aid ended.
// 4. A pair changed when its period differs ('ended' when it was running and now has an end, 'period'
//    otherwise), its code, label or attestation status differs ('status'), its blocking (flag, reason,
//    other CPAS: 'blocking') or its fraud flag ('fraud'). A pair with none of these is unchanged, not listed.
// 5. A finding is known by its rule, message and the identities of its items (rule 1; its sentence's dates
//    move with the day of the inquiry); one without items by its parameters. A finding of the later
//    inquiry the earlier lacks appeared, the reverse disappeared.
import { deriveAidPeriods, type AidSpan } from '../domain/aid-periods';
import { dateBounds, LANES, type Inquiry, type InquiryItem } from '../domain/inquiry';
import { findingsOf, type Finding } from '../findings';

export type ChangeAspect = 'ended' | 'period' | 'status' | 'blocking' | 'fraud';
export type ItemChangeKind = 'added' | 'removed' | 'ended' | 'changed';

/** An item as compared: the item and the days it stands for (rule 3). */
export interface ComparedItem {
  item: InquiryItem;
  span: AidSpan;
}

export interface ItemChange {
  /** 'ended' when the period ended since (and possibly more changed), 'changed' for any other change. */
  kind: ItemChangeKind;
  aspects: ChangeAspect[];
  /** The item in the earlier inquiry; null when added. */
  before: ComparedItem | null;
  /** The item in the later inquiry; null when removed. */
  after: ComparedItem | null;
}

export interface FindingChange {
  kind: 'appeared' | 'disappeared';
  finding: Finding;
}

export interface InquiryComparison {
  earlier: { id: string; consultedAt: string };
  later: { id: string; consultedAt: string };
  /** In lane order, then by begin. */
  items: ItemChange[];
  findings: FindingChange[];
}

type Compared = Pick<Inquiry, 'id' | 'items' | 'request' | 'consultedAt'>;

function detail(item: InquiryItem, key: InquiryItem['details'][number]['key']): string {
  const found = item.details.find((d) => d.key === key);
  if (!found) return '';
  switch (found.kind) {
    case 'text':
      return found.text;
    case 'organisation':
      return found.id || found.name;
    case 'localized':
      return found.text.fr;
    case 'flag':
      return String(found.value);
    case 'niss':
      return found.niss;
    case 'date':
      return found.date.value;
    case 'period':
      return `${found.begin.value}/${found.end?.value ?? ''}`;
  }
}

/** What an item is, whatever its id in one inquiry (rule 1). */
export function identityOf(item: InquiryItem): string {
  const where = `${item.lane}|${item.subLane ?? ''}`;
  const reference = detail(item, 'reference');
  const role = item.markers.role ?? '';
  if (reference) return `${where}|ref:${reference}|${role}`;
  const organisation =
    detail(item, 'organisation') || detail(item, 'sendingCpas') || detail(item, 'cpas');
  return `${where}|${item.code}|${organisation}|${role}`;
}

/** The days each item stands for (rule 3): a form's aid, a stop's day, any other item's own period. */
function spansOf(items: readonly InquiryItem[]): Map<string, AidSpan> {
  const spans = new Map<string, AidSpan>();
  for (const item of items) {
    spans.set(item.id, {
      begin: dateBounds(item.begin).first,
      end: item.end ? dateBounds(item.end).last : null,
    });
  }
  const aid = deriveAidPeriods(items);
  for (const period of aid.periods) spans.set(period.id, { begin: period.begin, end: period.end });
  for (const stop of aid.stops) spans.set(stop.id, { begin: stop.date, end: stop.date });
  return spans;
}

const overlaps = (a: AidSpan, b: AidSpan) =>
  a.begin <= (b.end ?? '9999-12-31') && b.begin <= (a.end ?? '9999-12-31');

function aspectsOf(before: ComparedItem, after: ComparedItem): ChangeAspect[] {
  const aspects: ChangeAspect[] = [];
  const [b, a] = [before.item, after.item];
  if (before.span.begin !== after.span.begin || before.span.end !== after.span.end) {
    const ended =
      before.span.end === null && after.span.end !== null && before.span.begin === after.span.begin;
    aspects.push(ended ? 'ended' : 'period');
  }
  if (
    b.code !== a.code ||
    b.label.fr !== a.label.fr ||
    detail(b, 'attestationStatus') !== detail(a, 'attestationStatus')
  ) {
    aspects.push('status');
  }
  if (
    b.markers.blocked !== a.markers.blocked ||
    detail(b, 'blockingReason') !== detail(a, 'blockingReason') ||
    detail(b, 'blockingCpas') !== detail(a, 'blockingCpas')
  ) {
    aspects.push('blocking');
  }
  if (b.markers.fraud !== a.markers.fraud) aspects.push('fraud');
  return aspects;
}

interface Pairing {
  pairs: [ComparedItem, ComparedItem][];
  added: ComparedItem[];
  removed: ComparedItem[];
  /** Each item's key for the findings (rule 5): its identity and the begin of its earliest side. */
  keys: Map<InquiryItem, string>;
}

function compared(inquiry: Compared): Map<string, ComparedItem[]> {
  const spans = spansOf(inquiry.items);
  const groups = new Map<string, ComparedItem[]>();
  for (const item of inquiry.items) {
    const key = identityOf(item);
    const group = groups.get(key) ?? [];
    group.push({ item, span: spans.get(item.id)! });
    groups.set(key, group);
  }
  for (const group of groups.values())
    group.sort((x, y) => x.span.begin.localeCompare(y.span.begin));
  return groups;
}

function pair(earlier: Compared, later: Compared): Pairing {
  const before = compared(earlier);
  const after = compared(later);
  const result: Pairing = { pairs: [], added: [], removed: [], keys: new Map() };
  for (const identity of new Set([...before.keys(), ...after.keys()])) {
    const olds = [...(before.get(identity) ?? [])];
    const news = [...(after.get(identity) ?? [])];
    const matched: [ComparedItem, ComparedItem][] = [];
    // Rule 2: the same first day first, then overlapping periods in begin order.
    for (const test of [
      (o: ComparedItem, n: ComparedItem) => o.span.begin === n.span.begin,
      (o: ComparedItem, n: ComparedItem) => overlaps(o.span, n.span),
    ]) {
      for (const n of [...news]) {
        const o = olds.find((candidate) => test(candidate, n));
        if (!o) continue;
        matched.push([o, n]);
        olds.splice(olds.indexOf(o), 1);
        news.splice(news.indexOf(n), 1);
      }
    }
    for (const [o, n] of matched) {
      const key = `${identity}@${o.span.begin}`;
      result.keys.set(o.item, key);
      result.keys.set(n.item, key);
      result.pairs.push([o, n]);
    }
    for (const o of olds) result.keys.set(o.item, `${identity}@${o.span.begin}`);
    for (const n of news) result.keys.set(n.item, `${identity}@${n.span.begin}`);
    result.removed.push(...olds);
    result.added.push(...news);
  }
  return result;
}

function findingKey(finding: Finding, keyOf: (id: string) => string): string {
  const head = `${finding.rule}|${finding.message}`;
  if (finding.itemIds.length === 0) return `${head}|${JSON.stringify(finding.params)}`;
  return `${head}|${finding.itemIds.map(keyOf).sort().join(',')}`;
}

function laneOrder(change: ItemChange): [number, string] {
  const side = (change.after ?? change.before)!;
  return [LANES.indexOf(side.item.lane), side.span.begin];
}

/** What changed from `earlier` to `later` (both of the same person; the caller checks the final NISS). */
export function compareInquiries(earlier: Compared, later: Compared): InquiryComparison {
  const pairing = pair(earlier, later);
  const items: ItemChange[] = [
    ...pairing.added.map((after): ItemChange => ({
      kind: 'added',
      aspects: [],
      before: null,
      after,
    })),
    ...pairing.removed.map((before): ItemChange => ({
      kind: 'removed',
      aspects: [],
      before,
      after: null,
    })),
  ];
  for (const [before, after] of pairing.pairs) {
    const aspects = aspectsOf(before, after);
    if (aspects.length === 0) continue;
    items.push({ kind: aspects.includes('ended') ? 'ended' : 'changed', aspects, before, after });
  }
  items.sort((x, y) => {
    const [lx, bx] = laneOrder(x);
    const [ly, by] = laneOrder(y);
    return lx - ly || bx.localeCompare(by);
  });

  const keyIn = (inquiry: Compared) => {
    const byId = new Map(inquiry.items.map((item) => [item.id, item]));
    return (id: string) => {
      const item = byId.get(id);
      return (item && pairing.keys.get(item)) ?? id;
    };
  };
  const [beforeKeyOf, afterKeyOf] = [keyIn(earlier), keyIn(later)];
  const beforeFindings = findingsOf(earlier);
  const afterFindings = findingsOf(later);
  const beforeKeys = new Set(beforeFindings.map((f) => findingKey(f, beforeKeyOf)));
  const afterKeys = new Set(afterFindings.map((f) => findingKey(f, afterKeyOf)));
  const findings: FindingChange[] = [
    ...afterFindings
      .filter((f) => !beforeKeys.has(findingKey(f, afterKeyOf)))
      .map((finding) => ({ kind: 'appeared' as const, finding })),
    ...beforeFindings
      .filter((f) => !afterKeys.has(findingKey(f, beforeKeyOf)))
      .map((finding) => ({ kind: 'disappeared' as const, finding })),
  ];
  return {
    earlier: { id: earlier.id, consultedAt: earlier.consultedAt },
    later: { id: later.id, consultedAt: later.consultedAt },
    items,
    findings,
  };
}
