// Turns an inquiry into vis-timeline groups and items (plain data, no DOM): lanes, sub-lanes, periods, the requested period.
import type { TFunction } from 'i18next';
import { addDays, addYears, parseISO, startOfYear } from 'date-fns';
import { deriveAidPeriods } from '../../../../shared/domain/aid-periods';
import {
  dateBounds,
  type Inquiry,
  type InquiryItem,
  type LaneId,
  type SubLaneId,
} from '../../../../shared/domain/inquiry';
import { isoToDisplayDate, type Period } from '../../../../shared/domain/period';
import type { Language } from '../../../../shared/domain/preferences';
import { formatInquiryPeriod } from '../../../../shared/presentation/format';
import { formsLaneEntries, type FormsLaneEntry } from '../../../../shared/presentation/forms-lane';
import type { LaneView } from '../../../../shared/presentation/lanes';
import type { ListEvent } from '../../../../shared/contract/lists';
import { formatDay } from '../../../../shared/presentation/format';
import { listEventText, listEventTone } from '../lists/event-text';
import {
  hasIncompleteDate,
  isLeadingMarker,
  itemClasses,
  itemMarkers,
  type Marker,
} from '../../../../shared/presentation/markers';

export const REQUESTED_PERIOD_ID = 'requested-period';

/**
 * The Nova+ list events of the person (blocking, unblocking, status change): a lane of the timeline only, of
 * points rather than periods, drawn after the eight lanes of the answer. It is not a lane of the inquiry: the
 * events come from the CPAS's imported lists, not from the BCSS's answer.
 */
export const LIST_EVENTS_LANE = 'listEvents';
export type TimelineLaneId = LaneId | typeof LIST_EVENTS_LANE;
const LIST_EVENT_PREFIX = 'list-event:';

/** No list events: one stable value, so that the timeline's rows are not rebuilt for an empty answer. */
export const NO_LIST_EVENTS: readonly ListEvent[] = [];

export function isListEventId(id: string): boolean {
  return id.startsWith(LIST_EVENT_PREFIX);
}

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

/** Where a period may join a span: its track, the span's title, and how many forms or periods it counts. */
export interface SpanSource {
  track: string;
  /** "RIS · CPAS de Liège", or the lane's title. */
  title: string;
  noun: 'forms' | 'periods';
  /** Forms this bar stands for (an aid counts its decision, its claims and its stop); 1 elsewhere. */
  count: number;
}

/** A span's part of the bar where members are (merged when they touch at the level's scale). */
export interface SpanSegment {
  /** Share of the span's length, 0-1. */
  from: number;
  to: number;
}

export interface SpanView {
  spanId: string;
  label: string;
  dates: string;
  memberIds: string[];
  segments: SpanSegment[];
}

export interface TimelineItemRow {
  id: string;
  group?: string;
  /** The forms lane: each CPAS of a sub-lane on its own row. */
  subgroup?: string;
  subgroupOrder?: number;
  start: Date;
  end?: Date;
  type: 'range' | 'point' | 'background';
  className: string;
  /** Plain text (what the item says when no template renders it). */
  content: string;
  title?: string;
  selectable?: boolean;
  view?: ItemView;
  /** Set on periods that may join a labelled span (timeline-spans.ts). */
  span?: SpanSource;
  /** Set on a span's row: what its content element shows. */
  spanView?: SpanView;
}

export interface TimelineGroupRow {
  id: string;
  /** Required by vis-timeline; the group template renders `title` and `emptyText` instead. */
  content: string;
  order: number;
  className: string;
  lane: TimelineLaneId;
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
  /** The forms' sub-lanes: one row per CPAS, periods stacked within it. */
  subgroupStack?: boolean;
  subgroupOrder?: string;
}

/** The background item that hatches a lane whose section did not arrive. */
export function missingSectionId(lane: LaneId): string {
  return `missing:${lane}`;
}

export function laneGroupId(lane: TimelineLaneId): string {
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

/** A lane's periods join spans per (sub-)lane, titled by it. */
function laneSpan(item: InquiryItem, lanes: LaneView[], t: TFunction): SpanSource {
  const group = itemGroup(item, lanes);
  const subLane = group !== laneGroupId(item.lane) ? item.subLane : null;
  return {
    track: group,
    title: subLane ? t(`result.subLane.${subLane}`) : t(`result.lane.${item.lane}`),
    noun: item.lane === 'forms' ? 'forms' : 'periods',
    count: 1,
  };
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
    if (lane.id === 'forms') {
      rows.push(...formsLaneRows(lane, language, t, edge));
      continue;
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
        ...(point ? {} : { span: laneSpan(item, lanes, t) }),
      });
    }
  }
  return rows;
}

/** The timeline id an item is drawn as: a claim or stop inside an aid is drawn as that aid's bar. */
export function drawnAs(lanes: LaneView[]): Map<string, string> {
  const forms = lanes.find((l) => l.id === 'forms');
  const map = new Map<string, string>();
  if (!forms) return map;
  const derivation = deriveAidPeriods(forms.items);
  for (const aid of derivation.periods) {
    if (aid.stopId) map.set(aid.stopId, aid.id);
    for (const claim of aid.claimIds) map.set(claim, aid.id);
  }
  return map;
}

const DECLARED_SUFFIX = '~declared';

function entryRow(
  entry: FormsLaneEntry,
  language: Language,
  t: TFunction,
  edge: Date,
): TimelineItemRow[] {
  const { item } = entry;
  const base = itemView(item, language, t);
  const group = subLaneGroupId('forms', entry.subLane);
  const subgroup = `cpas-${entry.row}`;
  const start = localDate(entry.begin);
  const end = entry.end === null ? edge : addDays(localDate(entry.end), 1);
  const range = formatInquiryPeriod(
    { value: entry.begin, precision: 'day' },
    entry.end === null ? null : { value: entry.end, precision: 'day' },
    t,
  );
  const cpasName = entry.cpas.name || entry.cpasLabel;
  const classes = itemClasses(item).filter((c) => c !== 'is-open');
  if (entry.end === null) classes.push('is-open');
  if (entry.kind !== 'stop' && entry.end !== null && entry.begin === entry.end)
    classes.push('is-day');
  classes.push(`cpas-row-${entry.row % 2}`);
  if (entry.kind === 'stop') {
    const view: ItemView = {
      ...base,
      label: `${t('answers.aid.stopPoint')} · ${entry.cpasLabel}`,
      dates: range,
      ongoing: null,
    };
    return [
      {
        id: item.id,
        group,
        subgroup,
        subgroupOrder: entry.row,
        start,
        type: 'point',
        className: [...classes, 'aid-stop-point'].join(' '),
        content: itemText(view),
        title: `${cpasName} · ${base.label} — ${base.dates}`,
        view,
      },
    ];
  }
  const markers = [...base.markers];
  if (entry.stopDate) {
    markers.push({
      kind: 'stop',
      text: t('answers.aid.stop', {
        date: isoToDisplayDate(entry.stopDate),
      }),
    });
  }
  const label =
    entry.kind === 'aid'
      ? entry.cpasLabel || base.label
      : [entry.cpasLabel, base.label].filter(Boolean).join(' · ');
  const view: ItemView = {
    ...base,
    label,
    dates: range,
    markers,
    ongoing: entry.end === null ? t('result.ongoing') : null,
  };
  const claims = entry.claims > 0 ? ` · ${t('answers.aid.claims', { count: entry.claims })}` : '';
  const rows: TimelineItemRow[] = [
    {
      id: item.id,
      group,
      subgroup,
      subgroupOrder: entry.row,
      start,
      end,
      type: 'range',
      className: [
        ...classes,
        entry.kind === 'aid' ? 'aid-period' : 'aid-claim',
        ...(entry.stopId ? ['has-stop'] : []),
      ].join(' '),
      content: itemText(view),
      title:
        entry.kind === 'aid'
          ? `${t('answers.aid.tooltip', { cpas: cpasName, period: range })} · ${base.label}${claims}`
          : `${[cpasName, base.label].filter(Boolean).join(' · ')} — ${base.dates}`,
      view,
      span: {
        track: `${group}|${subgroup}`,
        title: [t(`result.subLane.${entry.subLane}`), entry.cpasLabel].filter(Boolean).join(' · '),
        noun: 'forms',
        // The aid's decision, its claims and its stop.
        count: entry.kind === 'aid' ? 1 + entry.claims + (entry.stopId ? 1 : 0) : 1,
      },
    },
  ];
  if (entry.declared) {
    rows.push({
      id: `${item.id}${DECLARED_SUFFIX}`,
      group,
      subgroup,
      subgroupOrder: entry.row,
      start: localDate(entry.declared.begin),
      end: entry.declared.end === null ? edge : addDays(localDate(entry.declared.end), 1),
      type: 'background',
      className: 'aid-declared',
      content: '',
      title: t('answers.aid.declared', {
        period: formatInquiryPeriod(
          { value: entry.declared.begin, precision: 'day' },
          entry.declared.end === null ? null : { value: entry.declared.end, precision: 'day' },
          t,
        ),
      }),
      selectable: false,
    });
  }
  return rows;
}

/** The forms lane: aid bars per CPAS (declared period faint behind), lone stops as points, loose claims. */
export function formsLaneRows(
  lane: LaneView,
  language: Language,
  t: TFunction,
  edge: Date,
): TimelineItemRow[] {
  const rows = formsLaneEntries(lane.items).flatMap((entry) => entryRow(entry, language, t, edge));
  // Forms of no known legal basis are drawn on the lane itself, as they came.
  for (const item of lane.unassigned) {
    const view = itemView(item, language, t);
    const { start, end } = itemSpan(item, edge);
    rows.push({
      id: item.id,
      group: laneGroupId('forms'),
      start,
      end,
      type: 'range',
      className: itemClasses(item).join(' '),
      content: itemText(view),
      title: `${itemText({ ...view, ongoing: null })} — ${view.dates}`,
      view,
      span: { track: laneGroupId('forms'), title: t('result.lane.forms'), noun: 'forms', count: 1 },
    });
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
        ...(lane.id === 'forms' ? { subgroupStack: true, subgroupOrder: 'subgroupOrder' } : {}),
      });
    }
  }
  return rows;
}

/** The events lane's points, in date order: each says what happened, its form's reference behind it. */
export function listEventRows(events: readonly ListEvent[], t: TFunction): TimelineItemRow[] {
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((event, index) => {
      const id = `${LIST_EVENT_PREFIX}${index}`;
      const text = listEventText(event, t);
      const dates = formatDay(event.date);
      return {
        id,
        group: laneGroupId(LIST_EVENTS_LANE),
        start: localDate(event.date),
        type: 'point',
        className: `list-event list-event-${listEventTone(event)}`,
        content: text,
        title: event.formReference ? `${text} · ${event.formReference}` : text,
        view: {
          itemId: id,
          label: text,
          // Read after the label by a screen reader: the form concerned, when the list names it.
          dates: event.formReference ? `${dates} · ${event.formReference}` : dates,
          markers: [],
          ongoing: null,
          incomplete: false,
        },
      };
    });
}

/** The events lane's label, after the answer's lanes (`order` is the next free place). */
export function listEventsGroup(t: TFunction, order: number): TimelineGroupRow {
  const title = t('lists.events.lane');
  return {
    id: laneGroupId(LIST_EVENTS_LANE),
    content: title,
    order,
    className: `lane lane-${LIST_EVENTS_LANE}`,
    lane: LIST_EVENTS_LANE,
    subLane: null,
    title,
    emptyText: null,
    missing: null,
    visible: true,
  };
}
