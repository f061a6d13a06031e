import { describe, expect, it } from 'vitest';
import { art35Item, contextOf } from '../../test-support/findings-fixtures';
import { art35 } from './art35';

describe('art. 35', () => {
  it('gives the counter and the day the ceiling is reached at the current pace', () => {
    const running = art35Item('2025-01-01', '2025-12-31', 1000, '2021-03-01');
    const [finding] = art35(contextOf([running], '2025-05-12'));
    expect(finding).toMatchObject({ message: 'art35', severity: 'check', itemIds: [running.id] });
    expect(finding!.params).toMatchObject({
      days: 1000,
      first: '01/03/2021',
      ceiling: '16/08/2025',
    });
  });

  it('says when the ceiling is reached', () => {
    const [finding] = art35(contextOf([art35Item('2021-03-01', '2024-03-01', 1096, '2021-03-01')]));
    expect(finding).toMatchObject({ message: 'art35Reached', severity: 'check' });
  });

  it('is information only far from the ceiling, and nothing without a counter', () => {
    const [finding] = art35(contextOf([art35Item('2025-01-01', '2025-12-31', 100, '2025-01-01')]));
    expect(finding!.severity).toBe('info');
    expect(art35(contextOf([]))).toEqual([]);
  });
});
