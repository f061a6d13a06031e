import { describe, expect, it } from 'vitest';
import { compareIds, compareIsoDates } from './order';

describe('orderings', () => {
  it('sorts ids with numbers as numbers, as localeCompare with the numeric option does', () => {
    const ids = ['item-10', 'item-9', 'item-100', 'forms-2', 'Item-1'];
    expect([...ids].sort(compareIds)).toEqual(
      [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    );
    expect([...ids].sort(compareIds).slice(2)).toEqual(['item-9', 'item-10', 'item-100']);
  });

  it('sorts ISO dates chronologically, equal dates as equal', () => {
    expect(['2024-03-01', '1999-12-31', '2024-02-29'].sort(compareIsoDates)).toEqual([
      '1999-12-31',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(compareIsoDates('2024-01-01', '2024-01-01')).toBe(0);
  });
});
