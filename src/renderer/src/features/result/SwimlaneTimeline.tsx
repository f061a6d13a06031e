// The eight swimlanes drawn by vis-timeline (peer build: no inline styles, so the strict CSP holds).
import { useEffect, useMemo, useRef } from 'react';
import { markSwimlanesPainted } from '../../app/perf-marks';
import { useTranslation } from 'react-i18next';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import { DataSet } from 'vis-data/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { Inquiry, LaneId } from '../../../../shared/domain/inquiry';
import { useLanguage } from '../../app/useLanguage';
import { majorAxisLabel, minorAxisLabel, type AxisDate } from './axis-labels';
import type { LaneView } from '../../../../shared/presentation/lanes';
import { isLeadingMarker, type Marker } from '../../../../shared/presentation/markers';
import { addMonths } from 'date-fns';
import { isoToDisplayDate, toIsoDate } from '../../../../shared/domain/period';
import {
  drawnAs,
  localDate,
  itemText,
  toTimelineGroups,
  toTimelineItems,
  type ItemView,
  type TimelineGroupRow,
  type TimelineItemRow,
} from './timeline-model';
import { zoomWindow, type TimeWindow, type ZoomPreset } from './zoom';

const TODAY_ID = 'today';
const SITUATION_ID = 'situation-day';
const DAY = 24 * 60 * 60 * 1000;

interface WithMarker {
  setCustomTimeMarker(title: string, id: string, editable: boolean): void;
}

export interface ZoomRequest {
  preset: ZoomPreset;
  /** Changes on every click, so the same preset can be asked for again after panning. */
  seq: number;
}

/** The DOM of an item's content: blocking and fraud badges, the label, role and parent badges, "ongoing". */
function itemElement(view: ItemView, open: (id: string) => void): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-item';
  root.tabIndex = 0;
  root.setAttribute('role', 'button');
  root.dataset.testid = 'timeline-item';
  root.dataset.itemId = view.itemId;
  const badge = (marker: Marker) => {
    const element = document.createElement('span');
    element.className = `tl-badge tl-badge-${marker.kind}`;
    element.textContent = marker.text;
    return element;
  };
  for (const marker of view.markers.filter(isLeadingMarker)) root.append(badge(marker), ' ');
  const label = document.createElement('span');
  label.className = 'tl-label';
  label.textContent = view.label;
  root.append(label);
  for (const marker of view.markers.filter((m) => !isLeadingMarker(m)))
    root.append(' ', badge(marker));
  if (view.ongoing) {
    const tail = document.createElement('span');
    tail.className = 'tl-ongoing';
    tail.textContent = view.ongoing;
    root.append(' ', tail);
  }
  root.setAttribute('aria-label', `${itemText({ ...view, ongoing: null })} — ${view.dates}`);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(view.itemId);
    }
  });
  return root;
}

/**
 * The DOM of a lane's label: the title, and "nothing in this period" when empty, or, when its section did not
 * arrive, "not available — the BCSS did not answer" and the button that asks for it again.
 */
function groupElement(
  group: TimelineGroupRow,
  retry: (lane: LaneId) => void,
  busy: () => RetryState,
): HTMLElement {
  const root = document.createElement('div');
  root.className = group.subLane ? 'tl-group tl-sublane' : 'tl-group tl-lane';
  if (group.subLane) root.dataset.testid = `sublane-${group.lane}-${group.subLane}`;
  else root.dataset.testid = `lane-${group.lane}`;
  const title = document.createElement('span');
  title.className = 'tl-group-title';
  title.textContent = group.title;
  root.append(title);
  if (group.emptyText) {
    const empty = document.createElement('span');
    empty.className = 'tl-group-empty';
    if (!group.subLane) empty.dataset.testid = `lane-empty-${group.lane}`;
    empty.textContent = group.emptyText;
    root.append(empty);
  }
  if (group.missing) {
    const notice = document.createElement('span');
    notice.className = 'tl-group-missing';
    notice.dataset.testid = `lane-missing-${group.lane}`;
    notice.textContent = group.missing.text;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'tl-retry';
    button.dataset.testid = `lane-retry-${group.lane}`;
    button.dataset.retryLane = group.lane;
    button.dataset.idle = group.missing.retry;
    button.setAttribute('aria-label', group.missing.retryLabel);
    showRetryState(button, busy());
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      // aria-disabled, not disabled: the button keeps the focus while the section is asked.
      if (button.getAttribute('aria-disabled') !== 'true') retry(group.lane);
    });
    root.append(notice, button);
  }
  return root;
}

/** The lane being asked again (its button says so), and whether any is: one retry at a time. */
export interface RetryState {
  lane: LaneId | null;
  text: string;
}

function showRetryState(button: HTMLButtonElement, state: RetryState): void {
  const mine = state.lane !== null && state.lane === button.dataset.retryLane;
  button.setAttribute('aria-disabled', String(state.lane !== null));
  button.classList.toggle('is-busy', mine);
  button.textContent = mine ? state.text : (button.dataset.idle ?? '');
}

/**
 * The timeline's DataSets, built once per inquiry and language: 2,000 periods must not be rebuilt on
 * every render, nor each time the view comes back from the table (the parent keeps this hook's owner).
 */
export function useTimelineData(inquiry: Inquiry, lanes: LaneView[], today: Date) {
  const { t } = useTranslation();
  const language = useLanguage();
  const items = useMemo(
    () => new DataSet<TimelineItemRow>(toTimelineItems(inquiry, lanes, language, t, today)),
    [inquiry, lanes, language, t, today],
  );
  const groupRows = useMemo(() => toTimelineGroups(lanes, t), [lanes, t]);
  const groups = useMemo(() => new DataSet<TimelineGroupRow>(groupRows), [groupRows]);
  // A claim or a stop inside an aid is drawn as the aid's bar: selecting it selects the bar.
  const drawn = useMemo(() => drawnAs(lanes), [lanes]);
  return { items, groups, groupRows, drawn };
}

export type TimelineData = ReturnType<typeof useTimelineData>;

export function SwimlaneTimeline({
  inquiry,
  data,
  hidden,
  zoom,
  today,
  selectedId,
  highlighted = [],
  situationDate,
  onPickDate,
  goTo,
  onOpen,
  lastWindow,
  onWindowChange,
  retrying,
  onRetry,
}: {
  /** Items a finding's link selected, besides the one open. */
  highlighted?: readonly string[];
  /** ISO day of the situation panel: a cursor on the timeline. */
  situationDate?: string;
  /** A click on the axis picks the situation's day. */
  onPickDate?: (iso: string) => void;
  /** "Go to date": the timeline moves there at a zoom where labels read (a year around it). */
  goTo?: { date: string; seq: number } | null;
  inquiry: Inquiry;
  data: TimelineData;
  hidden: ReadonlySet<LaneId>;
  zoom: ZoomRequest;
  today: Date;
  selectedId: string | null;
  onOpen: (itemId: string) => void;
  /** Where the user left the timeline (before switching to the table), shown again instead of the preset. */
  lastWindow: () => TimeWindow | null;
  onWindowChange: (window: TimeWindow) => void;
  /** The lane whose missing section is being asked again, if any. */
  retrying: LaneId | null;
  /** Asks again for a lane's missing section. */
  onRetry: (lane: LaneId) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const onOpenRef = useRef(onOpen);
  useEffect(() => {
    onOpenRef.current = onOpen;
  }, [onOpen]);
  const todayRef = useRef(today);
  useEffect(() => {
    todayRef.current = today;
  }, [today]);
  const onPickDateRef = useRef(onPickDate);
  useEffect(() => {
    onPickDateRef.current = onPickDate;
  }, [onPickDate]);
  const onWindowChangeRef = useRef(onWindowChange);
  useEffect(() => {
    onWindowChangeRef.current = onWindowChange;
  }, [onWindowChange]);
  const onRetryRef = useRef(onRetry);
  useEffect(() => {
    onRetryRef.current = onRetry;
  }, [onRetry]);
  const retryingText = t('result.missing.retrying');
  const retryState = useRef<RetryState>({ lane: retrying, text: retryingText });
  // The zoom request this timeline was born with: until another is made, the last window wins.
  const bornWith = useRef(zoom.seq);

  const { items, groups, groupRows, drawn } = data;
  /** Set when new data is given to the timeline; its next redraw marks the paint for the benchmark. */
  const paintPending = useRef(false);
  const todayLabel = t('result.today');
  const situationLabel = situationDate
    ? t('answers.situation.title', { date: isoToDisplayDate(situationDate) })
    : '';

  // One Timeline while the view shows, destroyed on unmount; data, options and window follow as updates.
  useEffect(() => {
    if (!container.current) return;
    const elements = new WeakMap<ItemView, HTMLElement>();
    const groupElements = new Map<string, { row: TimelineGroupRow; element: HTMLElement }>();
    const options: TimelineOptions = {
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      selectable: true,
      multiselect: false,
      editable: false,
      showCurrentTime: false,
      zoomKey: 'ctrlKey',
      zoomMin: 14 * DAY,
      zoomMax: 200 * 365 * DAY,
      verticalScroll: true,
      maxHeight: '72vh',
      groupOrder: 'order',
      margin: { item: { horizontal: 0, vertical: 4 }, axis: 6 },
      xss: { disabled: false },
      showTooltips: true,
      tooltip: { followMouse: true, overflowMethod: 'cap', delay: 400 },
      template: (item?: TimelineItemRow) => {
        if (!item?.view) return item?.content ?? '';
        let element = elements.get(item.view);
        if (!element) {
          element = itemElement(item.view, (id) => onOpenRef.current(id));
          elements.set(item.view, element);
        }
        return element;
      },
      groupTemplate: (group?: TimelineGroupRow) => {
        if (!group) return '';
        const known = groupElements.get(group.id);
        if (
          known &&
          known.row.title === group.title &&
          known.row.emptyText === group.emptyText &&
          known.row.missing?.text === group.missing?.text
        ) {
          return known.element;
        }
        const element = groupElement(
          group,
          (lane) => onRetryRef.current(lane),
          () => retryState.current,
        );
        groupElements.set(group.id, { row: group, element });
        return element;
      },
    };
    const instance = new Timeline(container.current, [], options);
    // vis-timeline draws a custom time's label even when the time is outside the window: hide it then.
    const syncToday = () => {
      const window = instance.getWindow();
      const at = todayRef.current.getTime();
      container.current?.classList.toggle(
        'today-outside',
        at < window.start.getTime() || at > window.end.getTime(),
      );
    };
    instance.on('rangechanged', (properties: { start: Date; end: Date }) => {
      syncToday();
      onWindowChangeRef.current({ start: properties.start, end: properties.end });
    });
    instance.on('changed', () => {
      syncToday();
      if (paintPending.current) {
        paintPending.current = false;
        markSwimlanesPainted();
      }
    });
    instance.on('click', (properties: { what?: string; time?: Date }) => {
      if (properties.what === 'axis' && properties.time) {
        onPickDateRef.current?.(toIsoDate(properties.time));
      }
    });
    instance.on('select', (properties: { items: (string | number)[] }) => {
      const id = properties.items[0];
      if (id !== undefined) onOpenRef.current(String(id));
    });
    timeline.current = instance;
    return () => {
      instance.destroy();
      timeline.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = timeline.current;
    if (!instance) return;
    instance.setOptions({
      locale: language,
      format: {
        minorLabels: ((date: AxisDate, scale: string) =>
          minorAxisLabel(date, scale, language)) as unknown as (
          date: Date,
          scale: string,
        ) => string,
        majorLabels: ((date: AxisDate, scale: string) =>
          majorAxisLabel(date, scale, language)) as unknown as (
          date: Date,
          scale: string,
        ) => string,
      },
    });
  }, [language]);

  useEffect(() => {
    const instance = timeline.current;
    if (!instance) return;
    paintPending.current = true;
    instance.setData({ groups, items });
  }, [groups, items]);

  useEffect(() => {
    groups.update(groupRows.map((row) => ({ id: row.id, visible: !hidden.has(row.lane) })));
  }, [groups, groupRows, hidden]);

  useEffect(() => {
    const instance = timeline.current;
    if (!instance) return;
    try {
      instance.removeCustomTime(TODAY_ID);
    } catch {
      // Not there yet.
    }
    instance.addCustomTime(today, TODAY_ID);
    // Present at run time since vis-timeline 5, missing from its Timeline typings.
    (instance as unknown as WithMarker).setCustomTimeMarker(todayLabel, TODAY_ID, false);
    instance.setCustomTimeTitle(todayLabel, TODAY_ID);
  }, [today, todayLabel]);

  useEffect(() => {
    const instance = timeline.current;
    if (!instance) return;
    // Back from the table: where the user was, once; any preset asked for afterwards wins.
    const previous = zoom.seq === bornWith.current ? lastWindow() : null;
    const window =
      previous ?? zoomWindow(zoom.preset, inquiry.request.period, inquiry.items, today);
    instance.setWindow(window.start, window.end, { animation: false });
  }, [zoom, inquiry, today, lastWindow]);

  useEffect(() => {
    const wanted = [...highlighted, ...(selectedId ? [selectedId] : [])];
    const ids = [...new Set(wanted.map((id) => drawn.get(id) ?? id))].filter((id) => items.get(id));
    timeline.current?.setSelection(ids);
    if (highlighted.length > 0 && ids[0]) {
      const first = items.get(ids[0]);
      const instance = timeline.current;
      if (first && instance) {
        const window = instance.getWindow();
        const start = first.start.getTime();
        if (start < window.start.getTime() || start > window.end.getTime()) {
          instance.moveTo(first.start, { animation: false });
        }
      }
    }
  }, [selectedId, highlighted, drawn, items]);

  useEffect(() => {
    const instance = timeline.current;
    if (!instance || !situationDate) return;
    try {
      instance.removeCustomTime(SITUATION_ID);
    } catch {
      // Not there yet.
    }
    instance.addCustomTime(localDate(situationDate), SITUATION_ID);
    (instance as unknown as WithMarker).setCustomTimeMarker(
      isoToDisplayDate(situationDate),
      SITUATION_ID,
      false,
    );
    instance.setCustomTimeTitle(situationLabel, SITUATION_ID);
  }, [situationDate, situationLabel]);

  useEffect(() => {
    const instance = timeline.current;
    if (!instance || !goTo) return;
    const at = localDate(goTo.date);
    instance.setWindow(addMonths(at, -6), addMonths(at, 6), { animation: false });
  }, [goTo]);

  // The retry buttons live in vis-timeline's labels, outside React: their state follows here.
  useEffect(() => {
    retryState.current = { lane: retrying, text: retryingText };
    const buttons = container.current?.querySelectorAll<HTMLButtonElement>('button.tl-retry');
    for (const button of buttons ?? []) showRetryState(button, retryState.current);
  }, [retrying, retryingText, groupRows]);

  return <div className="swimlanes" ref={container} data-testid="timeline" />;
}
