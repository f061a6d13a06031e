import { describe, expect, it } from 'vitest';
import type { SavedInquirySummary } from '../../../../shared/contract/vault';
import { earlierInquiries } from './earlier-inquiries';

const summary = (id: string, finalNiss: string, consultedAt: string): SavedInquirySummary => ({
  id,
  finalNiss,
  requestedNiss: finalNiss,
  personName: null,
  period: { from: '2024-01-01', to: '2024-12-31' },
  consultedAt,
  environment: 'demo',
  dataFound: true,
});

describe('earlierInquiries', () => {
  it('keeps the same person’s inquiries saved before this one, newest first', () => {
    const current = {
      id: 'now',
      finalNiss: '88100525954',
      consultedAt: '2025-05-12T10:00:00.000Z',
    };
    const saved = [
      summary('now', '88100525954', '2025-05-12T10:00:00.000Z'),
      summary('old', '88100525954', '2024-01-10T09:00:00.000Z'),
      summary('other', '86021152394', '2025-01-10T09:00:00.000Z'),
      summary('newer', '88100525954', '2025-06-01T09:00:00.000Z'),
      summary('recent', '88100525954', '2025-03-01T09:00:00.000Z'),
    ];
    expect(earlierInquiries(current, saved).map((s) => s.id)).toEqual(['recent', 'old']);
  });
});
