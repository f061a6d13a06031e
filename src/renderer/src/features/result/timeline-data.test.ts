import { describe, expect, it } from 'vitest';
import { DataSet } from 'vis-data/peer';
import type { TimelineItemRow } from './timeline-model';
import { drawAt, emptyShownRows, openSpan, showLevel } from './timeline-data';
import { createSpanCache, isSpanId, levelScale, zoomLevel, type SpanWords } from './timeline-spans';

const DAY = 24 * 60 * 60 * 1000;
const words: SpanWords = { label: (title, count) => `${title} · ${count}`, dates: () => '' };
const monthly: TimelineItemRow[] = Array.from({ length: 24 }, (_, i) => ({
  id: `m${i}`,
  group: 'g',
  start: new Date(Date.UTC(2020, 0, 1) + i * 30 * DAY),
  end: new Date(Date.UTC(2020, 0, 1) + (i + 1) * 30 * DAY),
  type: 'range',
  className: 'lane-forms',
  content: 'CPAS de Liège',
  span: { track: 'g', title: 'RIS', noun: 'forms', count: 1 },
}));

function levelData() {
  return {
    items: new DataSet<TimelineItemRow>(),
    shown: emptyShownRows(),
    spans: createSpanCache(monthly, words),
    groups: 'groups',
  };
}

describe('the timeline’s data and window', () => {
  it('gives the data first, then the window (the other order lays items out one by one)', () => {
    const calls: string[] = [];
    const data = levelData();
    const window = { start: new Date(Date.UTC(2000, 0, 1)), end: new Date(Date.UTC(2030, 0, 1)) };
    drawAt(
      {
        setData: (given) => {
          // The window's level is in the DataSet before vis-timeline sees it.
          calls.push(`setData:${given.items.length}`);
        },
        setWindow: (start, end, options) =>
          calls.push(
            `setWindow:${start.getUTCFullYear()}-${end.getUTCFullYear()}:${options.animation}`,
          ),
      },
      data,
      window,
      1000,
    );
    expect(calls).toEqual(['setData:1', 'setWindow:2000-2030:false']);
    expect(isSpanId(data.items.getIds()[0] as string)).toBe(true);
  });

  it('a change of level updates the DataSet by difference; the same level again changes nothing', () => {
    const data = levelData();
    const coarse = zoomLevel(30 * DAY);
    const fine = zoomLevel(DAY / 10);
    expect(showLevel(data, coarse)).toBe(true);
    expect(data.items.length).toBe(1);
    expect(showLevel(data, coarse)).toBe(false);
    expect(showLevel(data, fine)).toBe(true);
    expect(data.items.getIds()).toEqual(monthly.map((m) => m.id));
    expect(levelScale(fine)).toBeLessThan(DAY);
  });

  it('a span opened stays open while the level stays, and closes when it changes', () => {
    const data = levelData();
    const coarse = zoomLevel(30 * DAY);
    showLevel(data, coarse);
    const span = data.items.getIds()[0] as string;
    expect(openSpan(data, span)).toEqual(monthly.map((m) => m.id));
    expect(data.items.length).toBe(monthly.length);
    expect(data.items.get(span)).toBeNull();
    expect(showLevel(data, coarse)).toBe(false);
    showLevel(data, coarse + 1);
    expect(data.shown.open.size).toBe(0);
    expect(data.items.length).toBe(1);
  });
});
