// The swimlanes from the keyboard (WAI-ARIA listbox with a roving active item): which item a key moves to,
// or what else it asks for. Plain data, no DOM: the timeline component does what the action says.
import type { TimelineItemRow } from './timeline-model';
import { compareIds } from '../../../../shared/domain/order';

/** One row of the timeline as the keyboard walks it: a lane, a sub-lane, or one CPAS of a sub-lane. */
export interface NavLine {
  key: string;
  /** Its items (ranges and points, no backgrounds), in date order. */
  items: TimelineItemRow[];
}

export type KeyAction =
  | { kind: 'move'; id: string }
  | { kind: 'pan'; direction: -1 | 1 }
  | { kind: 'zoom'; direction: -1 | 1 }
  | { kind: 'activate' }
  | { kind: 'cursor' };

/** The lines in the order they are drawn: groups in their order, then each CPAS row (subgroupOrder). */
export function navLines(
  rows: Iterable<TimelineItemRow>,
  groupOrder: ReadonlyMap<string, number>,
): NavLine[] {
  const lines = new Map<string, { order: number; sub: number; items: TimelineItemRow[] }>();
  for (const row of rows) {
    if (row.type === 'background' || row.group === undefined) continue;
    const order = groupOrder.get(row.group);
    if (order === undefined) continue;
    const key = `${row.group}|${row.subgroup ?? ''}`;
    const line = lines.get(key);
    if (line) line.items.push(row);
    else lines.set(key, { order, sub: row.subgroupOrder ?? 0, items: [row] });
  }
  return [...lines.entries()]
    .sort(([, a], [, b]) => a.order - b.order || a.sub - b.sub)
    .map(([key, line]) => ({
      key,
      items: line.items.sort(
        (a, b) => a.start.getTime() - b.start.getTime() || compareIds(a.id, b.id),
      ),
    }));
}

function locate(
  lines: readonly NavLine[],
  id: string | null,
): { line: number; index: number } | null {
  if (id === null) return null;
  for (let line = 0; line < lines.length; line++) {
    const index = lines[line]!.items.findIndex((item) => item.id === id);
    if (index >= 0) return { line, index };
  }
  return null;
}

/** The item of a line nearest in time to a moment: the one running then, else the closest start. */
function nearest(items: readonly TimelineItemRow[], at: number): TimelineItemRow | undefined {
  let best: TimelineItemRow | undefined;
  let distance = Infinity;
  for (const item of items) {
    const start = item.start.getTime();
    const end = (item.end ?? item.start).getTime();
    const d = at >= start && at <= end ? 0 : Math.min(Math.abs(at - start), Math.abs(at - end));
    if (d < distance) {
      best = item;
      distance = d;
    }
  }
  return best;
}

/**
 * What a key does. Left/Right: previous/next item of the line; Up/Down: the nearest item (in time) of
 * the previous/next line; Home/End: first/last item of the line; Page Up/Down: pan; + and -: zoom;
 * Enter and Space: open (details, or a span into its items); D: the date cursor on the item.
 * `at` is the moment to start from when no item is active (the middle of the window).
 */
export function keyAction(
  key: string,
  lines: readonly NavLine[],
  activeId: string | null,
  at: number,
): KeyAction | null {
  const here = locate(lines, activeId);
  const first = () => {
    for (const line of lines) {
      const item = nearest(line.items, at);
      if (item) return item;
    }
    return undefined;
  };
  const move = (item: TimelineItemRow | undefined): KeyAction | null =>
    item ? { kind: 'move', id: item.id } : null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft': {
      if (!here) return move(first());
      const items = lines[here.line]!.items;
      return move(items[here.index + (key === 'ArrowRight' ? 1 : -1)]);
    }
    case 'ArrowDown':
    case 'ArrowUp': {
      if (!here) return move(first());
      const current = lines[here.line]!.items[here.index]!;
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let line = here.line + step; line >= 0 && line < lines.length; line += step) {
        const item = nearest(lines[line]!.items, current.start.getTime());
        if (item) return move(item);
      }
      return null;
    }
    case 'Home':
    case 'End': {
      const items = here ? lines[here.line]!.items : (lines[0]?.items ?? []);
      return move(key === 'Home' ? items[0] : items[items.length - 1]);
    }
    case 'PageUp':
      return { kind: 'pan', direction: -1 };
    case 'PageDown':
      return { kind: 'pan', direction: 1 };
    case '+':
    case '=':
      return { kind: 'zoom', direction: 1 };
    case '-':
    case '_':
      return { kind: 'zoom', direction: -1 };
    case 'Enter':
    case ' ':
      return here ? { kind: 'activate' } : move(first());
    case 'd':
    case 'D':
      return here ? { kind: 'cursor' } : null;
    default:
      return null;
  }
}

/**
 * After a pan: the item of the active item's line nearest to a moment (the middle of the new window), so
 * the active item stays on screen; the first line's when none is active.
 */
export function nearestInLine(
  lines: readonly NavLine[],
  activeId: string | null,
  at: number,
): string | null {
  const here = locate(lines, activeId);
  const line = here ? lines[here.line] : lines.find((l) => l.items.length > 0);
  return (line && nearest(line.items, at)?.id) ?? null;
}
