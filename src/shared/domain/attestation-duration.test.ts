import fc from 'fast-check';
import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { attestationDuration, attestationEnd, OPEN_DURATION } from './attestation-duration';

const d = (months: number, weeks: number, days: number) => ({ months, weeks, days });

describe('attestation Duration', () => {
  it('reads whole months, weeks and days from the begin date', () => {
    expect(attestationEnd('2022-09-01', d(12, 0, 0))).toBe('2023-08-31');
    expect(attestationEnd('2023-05-10', d(0, 0, 1))).toBe('2023-05-10');
    expect(attestationEnd('2024-01-01', d(0, 2, 3))).toBe('2024-01-17');
    expect(attestationEnd('2024-01-01', d(1, 1, 1))).toBe('2024-02-08');
    expect(attestationEnd('2024-01-01', OPEN_DURATION)).toBeNull();
  });

  it('writes a span as the most months, then weeks and days', () => {
    expect(attestationDuration('2022-09-01', '2023-08-31')).toEqual(d(12, 0, 0));
    expect(attestationDuration('2023-05-10', '2023-05-10')).toEqual(d(0, 0, 1));
    expect(attestationDuration('2021-03-01', '2021-12-31')).toEqual(d(10, 0, 0));
    expect(attestationDuration('2023-07-01', '2023-08-31')).toEqual(d(2, 0, 0));
    expect(attestationDuration('2024-01-01', '2024-01-17')).toEqual(d(0, 2, 3));
    expect(attestationDuration('2024-01-01', undefined)).toEqual(OPEN_DURATION);
    expect(() => attestationDuration('2024-01-02', '2024-01-01')).toThrow();
  });

  it('handles month-end starts and leap years', () => {
    // January 31 + 1 month is February's last day (date-fns clamps).
    expect(attestationDuration('2023-01-31', '2023-02-27')).toEqual(d(1, 0, 0));
    expect(attestationEnd('2023-01-31', d(1, 0, 0))).toBe('2023-02-27');
    expect(attestationDuration('2024-01-31', '2024-02-28')).toEqual(d(1, 0, 0));
    expect(attestationDuration('2024-01-31', '2024-02-29')).toEqual(d(1, 0, 1));
    expect(attestationEnd('2024-01-31', d(1, 0, 1))).toBe('2024-02-29');
    expect(attestationDuration('2024-02-29', '2025-02-27')).toEqual(d(12, 0, 0));
    expect(attestationDuration('2024-02-29', '2025-02-28')).toEqual(d(12, 0, 1));
    expect(attestationDuration('2023-03-31', '2023-04-29')).toEqual(d(1, 0, 0));
    expect(attestationDuration('2023-03-31', '2023-04-30')).toEqual(d(1, 0, 1));
    for (const [begin, end] of [
      ['2023-01-31', '2023-03-30'],
      ['2024-01-31', '2024-03-01'],
      ['2024-02-29', '2028-02-28'],
      ['2020-12-31', '2021-12-30'],
      ['2023-10-29', '2024-03-31'],
    ] as const) {
      expect(attestationEnd(begin, attestationDuration(begin, end)), `${begin} ${end}`).toBe(end);
    }
  });

  it('round-trips every span exactly', () => {
    const start = new Date(2000, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 30 }),
        fc.integer({ min: 0, max: 365 * 8 }),
        (offset, length) => {
          const begin = format(addDays(start, offset), 'yyyy-MM-dd');
          const end = format(addDays(start, offset + length), 'yyyy-MM-dd');
          const duration = attestationDuration(begin, end);
          expect(duration.days).toBeLessThan(7);
          expect(duration.weeks).toBeLessThan(5);
          expect(attestationEnd(begin, duration)).toBe(end);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
