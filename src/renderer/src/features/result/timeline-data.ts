// What the swimlanes' items DataSet holds (one zoom level's rows) and the order in which a timeline is
// given its data and its window. No DOM: tested under Node with vis-data's DataSet.
import type { DataSet } from 'vis-data/peer';
import type { TimelineItemRow } from './timeline-model';
import { zoomLevel, type LevelRows, type SpanCache } from './timeline-spans';
import type { TimeWindow } from './zoom';

/** What the items DataSet holds now: a zoom level's rows, with the spans the user opened. */
export interface ShownRows {
  level: number | null;
  open: Set<string>;
  rows: Map<string, TimelineItemRow>;
  spanOf: ReadonlyMap<string, string>;
}

export function emptyShownRows(): ShownRows {
  return { level: null, open: new Set(), rows: new Map(), spanOf: new Map() };
}

export interface LevelData {
  items: DataSet<TimelineItemRow>;
  shown: ShownRows;
  spans: SpanCache;
}

/**
 * Puts a level's rows in the DataSet by difference: what left is removed, what is new or changed is set,
 * what stays (the same row object) is not touched. Says whether anything changed.
 */
export function showRows(data: Pick<LevelData, 'items' | 'shown'>, next: LevelRows): boolean {
  const { items, shown } = data;
  const nextRows = new Map(next.rows.map((row) => [row.id, row]));
  const removed = [...shown.rows.keys()].filter((id) => !nextRows.has(id));
  const changed = next.rows.filter((row) => shown.rows.get(row.id) !== row);
  if (removed.length > 0) items.remove(removed);
  if (changed.length > 0) items.update(changed);
  shown.rows = nextRows;
  shown.spanOf = next.spanOf;
  shown.level = next.level;
  return removed.length > 0 || changed.length > 0;
}

/** The zoom level of a window drawn over a width in px. */
export function levelOf(window: TimeWindow, widthPx: number): number {
  return zoomLevel((window.end.getTime() - window.start.getTime()) / Math.max(1, widthPx));
}

/** Shows a level (its spans opened by the user kept while the level stays); says whether anything changed. */
export function showLevel(data: LevelData, level: number): boolean {
  if (data.shown.level !== level) data.shown.open.clear();
  else if (data.shown.rows.size > 0) return false;
  return showRows(data, data.spans.opened(level, data.shown.open));
}

/** What drawAt needs of a vis-timeline. */
export interface Drawable<G> {
  setData(data: { groups: G; items: DataSet<TimelineItemRow> }): void;
  setWindow(start: Date, end: Date, options: { animation: boolean }): void;
}

/**
 * Gives a timeline its data for a window: the window's level's rows first, then `setData`, then the
 * window. Keep this order: passing the window before the data (or as `start`/`end` options) made
 * vis-timeline lay the heavy person's items out one by one, six times slower (issue 19).
 */
export function drawAt<G>(
  timeline: Drawable<G>,
  data: LevelData & { groups: G },
  window: TimeWindow,
  widthPx: number,
): void {
  showLevel(data, levelOf(window, widthPx));
  timeline.setData({ groups: data.groups, items: data.items });
  timeline.setWindow(window.start, window.end, { animation: false });
}

/** Opens a span of the level shown into its members (until the level changes); its members' ids. */
export function openSpan(data: LevelData, id: string): string[] {
  const { shown } = data;
  const view = shown.rows.get(id)?.spanView;
  if (shown.level === null || !view) return [];
  shown.open.add(id);
  showRows(data, data.spans.opened(shown.level, shown.open));
  return view.memberIds;
}
