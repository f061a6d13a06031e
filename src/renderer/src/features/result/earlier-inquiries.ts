// The inquiries a result can be compared with: the same person's (same final NISS), saved before it.
import type { SavedInquirySummary } from '../../../../shared/contract/vault';
import type { Inquiry } from '../../../../shared/domain/inquiry';

/** The saved inquiries of the same person made before this one, newest first. */
export function earlierInquiries(
  inquiry: Pick<Inquiry, 'id' | 'finalNiss' | 'consultedAt'>,
  saved: readonly SavedInquirySummary[],
): SavedInquirySummary[] {
  return saved
    .filter(
      (s) =>
        s.finalNiss === inquiry.finalNiss &&
        s.id !== inquiry.id &&
        s.consultedAt < inquiry.consultedAt,
    )
    .sort((a, b) => b.consultedAt.localeCompare(a.consultedAt));
}
