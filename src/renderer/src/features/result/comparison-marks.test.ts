import { describe, expect, it } from 'vitest';
import { compareInquiries } from '../../../../shared/comparison';
import { inquiry } from '../../../../test-support/builders';
import { formItem, municipalityItem } from '../../../../test-support/findings-fixtures';
import { changeMarks, withChangeClass } from './comparison-marks';

const ref = (text: string) => [{ key: 'reference' as const, kind: 'text' as const, text }];

describe('changeMarks', () => {
  const decision = () => formItem('RIS', 'B', '2022-01-01', null, { details: ref('R/1') });
  const earlier = inquiry([decision(), municipalityItem('Namur', '2020-01-01', null)], {
    id: 'a',
  });
  const later = inquiry(
    [
      decision(),
      formItem('RIS', 'D', '2024-02-01', '2024-02-29', { details: ref('R/2') }),
      municipalityItem('Namur', '2020-01-01', '2025-02-28'),
      municipalityItem('Liège', '2025-03-01', null),
    ],
    { id: 'b' },
  );
  const [bar, claim, namur, liege] = later.items.map((i) => i.id);

  it('marks each item by its change; a claim drawn inside its aid marks the bar as changed', () => {
    const comparison = compareInquiries(earlier, later);
    const marks = changeMarks(comparison, new Map([[claim!, bar!]]));
    expect(Object.fromEntries(marks)).toEqual({
      [namur!]: 'change-ended',
      [liege!]: 'change-added',
      [bar!]: 'change-changed',
    });
  });

  it('marks nothing without a comparison', () => {
    expect(changeMarks(null, new Map()).size).toBe(0);
  });

  it('replaces an earlier change class, keeps the others', () => {
    expect(withChangeClass('aid-period change-added is-open', 'change-ended')).toBe(
      'aid-period is-open change-ended',
    );
    expect(withChangeClass('aid-period change-added', undefined)).toBe('aid-period');
  });
});
