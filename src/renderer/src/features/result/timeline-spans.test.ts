import { describe, expect, it } from 'vitest';
import type { SpanSource, TimelineItemRow } from './timeline-model';
import {
  createSpanCache,
  isSpanId,
  labelPx,
  levelScale,
  spanRows,
  zoomLevel,
  type SpanWords,
} from './timeline-spans';

const DAY = 24 * 60 * 60 * 1000;
const words: SpanWords = {
  label: (title, count, noun) => `${title} · ${count} ${noun}`,
  dates: (start, end, open) =>
    `${start.toISOString().slice(0, 10)}–${open ? '…' : end.toISOString().slice(0, 10)}`,
};

function row(
  id: string,
  startDay: number,
  days: number,
  span: Partial<SpanSource> | null = {},
  extra: Partial<TimelineItemRow> = {},
): TimelineItemRow {
  return {
    id,
    group: 'lane:forms:RIS',
    subgroup: 'cpas-0',
    start: new Date(Date.UTC(2020, 0, 1) + startDay * DAY),
    end: new Date(Date.UTC(2020, 0, 1) + (startDay + days) * DAY),
    type: 'range',
    className: 'lane-forms sublane-RIS',
    content: 'CPAS de Liège',
    ...(span === null
      ? {}
      : {
          span: {
            track: 'lane:forms:RIS|cpas-0',
            title: 'RIS · CPAS de Liège',
            noun: 'forms',
            count: 1,
            ...span,
          },
        }),
    ...extra,
  };
}

/** Thirty monthly forms, back to back. */
const monthly = (track = 'lane:forms:RIS|cpas-0', prefix = 'm') =>
  Array.from({ length: 30 }, (_, i) => row(`${prefix}${i}`, i * 30, 30, { track }));

/** Each input id appears once: as a drawn row, or as a member of one drawn span. */
function drawnOnce(input: TimelineItemRow[], rows: TimelineItemRow[]): void {
  const seen = rows.flatMap((r) => (r.spanView ? r.spanView.memberIds : [r.id]));
  expect([...seen].sort()).toEqual(input.map((r) => r.id).sort());
}

describe('labelled spans', () => {
  it('keeps every period itself where its label fits (a day is 20 px)', () => {
    const input = monthly();
    const { rows, spans } = spanRows(input, DAY / 20, words);
    expect(rows.map((r) => r.id)).toEqual(input.map((r) => r.id));
    expect(spans.size).toBe(0);
  });

  it('draws back-to-back periods too narrow for their label as one labelled span', () => {
    const input = monthly();
    // A month is 3 px: no label fits.
    const { rows, spans, spanOf } = spanRows(input, 10 * DAY, words);
    expect(rows).toHaveLength(1);
    const span = rows[0]!;
    expect(isSpanId(span.id)).toBe(true);
    expect(span.content).toBe('RIS · CPAS de Liège · 30 forms');
    expect(span.className.split(' ')).toEqual(expect.arrayContaining(['tl-span', 'lane-forms']));
    expect(span.start).toEqual(input[0]!.start);
    expect(span.end).toEqual(input[29]!.end);
    expect(spans.get(span.id)?.memberIds).toHaveLength(30);
    expect(spanOf.get('m7')).toBe(span.id);
    // The members touch: one segment over the whole bar.
    expect(spans.get(span.id)?.segments).toEqual([{ from: 0, to: 1 }]);
    drawnOnce(input, rows);
  });

  it('counts the forms an aid stands for (decision, claims, stop)', () => {
    const input = [row('a', 0, 30, { count: 5 }), row('b', 30, 30, { count: 2 })];
    const { rows } = spanRows(input, 10 * DAY, words);
    expect(rows[0]?.content).toBe('RIS · CPAS de Liège · 7 forms');
  });

  it('never joins two tracks (two CPAS, two kinds) in a span', () => {
    const input = [...monthly('RIS|cpas-0', 'a'), ...monthly('RIS|cpas-1', 'b')];
    const { rows, spans } = spanRows(input, 10 * DAY, words);
    expect(spans.size).toBe(2);
    for (const span of spans.values()) {
      const prefixes = new Set(span.memberIds.map((id) => id[0]));
      expect(prefixes.size).toBe(1);
    }
    drawnOnce(input, rows);
  });

  it('keeps periods apart when the gap between them holds the label, and shows the gaps inside a span', () => {
    const scale = 10 * DAY; // 3 px a month
    const far = labelPx('RIS · CPAS de Liège · 2 forms') * scale + 10 * DAY;
    const input = [
      row('a', 0, 30),
      row('b', 60, 30), // a month apart: joins a
      row('c', 90 + far / DAY, 30), // far: alone
    ];
    const { rows, spans } = spanRows(input, scale, words);
    const span = [...spans.values()][0]!;
    expect(span.memberIds).toEqual(['a', 'b']);
    expect(span.segments).toHaveLength(2);
    expect(span.segments[0]!.to).toBeLessThan(span.segments[1]!.from);
    // The lone narrow period stays itself, its label drawn beside it (the gap holds it).
    const lone = rows.find((r) => r.id === 'c')!;
    expect(lone.className).toContain('tl-spill');
    drawnOnce(input, rows);
  });

  it('keeps readable periods themselves and joins only the runs of narrow ones between them', () => {
    const scale = DAY; // 1 px a day
    const input = [
      row('wide1', 0, 400),
      row('n1', 400, 2),
      row('n2', 402, 2),
      row('wide2', 664, 400),
      row('lone', 1064, 3),
      row('wide3', 1067, 400),
      row('tail', 1467, 3),
    ];
    const { rows } = spanRows(input, scale, words);
    expect(rows.map((r) => r.id)).toEqual(['wide1', 'span:n1:n2', 'wide2', 'span:lone:tail']);
    // The run n1-n2 has room for its label before wide2: wide2 stays itself. Squeezed against wide3, the
    // lone sliver's label would be cut: wide3 joins it in a span, and the narrow tail after it too.
    expect(rows.find((r) => r.id === 'span:lone:tail')?.spanView?.memberIds).toEqual([
      'lone',
      'wide3',
      'tail',
    ]);
    drawnOnce(input, rows);
  });

  it('a span narrower than its label says so (its label runs on into the free gap)', () => {
    const input = [row('a', 0, 2), row('b', 2, 2)];
    const { rows } = spanRows(input, DAY, words);
    expect(rows[0]?.className).toContain('tl-spill');
  });

  it('lets backgrounds, points and periods without a span source pass as they are', () => {
    const background = row('bg', 0, 900, null, { type: 'background' });
    const point = row('pt', 10, 0, {}, { type: 'point', end: undefined });
    const loose = row('loose', 0, 1, null);
    const input = [background, point, loose, ...monthly()];
    const { rows } = spanRows(input, 10 * DAY, words);
    expect(rows).toContain(background);
    expect(rows).toContain(point);
    expect(rows).toContain(loose);
    drawnOnce(input, rows);
  });

  it('keeps the lane colour and says blocked, fraud and ongoing when a member is', () => {
    const input = [
      row('a', 0, 30, {}, { className: 'lane-forms sublane-RIS is-blocked' }),
      row('b', 30, 30, {}, { className: 'lane-forms sublane-RIS is-open' }),
    ];
    const classes = spanRows(input, 10 * DAY, words).rows[0]!.className.split(' ');
    expect(classes).toEqual(expect.arrayContaining(['sublane-RIS', 'is-blocked', 'is-open']));
    expect(classes).not.toContain('is-fraud');
  });

  it('every period is drawn exactly once at every level, on a long irregular history', () => {
    const input: TimelineItemRow[] = [];
    let day = 0;
    for (let i = 0; i < 600; i++) {
      const days = 1 + ((i * 37) % 90);
      input.push(row(`r${i}`, day, days, { track: `t${i % 3}` }));
      day += days + ((i * 13) % 40);
    }
    for (let level = 20; level < 36; level++) {
      drawnOnce(input, spanRows(input, levelScale(level), words).rows);
    }
  });
});

describe('zoom levels', () => {
  it('are powers of two of ms per px, each computed at its most zoomed-out scale', () => {
    expect(zoomLevel(2 ** 30)).toBe(30);
    expect(zoomLevel(2 ** 30 + 5)).toBe(30);
    expect(zoomLevel(2 ** 31 - 1)).toBe(30);
    expect(levelScale(30)).toBe(2 ** 31);
  });

  it('a level is computed once and kept', () => {
    const cache = createSpanCache(monthly(), words);
    const first = cache.at(33);
    expect(cache.at(33)).toBe(first);
    expect(cache.size).toBe(1);
    cache.at(20);
    expect(cache.size).toBe(2);
  });

  it('opening a span draws its members instead, only at that level', () => {
    const input = monthly();
    const cache = createSpanCache(input, words);
    const level = zoomLevel(10 * DAY);
    const span = cache.at(level).rows[0]!;
    const opened = cache.opened(level, new Set([span.id]));
    expect(opened.rows.map((r) => r.id)).toEqual(input.map((r) => r.id));
    expect(opened.spanOf.size).toBe(0);
    // The level's own set is untouched.
    expect(cache.at(level).rows).toHaveLength(1);
    // A span id of another level opens nothing here.
    expect(cache.opened(level, new Set(['span:x:y'])).rows).toHaveLength(1);
  });
});
