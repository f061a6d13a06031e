// Sorts an inquiry's items into its eight lanes and their sub-lanes, in date order; empty lanes stay listed.
import {
  dateBounds,
  LANES,
  SUB_LANES,
  type Inquiry,
  type InquiryItem,
  type LaneId,
  type SubLaneId,
} from '../domain/inquiry';

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
}

export function subLanesOf(lane: LaneId): readonly SubLaneId[] {
  return (SUB_LANES as Partial<Record<LaneId, readonly SubLaneId[]>>)[lane] ?? [];
}

/** Chronological: first day of the begin, then the open or later end last, then id for stability. */
export function compareItems(a: InquiryItem, b: InquiryItem): number {
  const begin = dateBounds(a.begin).first.localeCompare(dateBounds(b.begin).first);
  if (begin !== 0) return begin;
  const endA = a.end ? dateBounds(a.end).last : '9999-12-31';
  const endB = b.end ? dateBounds(b.end).last : '9999-12-31';
  return endA.localeCompare(endB) || a.id.localeCompare(b.id, 'en', { numeric: true });
}

export function laneViews(inquiry: Pick<Inquiry, 'items'>): LaneView[] {
  const byLane = new Map<LaneId, InquiryItem[]>(LANES.map((lane) => [lane, []]));
  for (const item of inquiry.items) byLane.get(item.lane)?.push(item);
  return LANES.map((lane) => {
    const items = (byLane.get(lane) ?? []).sort(compareItems);
    const ids = subLanesOf(lane);
    const subLanes = ids.map((id) => ({ id, items: items.filter((item) => item.subLane === id) }));
    const unassigned =
      ids.length === 0 ? [] : items.filter((item) => !item.subLane || !ids.includes(item.subLane));
    return { id: lane, items, subLanes, unassigned };
  });
}
