// Sorts an inquiry's items into its eight lanes and their sub-lanes, in date order; empty lanes stay listed,
// and a lane whose section the BCSS did not give says so (it is not empty: nobody knows what it holds).
import {
  dateBounds,
  LANES,
  missingSections,
  SUB_LANES,
  type Inquiry,
  type InquiryItem,
  type LaneId,
  type MissingSection,
  type SubLaneId,
} from '../domain/inquiry';
import { compareIds, compareIsoDates } from '../domain/order';

export interface SubLaneView {
  id: SubLaneId;
  items: InquiryItem[];
}

export interface LaneView {
  id: LaneId;
  /** Every item of the lane, in date order (sub-lanes interleaved). */
  items: InquiryItem[];
  /** The lane's sub-lanes in their fixed order (empty ones included); [] for a lane without. */
  subLanes: SubLaneView[];
  /** Items of a lane with sub-lanes whose sub-lane is missing or unknown: shown on the lane itself. */
  unassigned: InquiryItem[];
  /** Set when the lane's section did not arrive (its ListOfAttestation call failed): "not available", not empty. */
  missing: MissingSection | null;
}

export function subLanesOf(lane: LaneId): readonly SubLaneId[] {
  return (SUB_LANES as Partial<Record<LaneId, readonly SubLaneId[]>>)[lane] ?? [];
}

/** Chronological: first day of the begin, then the open or later end last, then id for stability. */
export function compareItems(a: InquiryItem, b: InquiryItem): number {
  const begin = compareIsoDates(dateBounds(a.begin).first, dateBounds(b.begin).first);
  if (begin !== 0) return begin;
  const endA = a.end ? dateBounds(a.end).last : '9999-12-31';
  const endB = b.end ? dateBounds(b.end).last : '9999-12-31';
  return compareIsoDates(endA, endB) || compareIds(a.id, b.id);
}

export function laneViews(inquiry: Pick<Inquiry, 'items' | 'missing'>): LaneView[] {
  const missing = new Map(missingSections(inquiry).map((section) => [section.lane, section]));
  const byLane = new Map<LaneId, InquiryItem[]>(LANES.map((lane) => [lane, []]));
  for (const item of inquiry.items) byLane.get(item.lane)?.push(item);
  return LANES.map((lane) => {
    const items = (byLane.get(lane) ?? []).sort(compareItems);
    const ids = subLanesOf(lane);
    const subLanes = ids.map((id) => ({ id, items: items.filter((item) => item.subLane === id) }));
    const unassigned =
      ids.length === 0 ? [] : items.filter((item) => !item.subLane || !ids.includes(item.subLane));
    return { id: lane, items, subLanes, unassigned, missing: missing.get(lane) ?? null };
  });
}
