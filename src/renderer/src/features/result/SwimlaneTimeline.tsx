// The eight swimlanes drawn by vis-timeline (peer build: no inline styles, so the strict CSP holds).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
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
import { formatInquiryPeriod } from '../../../../shared/presentation/format';
import type { TFunction } from 'i18next';
import { addDays } from 'date-fns';
import { createSpanCache, isSpanId, type SpanWords } from './timeline-spans';
import { keyAction, nearestInLine, navLines } from './timeline-keys';
import { drawAt, emptyShownRows, levelOf, openSpan, showLevel } from './timeline-data';
import {
  drawnAs,
  LIST_EVENTS_LANE,
  NO_LIST_EVENTS,
  listEventRows,
  listEventsGroup,
  localDate,
  toTimelineGroups,
  toTimelineItems,
  type ItemView,
  type SpanView,
  type TimelineGroupRow,
  type TimelineItemRow,
  type TimelineLaneId,
} from './timeline-model';
import type { ListEvent } from '../../../../shared/contract/lists';
import { rememberingT } from '../../../../shared/i18n/remembering-t';
import { revealWindow, zoomWindow, type TimeWindow, type ZoomPreset } from './zoom';

const TODAY_ID = 'today';
const SITUATION_ID = 'situation-day';
const DAY = 24 * 60 * 60 * 1000;
/** About the width of a date cursor's label ("31/12/2026"), in px. */
const CURSOR_LABEL_PX = 90;

interface WithMarker {
  setCustomTimeMarker(title: string, id: string, editable: boolean): void;
}

export interface ZoomRequest {
  preset: ZoomPreset;
  /** Changes on every click, so the same preset can be asked for again after panning. */
  seq: number;
}

/** The id of an item's content element, which the listbox names as its active option. */
export function optionId(itemId: string): string {
  return `tl-option-${itemId.replace(/\s/g, '_')}`;
}

/**
 * Words for the screen reader only. Added to the visible text rather than an aria-label replacing it, so the
 * name a voice-control user hears starts with what they see (WCAG 2.5.3, axe's label-content-name-mismatch).
 */
function hiddenText(text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'visually-hidden';
  element.textContent = text;
  return element;
}

/**
 * The DOM of an item's content: blocking and fraud badges, the label, role and parent badges, "ongoing".
 * An option of the timeline's listbox: the keyboard reaches it through the listbox, not by Tab.
 */
function itemElement(view: ItemView): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-item';
  root.id = optionId(view.itemId);
  root.setAttribute('role', 'option');
  root.setAttribute('aria-selected', 'false');
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
  root.append(hiddenText(` — ${view.dates}`));
  return root;
}

/**
 * The DOM of a labelled span: its label, and its bar's segments where its members are (positioned in
 * shares of the bar through the CSSOM, which the strict CSP allows).
 */
function spanElement(view: SpanView, openHint: string): HTMLElement {
  const root = document.createElement('span');
  root.className = 'tl-item tl-span-content';
  root.id = optionId(view.spanId);
  root.setAttribute('role', 'option');
  root.setAttribute('aria-selected', 'false');
  root.dataset.testid = 'timeline-span';
  root.dataset.itemId = view.spanId;
  root.dataset.members = String(view.memberIds.length);
  const segments = document.createElement('span');
  segments.className = 'tl-segments';
  segments.setAttribute('aria-hidden', 'true');
  for (const segment of view.segments) {
    const bar = document.createElement('span');
    bar.className = 'tl-seg';
    bar.style.left = `${(segment.from * 100).toFixed(3)}%`;
    bar.style.width = `${Math.max(0, (segment.to - segment.from) * 100).toFixed(3)}%`;
    segments.append(bar);
  }
  const label = document.createElement('span');
  label.className = 'tl-label';
  label.textContent = view.label;
  root.append(segments, label, hiddenText(` — ${view.dates}. ${openHint}`));
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
  if (group.missing && group.lane !== LIST_EVENTS_LANE) {
    const lane = group.lane;
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
      if (button.getAttribute('aria-disabled') !== 'true') retry(lane);
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

function spanWords(t: TFunction): SpanWords {
  return {
    label: (title, count, noun) => t(`timeline.span.${noun}`, { title, count }),
    dates: (start, end, open) =>
      formatInquiryPeriod(
        { value: toIsoDate(start), precision: 'day' },
        open ? null : { value: toIsoDate(addDays(end, -1)), precision: 'day' },
        t,
      ),
  };
}

/**
 * The timeline's data, built once per inquiry and language: 2,000 periods must not be rebuilt on every
 * render, nor each time the view comes back from the table (the parent keeps this hook's owner). The
 * items DataSet holds one zoom level's rows (timeline-spans.ts); a change of level updates it by
 * difference, a pan never touches it.
 */
export function useTimelineData(
  inquiry: Inquiry,
  lanes: LaneView[],
  today: Date,
  listEvents: readonly ListEvent[] = NO_LIST_EVENTS,
) {
  const { t: translate } = useTranslation();
  // Thousands of periods ask for the same few texts: remembered for as long as the language shows.
  const t = useMemo(() => rememberingT(translate), [translate]);
  const language = useLanguage();
  const rows = useMemo(
    () => [...toTimelineItems(inquiry, lanes, language, t, today), ...listEventRows(listEvents, t)],
    [inquiry, lanes, language, t, today, listEvents],
  );
  const spans = useMemo(() => createSpanCache(rows, spanWords(t)), [rows, t]);
  const items = useMemo(() => {
    void rows;
    return new DataSet<TimelineItemRow>();
  }, [rows]);
  const shown = useMemo(() => {
    void items;
    return emptyShownRows();
  }, [items]);
  // Content nodes, built once per item and reused on every redraw (no DOM creation on pan or zoom).
  const elements = useMemo(() => {
    void rows;
    return new Map<string, HTMLElement>();
  }, [rows]);
  const groupRows = useMemo(() => {
    const answer = toTimelineGroups(lanes, t);
    return listEvents.length > 0 ? [...answer, listEventsGroup(t, answer.length)] : answer;
  }, [lanes, t, listEvents]);
  const groups = useMemo(() => new DataSet<TimelineGroupRow>(groupRows), [groupRows]);
  // A claim or a stop inside an aid is drawn as the aid's bar: selecting it selects the bar.
  const drawn = useMemo(() => drawnAs(lanes), [lanes]);
  return { items, groups, groupRows, drawn, spans, shown, elements };
}

export type TimelineData = ReturnType<typeof useTimelineData>;

/** vis-timeline's measured width of its centre panel (not in its typings). */
interface WithCenterWidth {
  body?: { domProps?: { center?: { width?: number } } };
}

/** What the effects ask of the timeline once it exists (set by the effect that creates it). */
interface Controls {
  /** Shows the rows of the window's zoom level, if it changed. */
  syncLevel(): void;
  /** Opens the spans that hold these items, so that they are drawn as themselves (until unpinned). */
  openSpansOf(ids: readonly string[]): void;
  /** Lets the spans a link opened close again at the next change of level. */
  unpin(): void;
  /** Scrolls the page to the first of these items drawn (itself or its span); says whether one was. */
  revealRows(ids: readonly string[]): boolean;
  /** Applies the wanted selection to what is drawn now (an item in a span selects the span). */
  reselect(): void;
  centerWidth(): number;
}

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
  /** A click on the axis, or D on an item, picks the situation's day. */
  onPickDate?: (iso: string) => void;
  /** "Go to date": the timeline moves there at a zoom where labels read (a year around it). */
  goTo?: { date: string; seq: number } | null;
  inquiry: Inquiry;
  data: TimelineData;
  hidden: ReadonlySet<TimelineLaneId>;
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
  const afterTimeline = useRef<HTMLSpanElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const controls = useRef<Controls | null>(null);
  /** Items a finding's link moved the window to: the page scrolls to them once they are drawn. */
  const revealPending = useRef<{ ids: string[]; tries: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const onOpenRef = useRef(onOpen);
  useEffect(() => {
    onOpenRef.current = onOpen;
  }, [onOpen]);
  const todayRef = useRef(today);
  useEffect(() => {
    todayRef.current = today;
  }, [today]);
  const situationRef = useRef(situationDate);
  /** Places the cursor's and today's labels for the window (set once the timeline exists). */
  const syncCursorRef = useRef<() => void>(() => {});
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
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  }, [t]);
  const dataRef = useRef(data);
  useEffect(() => {
    dataRef.current = data;
  }, [data]);
  const retryingText = t('result.missing.retrying');
  const retryState = useRef<RetryState>({ lane: retrying, text: retryingText });
  // The zoom request this timeline was born with: until another is made, the last window wins.
  const bornWith = useRef(zoom.seq);
  /** The ids the selection should show (an open item and a finding's items), before spans. */
  const wantedSelection = useRef<string[]>([]);
  /** Visible groups in drawing order: the keyboard walks these. */
  const groupOrder = useRef<ReadonlyMap<string, number>>(new Map());
  /** The window a preset (or the last visit) asks for: where a new data set is drawn. */
  const targetWindow = useRef<() => TimeWindow>(() =>
    zoomWindow(zoom.preset, inquiry.request.period, inquiry.items, today),
  );
  useEffect(() => {
    targetWindow.current = () =>
      (zoom.seq === bornWith.current ? lastWindow() : null) ??
      zoomWindow(zoom.preset, inquiry.request.period, inquiry.items, today);
  }, [zoom, inquiry, today, lastWindow]);

  const { items, groups, groupRows, drawn } = data;
  /** Set when new data is given to the timeline; its next redraw marks the paint for the benchmark. */
  const paintPending = useRef(false);
  const todayLabel = t('result.today');
  const situationLabel = situationDate
    ? t('answers.situation.title', { date: isoToDisplayDate(situationDate) })
    : '';
  const helpId = `${useId()}-keys`;
  const drawnAsRef = useRef(drawn);
  useEffect(() => {
    drawnAsRef.current = drawn;
  }, [drawn]);

  // One Timeline while the view shows, destroyed on unmount; data, options and window follow as updates.
  useEffect(() => {
    const root = container.current;
    if (!root) return;
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
      // The page scrolls, not the timeline: a scrolled label panel would be a scrolling region the
      // keyboard cannot reach (axe scrollable-region-focusable), and one measure less per redraw.
      verticalScroll: false,
      groupOrder: 'order',
      margin: { item: { horizontal: 0, vertical: 4 }, axis: 6 },
      xss: { disabled: false },
      showTooltips: true,
      tooltip: { followMouse: true, overflowMethod: 'cap', delay: 400 },
      // Content nodes are built once per item (and span) and reused: a redraw on pan or zoom creates none.
      template: (item?: TimelineItemRow) => {
        if (!item) return '';
        if (!item.view && !item.spanView) return item.content ?? '';
        const { elements } = dataRef.current;
        let element = elements.get(item.id);
        if (!element) {
          element = item.spanView
            ? spanElement(
                item.spanView,
                tRef.current('timeline.span.open', { count: item.spanView.memberIds.length }),
              )
            : itemElement(item.view!);
          elements.set(item.id, element);
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
    const instance = new Timeline(root, [], options);
    const centerWidth = () =>
      (instance as unknown as WithCenterWidth).body?.domProps?.center?.width ||
      Math.max(200, root.clientWidth - 230);

    // The listbox: the items' frame, one Tab stop; its active option is the item the keys move.
    const listbox = root.querySelector<HTMLElement>('.vis-itemset') ?? root;
    listbox.setAttribute('role', 'listbox');
    listbox.tabIndex = 0;
    listbox.setAttribute('aria-describedby', helpId);
    listbox.dataset.testid = 'timeline-listbox';
    let activeId: string | null = null;
    let activeElement: HTMLElement | null = null;

    const lines = () => navLines(dataRef.current.shown.rows.values(), groupOrder.current);
    const middle = () => {
      const window = instance.getWindow();
      return (window.start.getTime() + window.end.getTime()) / 2;
    };
    /** Marks the active option, once its element is drawn (an item outside the window is not). */
    const markActive = () => {
      const element = activeId ? dataRef.current.elements.get(activeId) : undefined;
      if (activeElement && activeElement !== element) {
        activeElement.setAttribute('aria-selected', 'false');
        activeElement.classList.remove('is-active');
        activeElement.closest('.vis-item')?.classList.remove('is-active');
      }
      if (element && element.isConnected) {
        element.setAttribute('aria-selected', 'true');
        element.classList.add('is-active');
        element.closest('.vis-item')?.classList.add('is-active');
        listbox.setAttribute('aria-activedescendant', element.id);
        activeElement = element;
        if (document.activeElement === listbox) revealVertically(element);
      } else {
        listbox.removeAttribute('aria-activedescendant');
        activeElement = null;
      }
    };
    /** Makes an item the active one; one outside the window brings the window to it. */
    const setActive = (id: string | null) => {
      activeId = id;
      const row = id ? dataRef.current.shown.rows.get(id) : undefined;
      if (row) {
        const window = instance.getWindow();
        const start = row.start.getTime();
        const end = (row.end ?? row.start).getTime();
        if (end <= window.start.getTime() || start >= window.end.getTime()) {
          const length = window.end.getTime() - window.start.getTime();
          instance.setWindow(new Date(start - length * 0.3), new Date(start + length * 0.7), {
            animation: false,
          });
        }
      }
      markActive();
    };
    const announce = (text: string) => setAnnouncement(text);
    /** Opens a span into its items (until the zoom level changes); its first item becomes active. */
    const openSpanAt = (id: string) => {
      const members = openSpan(dataRef.current, id);
      if (members.length === 0) return;
      reselect();
      announce(tRef.current('timeline.keys.opened', { count: members.length }));
      setActive(members[0] ?? null);
    };
    const reselect = () => {
      const { shown } = dataRef.current;
      const ids = wantedSelection.current
        .map((id) => drawnAsRef.current.get(id) ?? id)
        .map((id) => shown.spanOf.get(id) ?? id)
        .filter((id) => shown.rows.has(id));
      instance.setSelection([...new Set(ids)]);
    };
    /** Items a finding's link showed: the spans holding them stay open, whatever level the window settles at. */
    let pinned: readonly string[] = [];
    const openPinned = () => {
      const current = dataRef.current;
      const holding = new Set(pinned.flatMap((id) => current.shown.spanOf.get(id) ?? []));
      for (const span of holding) openSpan(current, span);
      return holding.size > 0;
    };
    const syncLevel = () => {
      const current = dataRef.current;
      if (current.shown.level === null) return;
      const level = levelOf(instance.getWindow(), centerWidth());
      if (showLevel(current, level)) {
        openPinned();
        reselect();
        if (activeId && !current.shown.rows.has(activeId)) {
          activeId = current.shown.spanOf.get(activeId) ?? null;
        }
      }
    };
    const revealRows = (ids: readonly string[]) => {
      const { shown, elements } = dataRef.current;
      const element = ids
        .map((id) => elements.get(shown.spanOf.get(id) ?? id))
        .find((candidate) => candidate?.isConnected);
      if (element) revealVertically(element);
      return element !== undefined;
    };
    const openSpansOf = (ids: readonly string[]) => {
      pinned = ids;
      syncLevel();
      if (openPinned()) reselect();
    };
    const unpin = () => {
      pinned = [];
    };
    controls.current = { syncLevel, reselect, centerWidth, openSpansOf, unpin, revealRows };

    listbox.addEventListener('focus', () => {
      if (!activeId || !dataRef.current.shown.rows.has(activeId)) {
        setActive(nearestInLine(lines(), null, middle()));
      } else markActive();
    });
    listbox.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = keyAction(event.key, lines(), activeId, middle());
      if (!action) return;
      event.preventDefault();
      const window = instance.getWindow();
      const length = window.end.getTime() - window.start.getTime();
      switch (action.kind) {
        case 'move':
          setActive(action.id);
          break;
        case 'pan': {
          const shift = length * 0.8 * action.direction;
          instance.setWindow(
            new Date(window.start.getTime() + shift),
            new Date(window.end.getTime() + shift),
            { animation: false },
          );
          setActive(nearestInLine(lines(), activeId, middle()));
          break;
        }
        case 'zoom': {
          const row = activeId ? dataRef.current.shown.rows.get(activeId) : undefined;
          const center =
            row && row.start >= window.start && row.start <= window.end
              ? row.start.getTime()
              : middle();
          const half = (length * (action.direction > 0 ? 0.5 : 2)) / 2;
          instance.setWindow(new Date(center - half), new Date(center + half), {
            animation: false,
          });
          setActive(activeId && dataRef.current.shown.rows.has(activeId) ? activeId : null);
          break;
        }
        case 'activate':
          if (activeId && isSpanId(activeId)) openSpanAt(activeId);
          else if (activeId) onOpenRef.current(activeId);
          break;
        case 'cursor': {
          const row = activeId ? dataRef.current.shown.rows.get(activeId) : undefined;
          if (!row) break;
          const iso = toIsoDate(row.start);
          onPickDateRef.current?.(iso);
          announce(tRef.current('timeline.keys.cursor', { date: isoToDisplayDate(iso) }));
          break;
        }
      }
    });

    // vis-timeline draws a custom time's label even when the time is outside the window: hide it then.
    const syncToday = () => {
      const window = instance.getWindow();
      const at = todayRef.current.getTime();
      root.classList.toggle(
        'today-outside',
        at < window.start.getTime() || at > window.end.getTime(),
      );
    };
    // The cursor's date label reads left of its line near the right edge (it would be cut there), and today's
    // label gives way when the cursor is on or beside today (the two labels would cover each other).
    const syncCursor = () => {
      const day = situationRef.current;
      const window = instance.getWindow();
      const from = window.start.getTime();
      const length = window.end.getTime() - from;
      const width = centerWidth();
      const x = (at: number) => ((at - from) / length) * width;
      const cursor = day ? x(localDate(day).getTime()) : -Infinity;
      root.classList.toggle('cursor-flipped', cursor > width - CURSOR_LABEL_PX);
      root.classList.toggle(
        'cursor-near-today',
        Math.abs(cursor - x(todayRef.current.getTime())) < 2 * CURSOR_LABEL_PX,
      );
    };
    syncCursorRef.current = syncCursor;
    instance.on('rangechange', (properties: { byUser?: boolean }) => {
      // The user zooming or panning ends what a link pinned open: the levels' own spans come back.
      if (properties.byUser) unpin();
      syncLevel();
    });
    instance.on('rangechanged', (properties: { start: Date; end: Date }) => {
      syncToday();
      onWindowChangeRef.current({ start: properties.start, end: properties.end });
    });
    instance.on('changed', () => {
      syncToday();
      syncCursor();
      keepLabelsInWindow(root);
      // The centre's width is known once drawn: the level may change with it (first paint, resize).
      syncLevel();
      markActive();
      // The new level's rows may take one more redraw to be drawn: a few tries, then give up.
      const pending = revealPending.current;
      if (pending && (revealRows(pending.ids) || --pending.tries <= 0))
        revealPending.current = null;
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
      if (id === undefined) return;
      const key = String(id);
      activeId = key;
      if (isSpanId(key)) openSpanAt(key);
      else onOpenRef.current(key);
    });
    timeline.current = instance;
    return () => {
      instance.destroy();
      timeline.current = null;
      controls.current = null;
    };
    // helpId is stable for the component's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const listboxLabel = t('timeline.keys.label');
  useEffect(() => {
    container.current
      ?.querySelector('[data-testid="timeline-listbox"]')
      ?.setAttribute('aria-label', listboxLabel);
  }, [listboxLabel]);

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
    const control = controls.current;
    if (!instance || !control) return;
    paintPending.current = true;
    drawAt(instance, dataRef.current, targetWindow.current(), control.centerWidth());
    control.reselect();
  }, [groups, items]);

  useEffect(() => {
    const order = new Map<string, number>();
    for (const row of groupRows) if (!hidden.has(row.lane)) order.set(row.id, row.order);
    groupOrder.current = order;
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
    const window = targetWindow.current();
    controls.current?.unpin();
    instance.setWindow(window.start, window.end, { animation: false });
  }, [zoom, inquiry, today, lastWindow]);

  // The finding whose items were last brought into view: a redraw (new language) does not move there again.
  const revealedFor = useRef<readonly string[] | null>(null);
  useEffect(() => {
    wantedSelection.current = [...highlighted, ...(selectedId ? [selectedId] : [])];
    controls.current?.reselect();
    const instance = timeline.current;
    if (highlighted.length === 0) controls.current?.unpin();
    if (!instance || highlighted.length === 0 || revealedFor.current === highlighted) return;
    revealedFor.current = highlighted;
    // A claim or a stop is drawn as its aid's bar: that bar is what must show.
    const shownIds = [...new Set(highlighted.map((id) => drawn.get(id) ?? id))];
    const { shown, spans } = dataRef.current;
    const targets = shownIds
      .map((id) => ({ id, row: spans.row(id) }))
      .filter((target) => target.row !== undefined)
      .map(({ id, row }) => ({
        start: row!.start,
        end: row!.end ?? row!.start,
        drawnAlone: shown.rows.has(id),
      }));
    const periodEnd = addDays(localDate(inquiry.request.period.to), 1);
    const horizon = periodEnd > today ? periodEnd : today;
    const window = revealWindow(instance.getWindow(), targets, horizon);
    if (window) {
      instance.setWindow(window.start, window.end, { animation: false });
      // Measured now (the detail panel that just opened narrows the timeline), so the level is the final one.
      instance.redraw();
      controls.current?.openSpansOf(shownIds);
      // The opened rows are drawn on the next redraw: the page scrolls to them then.
      revealPending.current = { ids: shownIds, tries: 3 };
    } else controls.current?.revealRows(shownIds);
  }, [selectedId, highlighted, drawn, items, inquiry, today]);

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
    situationRef.current = situationDate;
    syncCursorRef.current();
  }, [situationDate, situationLabel]);

  useEffect(() => {
    const instance = timeline.current;
    if (!instance || !goTo) return;
    const at = localDate(goTo.date);
    controls.current?.unpin();
    instance.setWindow(addMonths(at, -6), addMonths(at, 6), { animation: false });
  }, [goTo]);

  // The retry buttons live in vis-timeline's labels, outside React: their state follows here.
  useEffect(() => {
    retryState.current = { lane: retrying, text: retryingText };
    const buttons = container.current?.querySelectorAll<HTMLButtonElement>('button.tl-retry');
    for (const button of buttons ?? []) showRetryState(button, retryState.current);
  }, [retrying, retryingText, groupRows]);

  return (
    <>
      <button
        type="button"
        className="skip-link"
        onClick={() => afterTimeline.current?.focus()}
        data-testid="timeline-skip"
      >
        {t('timeline.keys.skip')}
      </button>
      <p id={helpId} className="visually-hidden">
        {t('timeline.keys.help')}
      </p>
      <div className="swimlanes" ref={container} data-testid="timeline" />
      <p className="visually-hidden" role="status" data-testid="timeline-announce">
        {announcement}
      </p>
      <span
        ref={afterTimeline}
        tabIndex={-1}
        className="skip-target"
        data-testid="timeline-after"
      />
    </>
  );
}

/** Scrolls the page, not vis-timeline's panels, so that the active item is in view. */
function revealVertically(element: HTMLElement): void {
  const box = element.getBoundingClientRect();
  const margin = 40;
  if (box.top < margin) window.scrollBy({ top: box.top - margin });
  else if (box.bottom > window.innerHeight - margin)
    window.scrollBy({ top: box.bottom - window.innerHeight + margin });
}

/**
 * Labels that run past the window's edges are moved inside it: a label beside a narrow bar near the right
 * edge, an ongoing period starting just before it, a point's (a premium, a list event) beside its dot, a span starting before the left edge (its content does
 * not follow vis-timeline's own shift). Only those few labels are measured, after vis-timeline's redraw.
 */
function keepLabelsInWindow(root: HTMLElement): void {
  const labels = root.querySelectorAll<HTMLElement>(
    '.vis-item.tl-spill .tl-label, .vis-item.tl-span .tl-label, .vis-item.is-open .tl-item, .vis-item.vis-point .tl-item',
  );
  const centre = root.querySelector('.vis-panel.vis-center');
  if (labels.length === 0 || !centre) return;
  const frame = centre.getBoundingClientRect();
  const moves: [HTMLElement, number][] = [];
  for (const label of labels) {
    const current = Number(label.dataset.shift ?? 0);
    const box = label.getBoundingClientRect();
    const left = box.left - current;
    const right = box.right - current;
    let shift = 0;
    if (right > frame.left && left < frame.right) {
      if (right > frame.right)
        shift = -Math.max(0, Math.min(right - frame.right + 4, left - frame.left));
      else if (left < frame.left && label.closest('.tl-span')) {
        const bar = label.closest('.vis-item')!.getBoundingClientRect();
        shift = Math.max(
          0,
          Math.min(frame.left - left + 4, frame.right - right, bar.right - right),
        );
      }
    }
    if (Math.abs(shift - current) > 0.5) moves.push([label, shift]);
  }
  for (const [label, shift] of moves) {
    label.dataset.shift = String(shift);
    label.style.transform = shift !== 0 ? `translateX(${shift}px)` : '';
    label.classList.toggle('tl-shifted', shift !== 0);
  }
}
