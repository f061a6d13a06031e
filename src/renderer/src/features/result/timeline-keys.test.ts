import { describe, expect, it } from 'vitest';
import type { TimelineItemRow } from './timeline-model';
import { keyAction, nearestInLine, navLines } from './timeline-keys';

const DAY = 24 * 60 * 60 * 1000;
const at = (day: number) => new Date(Date.UTC(2020, 0, 1) + day * DAY);

function item(
  id: string,
  group: string,
  startDay: number,
  days = 10,
  subgroupOrder?: number,
): TimelineItemRow {
  return {
    id,
    group,
    ...(subgroupOrder !== undefined ? { subgroup: `cpas-${subgroupOrder}`, subgroupOrder } : {}),
    start: at(startDay),
    end: at(startDay + days),
    type: 'range',
    className: '',
    content: id,
  };
}

const order = new Map([
  ['lane:residence', 0],
  ['lane:forms:RIS', 1],
  ['lane:piis', 2],
]);
const rows = [
  item('r2', 'lane:residence', 100),
  item('r1', 'lane:residence', 0),
  item('f0', 'lane:forms:RIS', 50, 10, 0),
  item('f1', 'lane:forms:RIS', 400, 10, 1),
  item('p1', 'lane:piis', 95),
  { ...item('bg', 'lane:piis', 0, 999), type: 'background' as const },
  item('hidden', 'lane:status', 0),
];
const lines = navLines(rows, order);

describe('the timeline from the keyboard', () => {
  it('walks lines in drawing order (each CPAS row its own line), items in date order, no backgrounds', () => {
    expect(lines.map((l) => l.items.map((i) => i.id))).toEqual([
      ['r1', 'r2'],
      ['f0'],
      ['f1'],
      ['p1'],
    ]);
  });

  it('left and right move within a line and stop at its ends', () => {
    expect(keyAction('ArrowRight', lines, 'r1', 0)).toEqual({ kind: 'move', id: 'r2' });
    expect(keyAction('ArrowLeft', lines, 'r2', 0)).toEqual({ kind: 'move', id: 'r1' });
    expect(keyAction('ArrowRight', lines, 'r2', 0)).toBeNull();
  });

  it('up and down go to the nearest item in time of the next line that has one', () => {
    expect(keyAction('ArrowDown', lines, 'r2', 0)).toEqual({ kind: 'move', id: 'f0' });
    expect(keyAction('ArrowDown', lines, 'f1', 0)).toEqual({ kind: 'move', id: 'p1' });
    expect(keyAction('ArrowUp', lines, 'p1', 0)).toEqual({ kind: 'move', id: 'f1' });
    expect(keyAction('ArrowUp', lines, 'r1', 0)).toBeNull();
  });

  it('home and end go to the first and last item of the line', () => {
    expect(keyAction('End', lines, 'r1', 0)).toEqual({ kind: 'move', id: 'r2' });
    expect(keyAction('Home', lines, 'r2', 0)).toEqual({ kind: 'move', id: 'r1' });
  });

  it('page keys pan, plus and minus zoom, Enter opens, D sets the date cursor', () => {
    expect(keyAction('PageDown', lines, 'r1', 0)).toEqual({ kind: 'pan', direction: 1 });
    expect(keyAction('PageUp', lines, 'r1', 0)).toEqual({ kind: 'pan', direction: -1 });
    expect(keyAction('+', lines, 'r1', 0)).toEqual({ kind: 'zoom', direction: 1 });
    expect(keyAction('-', lines, 'r1', 0)).toEqual({ kind: 'zoom', direction: -1 });
    expect(keyAction('Enter', lines, 'r1', 0)).toEqual({ kind: 'activate' });
    expect(keyAction('d', lines, 'r1', 0)).toEqual({ kind: 'cursor' });
    expect(keyAction('x', lines, 'r1', 0)).toBeNull();
  });

  it('with no active item, an arrow starts at the first line’s item nearest the window’s middle', () => {
    expect(keyAction('ArrowRight', lines, null, at(120).getTime())).toEqual({
      kind: 'move',
      id: 'r2',
    });
    expect(keyAction('d', lines, null, 0)).toBeNull();
  });

  it('after a pan, the active line’s item nearest the new middle', () => {
    expect(nearestInLine(lines, 'r1', at(105).getTime())).toBe('r2');
    expect(nearestInLine(lines, null, at(0).getTime())).toBe('r1');
  });
});
