// Turns an inquiry into vis-timeline groups and items (plain data, no DOM): lanes, sub-lanes, periods, the requested period.
import type { TFunction } from 'i18next';
import { addDays, addYears, parseISO, startOfYear } from 'date-fns';
import {
  dateBounds,
  type Inquiry,
  type InquiryItem,
  type LaneId,
  type SubLaneId,
} from '../../../../shared/domain/inquiry';
import type { Period } from '../../../../shared/domain/period';
import type { Language } from '../../../../shared/domain/preferences';
import { formatInquiryPeriod } from '../../../../shared/presentation/format';
import type { LaneView } from '../../../../shared/presentation/lanes';
import {
  hasIncompleteDate,
  isLeadingMarker,
  itemClasses,
  itemMarkers,
  type Marker,
} from '../../../../shared/presentation/markers';

export const REQUESTED_PERIOD_ID = 'requested-period';

/** What an item's content element shows; built by the timeline's template from this data. */
export interface ItemView {
  itemId: string;
  label: string;
  dates: string;
  markers: Marker[];
  /** The "ongoing" text of an open period, null when it has an end. */
  ongoing: string | null;
  incomplete: boolean;
}

export interface TimelineItemRow {
  id: string;
  group?: string;
  start: Date;
  end?: Date;
  type: 'range' | 'point' | 'background';
  className: string;
  /** Plain text (what the item says when no template renders it). */
  content: string;
  title?: string;
  selectable?: boolean;
  view?: ItemView;
}

export interface TimelineGroupRow {
  id: string;
  /** Required by vis-timeline; the group template renders `title` and `emptyText` instead. */
  content: string;
  order: number;
  className: string;
  lane: LaneId;
  subLane: SubLaneId | null;
  title: string;
  /** Set when the (sub-)lane has no period: the label says so. */
  emptyText: string | null;
  /** Set when the lane's section did not arrive: the label says so and offers to ask for it again. */
  missing: { text: string; retry: string; retryLabel: string } | null;
  visible: boolean;
  nestedGroups?: string[];
  showNested?: boolean;
  treeLevel?: number;
}

/** The background item that hatches a lane whose section did not arrive. */
export function missingSectionId(lane: LaneId): string {
  return `missing:${lane}`;
}

export function laneGroupId(lane: LaneId): string {
  return `lane:${lane}`;
}

export function subLaneGroupId(lane: LaneId, subLane: SubLaneId): string {
  return `lane:${lane}:${subLane}`;
}

/** 'YYYY-MM-DD' as a local midnight (vis-timeline draws in local time). */
export function localDate(iso: string): Date {
  return parseISO(iso);
}

/**
 * Where open periods end on the timeline: far enough beyond today and the requested period that they
 * always run to the right edge of any window the presets offer.
 */
export function openEdge(today: Date, period: Period): Date {
  const latest = Math.max(today.getTime(), localDate(period.to).getTime());
  return startOfYear(addYears(new Date(latest), 100));
}

/** Start (first day) and exclusive end (the day after the last day) of an item, incomplete dates widened. */
export function itemSpan(item: InquiryItem, edge: Date): { start: Date; end: Date } {
  const start = localDate(dateBounds(item.begin).first);
  if (item.end === null) return { start, end: edge };
  const end = addDays(localDate(dateBounds(item.end).last), 1);
  // A period ending before it begins (bad data) is drawn as its first day rather than dropped.
  return { start, end: end > start ? end : addDays(start, 1) };
}

/** Whether a period is a single day (a premium, a one-off medical cost). */
export function isSingleDay(item: InquiryItem): boolean {
  return (
    item.end !== null &&
    item.begin.precision === 'day' &&
    item.end.precision === 'day' &&
    item.begin.value === item.end.value
  );
}

/**
 * Premiums granted on a day are points. Other one-day periods stay (thin) ranges: a point's label
 * takes room beside it and would stack hundreds of one-day forms into a tower.
 */
export function isPointItem(item: InquiryItem): boolean {
  return item.lane === 'installationPremium' && isSingleDay(item);
}

export function itemView(item: InquiryItem, language: Language, t: TFunction): ItemView {
  return {
    itemId: item.id,
    label: item.label[language] || item.label.fr,
    dates: formatInquiryPeriod(item.begin, item.end, t),
    markers: itemMarkers(item, t),
    ongoing: item.end === null ? t('result.ongoing') : null,
    incomplete: hasIncompleteDate(item),
  };
}

/** The text an item says, in the order it shows: blocking and fraud, label, role and parent, "ongoing". */
export function itemText(view: ItemView): string {
  const parts = [
    ...view.markers.filter(isLeadingMarker).map((m) => m.text),
    view.label,
    ...view.markers.filter((m) => !isLeadingMarker(m)).map((m) => m.text),
  ];
  if (view.ongoing) parts.push(view.ongoing);
  return parts.join(' · ');
}

function itemGroup(item: InquiryItem, lanes: LaneView[]): string {
  const lane = lanes.find((l) => l.id === item.lane);
  if (item.subLane && lane?.subLanes.some((s) => s.id === item.subLane)) {
    return subLaneGroupId(item.lane, item.subLane);
  }
  return laneGroupId(item.lane);
}

export function toTimelineItems(
  inquiry: Pick<Inquiry, 'items' | 'request'>,
  lanes: LaneView[],
  language: Language,
  t: TFunction,
  today: Date,
): TimelineItemRow[] {
  const edge = openEdge(today, inquiry.request.period);
  const rows: TimelineItemRow[] = [
    {
      id: REQUESTED_PERIOD_ID,
      start: localDate(inquiry.request.period.from),
      end: addDays(localDate(inquiry.request.period.to), 1),
      type: 'background',
      className: 'requested-period',
      content: t('result.requestedPeriod'),
      selectable: false,
    },
  ];
  for (const lane of lanes) {
    if (lane.missing) {
      // Unknown, not empty: the lane is hatched over the requested period, where its periods would be.
      rows.push({
        id: missingSectionId(lane.id),
        group: laneGroupId(lane.id),
        start: localDate(inquiry.request.period.from),
        end: addDays(localDate(inquiry.request.period.to), 1),
        type: 'background',
        className: 'missing-section',
        content: '',
        title: t('result.missing.notice', { lane: t(`result.lane.${lane.id}`) }),
        selectable: false,
      });
    }
    for (const item of lane.items) {
      const view = itemView(item, language, t);
      const { start, end } = itemSpan(item, edge);
      const point = isPointItem(item);
      const text = itemText(view);
      rows.push({
        id: item.id,
        group: itemGroup(item, lanes),
        start,
        ...(point ? {} : { end }),
        type: point ? 'point' : 'range',
        className: [...itemClasses(item), ...(isSingleDay(item) && !point ? ['is-day'] : [])].join(
          ' ',
        ),
        content: text,
        title: `${itemText({ ...view, ongoing: null })} — ${view.dates}`,
        view,
      });
    }
  }
  return rows;
}

/**
 * One group per lane; a lane with sub-lanes nests one group per sub-lane, unless it is entirely
 * empty, when its single row says so. Hidden lanes stay in the set, invisible, so toggling is an update.
 */
export function toTimelineGroups(
  lanes: LaneView[],
  t: TFunction,
  hidden: ReadonlySet<LaneId> = new Set(),
): TimelineGroupRow[] {
  const rows: TimelineGroupRow[] = [];
  let order = 0;
  for (const lane of lanes) {
    const visible = !hidden.has(lane.id);
    const missing = lane.missing !== null;
    const empty = lane.items.length === 0;
    const nested = !empty && lane.subLanes.length > 0;
    const title = t(`result.lane.${lane.id}`);
    rows.push({
      id: laneGroupId(lane.id),
      content: title,
      order: order++,
      className: [
        'lane',
        `lane-${lane.id}`,
        nested ? 'lane-parent' : '',
        missing ? 'is-missing' : empty ? 'is-empty' : '',
      ]
        .filter(Boolean)
        .join(' '),
      lane: lane.id,
      subLane: null,
      title,
      // A missing section is not "nothing in this period": nobody knows what it holds.
      emptyText: empty && !missing ? t('result.empty') : null,
      missing: missing
        ? {
            text: t('result.missing.label'),
            retry: t('result.missing.retry'),
            retryLabel: t('result.missing.retryLabel', { lane: title }),
          }
        : null,
      visible,
      ...(nested
        ? {
            nestedGroups: lane.subLanes.map((s) => subLaneGroupId(lane.id, s.id)),
            showNested: true,
          }
        : {}),
    });
    if (!nested) continue;
    for (const sub of lane.subLanes) {
      const subTitle = t(`result.subLane.${sub.id}`);
      rows.push({
        id: subLaneGroupId(lane.id, sub.id),
        content: subTitle,
        order: order++,
        className: ['sublane', `lane-${lane.id}`, sub.items.length === 0 ? 'is-empty' : '']
          .filter(Boolean)
          .join(' '),
        lane: lane.id,
        subLane: sub.id,
        title: subTitle,
        emptyText: sub.items.length === 0 ? t('result.empty') : null,
        missing: null,
        visible,
        treeLevel: 1,
      });
    }
  }
  return rows;
}
