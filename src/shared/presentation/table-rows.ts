// The rows of a lane's table: by sub-lane (in its fixed order), then in date order.
import type { InquiryItem } from '../domain/inquiry';
import type { LaneView } from './lanes';

export function tableRows(lane: LaneView): InquiryItem[] {
  if (lane.subLanes.length === 0) return lane.items;
  return [...lane.subLanes.flatMap((sub) => sub.items), ...lane.unassigned];
}
