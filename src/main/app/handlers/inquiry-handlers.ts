// DeskApi: running an inquiry (kept in the vault by the service), its progress and its cancellation, and the
// retry of the sections a kept inquiry misses.
import type { DeskHandlers } from '../../../shared/contract/contract';
import type { InquiryService } from '../../inquiry';

export function inquiryHandlers(inquiry: InquiryService) {
  return {
    runInquiry: (request) => inquiry.run(request),
    getInquiryProgress: ({ requestId }) => inquiry.progress(requestId),
    cancelInquiry: ({ requestId }) => inquiry.cancel(requestId),
    retryMissingSections: ({ id, requestTypes }) => inquiry.retryMissing(id, requestTypes),
  } satisfies Partial<DeskHandlers>;
}
