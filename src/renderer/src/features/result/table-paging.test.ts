import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, rowsToShow } from './table-paging';

const rows = Array.from({ length: 450 }, (_, i) => ({ id: `r${i}` }));

describe('rowsToShow', () => {
  it('keeps the page shown when nothing is wanted or the wanted rows are in it', () => {
    expect(rowsToShow(rows, [], PAGE_SIZE)).toBe(PAGE_SIZE);
    expect(rowsToShow(rows, ['r3', 'r99'], PAGE_SIZE)).toBe(PAGE_SIZE);
    expect(rowsToShow(rows, ['not-in-this-lane'], PAGE_SIZE)).toBe(PAGE_SIZE);
  });

  it('grows by whole pages up to the last wanted row', () => {
    expect(rowsToShow(rows, ['r3', 'r100'], PAGE_SIZE)).toBe(200);
    expect(rowsToShow(rows, ['r420'], PAGE_SIZE)).toBe(500);
  });

  it('never shrinks what the user asked to see', () => {
    expect(rowsToShow(rows, ['r3'], 300)).toBe(300);
  });
});
