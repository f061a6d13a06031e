import { describe, expect, it } from 'vitest';
import {
  damagedIds,
  newestFirst,
  parseRetentionDays,
  periodText,
  summaryNiss,
  summaryWho,
  timestampParts,
} from './saved-format';

describe('the saved-inquiries list', () => {
  it('shows the final NISS formatted, and the requested one only when it was replaced', () => {
    expect(summaryNiss({ finalNiss: '87041214292', requestedNiss: '87041214292' })).toEqual({
      final: '87.04.12-142.92',
      requested: null,
    });
    expect(summaryNiss({ finalNiss: '85073003328', requestedNiss: '87041214292' })).toEqual({
      final: '85.07.30-033.28',
      requested: '87.04.12-142.92',
    });
    // Not a NISS (should never happen): shown as received rather than hidden.
    expect(summaryNiss({ finalNiss: '123', requestedNiss: '' }).final).toBe('123');
  });

  it('writes periods and instants the Belgian way, in local time', () => {
    expect(periodText({ from: '2024-01-01', to: '2024-12-31' })).toBe('01/01/2024 – 31/12/2024');
    const local = new Date(2025, 4, 12, 14, 32).toISOString();
    expect(timestampParts(local)).toEqual({ date: '12/05/2025', time: '14:32' });
    expect(timestampParts(null)).toBeNull();
    expect(timestampParts('soon')).toBeNull();
  });

  it('keeps the newest consultation first', () => {
    const list = [
      { id: 'a', consultedAt: '2025-01-01T10:00:00.000Z' },
      { id: 'c', consultedAt: '2025-03-01T10:00:00.000Z' },
      { id: 'b', consultedAt: '2025-02-01T10:00:00.000Z' },
    ];
    expect(newestFirst(list).map((s) => s.id)).toEqual(['c', 'b', 'a']);
    expect(list[0]?.id).toBe('a');
  });

  it('names the person by name and NISS, or by NISS alone', () => {
    expect(summaryWho({ personName: 'LEJEUNE Martine', finalNiss: '85073003328' })).toBe(
      'LEJEUNE Martine (85.07.30-033.28)',
    );
    expect(summaryWho({ personName: null, finalNiss: '85073003328' })).toBe('85.07.30-033.28');
  });

  it('knows which listed inquiries sit in a damaged file', () => {
    const ids = damagedIds([
      { file: 'inquiries/a.inq', id: 'x' },
      { file: 'inquiries/b.inq', id: null },
    ]);
    expect([...ids]).toEqual(['x']);
  });

  it('accepts a retention of 1 to 3650 whole days only', () => {
    expect(parseRetentionDays('90')).toBe(90);
    expect(parseRetentionDays(' 1 ')).toBe(1);
    expect(parseRetentionDays('3650')).toBe(3650);
    for (const text of ['0', '3651', '', '1.5', '-3', '1e3', 'abc', '99999']) {
      expect(parseRetentionDays(text), text).toBeNull();
    }
  });
});
