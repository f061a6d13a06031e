// Labelled spans: what the swimlanes draw at a zoom where a lane's periods would be narrower than their label.
//
// Rules (each one tested in timeline-spans.test.ts):
// 1. Only periods drawn as ranges that carry a `span` source take part; backgrounds and points pass as they are.
// 2. A *track* is one row of periods of the same kind: a lane or sub-lane, and in the forms lane one CPAS of a
//    legal basis (its row). Spans never cross tracks, so a span says one kind and one CPAS.
// 3. In a track, sorted by start, periods are chained while the gap to the next is narrower, at this zoom,
//    than the widest label the chain would then need (its span label, or a member's own label). Chains are
//    therefore separated by at least the width of their labels: a label wider than its bar may run on to its
//    right (`tl-spill`) without covering the next bar of its track.
// 4. In a chain, members at least as wide as their label are drawn as themselves; each run of consecutive
//    narrower ones becomes one span, labelled "<kind> · <CPAS> · <n> forms" (or "<lane> · <n> periods"),
//    whose bar shows where its members are (segments). A narrow member alone stays itself, its label
//    beside it. A run whose label would run into the next readable member takes that member in, and the
//    next, until its label fits (at a chain's end it always does): no label is cut.
// 5. Every period belongs to exactly one drawn row at a level: itself or one span.
// 6. Zoom levels are powers of two of milliseconds per pixel; a level is computed once (at its most
//    zoomed-out scale, so what fits at that scale fits everywhere in the level) and kept.
import type { SpanSegment, SpanSource, SpanView, TimelineItemRow } from './timeline-model';

export type { SpanSegment, SpanSource, SpanView };

export interface SpanWords {
  label(title: string, count: number, noun: SpanSource['noun']): string;
  /** "01/1995 – 12/2024", "since 03/2020" for an open end. */
  dates(start: Date, end: Date, open: boolean): string;
}

export interface LevelRows {
  level: number;
  rows: TimelineItemRow[];
  /** The span each member belongs to at this level (members of no span are absent). */
  spanOf: ReadonlyMap<string, string>;
  spans: ReadonlyMap<string, SpanView>;
}

/** Average width of a character of the items' font (0.8rem) and the item's padding and border, in px. */
const CHAR_PX = 8;
const PAD_PX = 16;

export function labelPx(text: string): number {
  return text.length * CHAR_PX + PAD_PX;
}

export function zoomLevel(msPerPx: number): number {
  return Math.floor(Math.log2(Math.max(1, msPerPx)));
}

/** The most zoomed-out scale of a level, in ms per px. */
export function levelScale(level: number): number {
  return 2 ** (level + 1);
}

export function spanId(first: string, last: string): string {
  return `span:${first}:${last}`;
}

export function isSpanId(id: string): boolean {
  return id.startsWith('span:');
}

function endOf(row: TimelineItemRow): number {
  return (row.end ?? row.start).getTime();
}

const SHARED_DROP = new Set(['is-open', 'is-day', 'tl-spill']);

/** Classes every member has (the lane's colour), plus blocking and fraud when any member has them. */
function spanClasses(members: TimelineItemRow[], spill: boolean): string {
  const lists = members.map((m) => m.className.split(' ').filter(Boolean));
  const shared = lists[0]!.filter(
    (c) => !SHARED_DROP.has(c) && lists.every((list) => list.includes(c)),
  );
  const any = (c: string) => lists.some((list) => list.includes(c));
  const extra = ['is-blocked', 'is-fraud'].filter((c) => any(c) && !shared.includes(c));
  const last = members.reduce((a, b) => (endOf(b) >= endOf(a) ? b : a));
  const open = last.className.split(' ').includes('is-open');
  return [
    'tl-span',
    ...shared,
    ...extra,
    ...(open ? ['is-open'] : []),
    ...(spill ? ['tl-spill'] : []),
  ].join(' ');
}

function segmentsOf(
  members: TimelineItemRow[],
  start: number,
  end: number,
  msPerPx: number,
): SpanSegment[] {
  const length = end - start;
  const touching = 2 * msPerPx;
  const segments: { from: number; to: number }[] = [];
  for (const member of members) {
    const from = member.start.getTime();
    const to = endOf(member);
    const last = segments[segments.length - 1];
    if (last && from - last.to <= touching) last.to = Math.max(last.to, to);
    else segments.push({ from, to });
  }
  return segments.map((s) => ({ from: (s.from - start) / length, to: (s.to - start) / length }));
}

function withClass(row: TimelineItemRow, className: string): TimelineItemRow {
  return { ...row, className: `${row.className} ${className}` };
}

/** The rows drawn at a scale (ms per px): members where they read, spans where they would not. */
export function spanRows(
  rows: readonly TimelineItemRow[],
  msPerPx: number,
  words: SpanWords,
  level = zoomLevel(msPerPx),
): LevelRows {
  const out: TimelineItemRow[] = [];
  const spanOf = new Map<string, string>();
  const spans = new Map<string, SpanView>();
  const tracks = new Map<string, TimelineItemRow[]>();
  for (const row of rows) {
    if (!row.span || row.type !== 'range') {
      out.push(row);
      continue;
    }
    const track = tracks.get(row.span.track);
    if (track) track.push(row);
    else tracks.set(row.span.track, [row]);
  }
  const px = (ms: number) => ms / msPerPx;
  const count = (chain: TimelineItemRow[]) => chain.reduce((n, r) => n + r.span!.count, 0);
  const spanLabel = (chain: TimelineItemRow[]) =>
    words.label(chain[0]!.span!.title, count(chain), chain[0]!.span!.noun);
  const narrow = (row: TimelineItemRow) =>
    px(endOf(row) - row.start.getTime()) < labelPx(row.content);

  /** A run of consecutive narrow members as one span (its label may spill into `room` px after it). */
  const emitSpan = (run: TimelineItemRow[], room: number) => {
    const first = run[0]!;
    const start = first.start.getTime();
    const end = Math.max(...run.map(endOf));
    const open = run.some((r) => r.className.split(' ').includes('is-open'));
    const label = spanLabel(run);
    const id = spanId(first.id, run[run.length - 1]!.id);
    const view: SpanView = {
      spanId: id,
      label,
      dates: words.dates(new Date(start), new Date(end), open),
      memberIds: run.map((r) => r.id),
      segments: segmentsOf(run, start, end, msPerPx),
    };
    spans.set(id, view);
    for (const member of run) spanOf.set(member.id, id);
    const width = px(end - start);
    out.push({
      id,
      ...(first.group !== undefined ? { group: first.group } : {}),
      ...(first.subgroup !== undefined ? { subgroup: first.subgroup } : {}),
      ...(first.subgroupOrder !== undefined ? { subgroupOrder: first.subgroupOrder } : {}),
      start: new Date(start),
      end: new Date(end),
      type: 'range',
      className: spanClasses(run, width < labelPx(label) && width + room >= labelPx(label)),
      content: label,
      title: `${label} — ${view.dates}`,
      spanView: view,
    });
  };

  /** Whether a run's label (a lone member's, or its span's) shows, given the room up to `after`. */
  const fits = (run: TimelineItemRow[], after: number) => {
    const start = run[0]!.start.getTime();
    const end = Math.max(...run.map(endOf));
    const label = run.length === 1 ? run[0]!.content : spanLabel(run);
    return px(Math.max(after, end) - start) >= labelPx(label);
  };

  /**
   * A chain: its wide members as themselves, each run of narrow ones as a span, or, alone, as itself with
   * its label beside it. A run whose label would run into the next readable member takes that member in
   * (and the next, until the label fits): no label is left cut.
   */
  const emit = (chain: TimelineItemRow[], nextStart: number) => {
    let run: TimelineItemRow[] = [];
    const flush = (after: number) => {
      if (run.length === 0) return;
      if (run.length === 1) {
        const lone = run[0]!;
        out.push(withClass(lone, fits(run, after) ? 'tl-spill' : 'is-narrow'));
      } else emitSpan(run, px(after - Math.max(...run.map(endOf))));
      run = [];
    };
    for (const row of chain) {
      if (narrow(row) || (run.length > 0 && !fits(run, row.start.getTime()))) {
        run.push(row);
        continue;
      }
      flush(row.start.getTime());
      out.push(row);
    }
    flush(nextStart);
  };

  for (const track of tracks.values()) {
    track.sort((a, b) => a.start.getTime() - b.start.getTime() || endOf(a) - endOf(b));
    let chain: TimelineItemRow[] = [];
    let chainEnd = -Infinity;
    let widest = 0;
    for (const row of track) {
      if (chain.length > 0) {
        const need = Math.max(widest, labelPx(row.content), labelPx(spanLabel([...chain, row])));
        if (px(row.start.getTime() - chainEnd) >= need) {
          emit(chain, row.start.getTime());
          chain = [];
          widest = 0;
          chainEnd = -Infinity;
        }
      }
      chain.push(row);
      chainEnd = Math.max(chainEnd, endOf(row));
      widest = Math.max(widest, labelPx(row.content));
    }
    if (chain.length > 0) emit(chain, Infinity);
  }
  return { level, rows: out, spanOf, spans };
}

/**
 * The rows of each zoom level, computed once per level and kept; spans the user opened are replaced by
 * their members (opening is undone by a change of level).
 */
export function createSpanCache(rows: readonly TimelineItemRow[], words: SpanWords) {
  const levels = new Map<number, LevelRows>();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    at(level: number): LevelRows {
      let found = levels.get(level);
      if (!found) {
        found = spanRows(rows, levelScale(level), words, level);
        levels.set(level, found);
      }
      return found;
    },
    /** A level's rows with some of its spans opened into their members. */
    opened(level: number, open: ReadonlySet<string>): LevelRows {
      const base = this.at(level);
      const wanted = [...open].filter((id) => base.spans.has(id));
      if (wanted.length === 0) return base;
      const spanOf = new Map(base.spanOf);
      const spans = new Map(base.spans);
      const out: TimelineItemRow[] = [];
      for (const row of base.rows) {
        const view = row.spanView;
        if (!view || !wanted.includes(view.spanId)) {
          out.push(row);
          continue;
        }
        spans.delete(view.spanId);
        for (const id of view.memberIds) {
          spanOf.delete(id);
          const member = byId.get(id);
          if (member) out.push(withClass(member, 'in-open-span'));
        }
      }
      return { level, rows: out, spanOf, spans };
    },
    /** A period's own row, whatever the level draws (a finding's link brings it into view). */
    row(id: string): TimelineItemRow | undefined {
      return byId.get(id);
    },
    /** How many levels are kept (for tests). */
    get size() {
      return levels.size;
    },
  };
}

export type SpanCache = ReturnType<typeof createSpanCache>;
