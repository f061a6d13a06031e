// DeskApi: a saved inquiry as a file (PDF, CSV, JSON) or on paper; each one audited by the report actions.
import type { DeskHandlers } from '../../../shared/contract/contract';
import type { ReportActions } from '../../report';

export function reportHandlers(report: ReportActions) {
  return {
    exportInquiry: ({ id, format }) => report.export(id, format),
    printInquiry: ({ id }) => report.print(id),
  } satisfies Partial<DeskHandlers>;
}
