// DeskApi: a saved inquiry as a file (PDF, CSV, JSON) or on paper; each one audited by the report actions.
import type { DeskHandlers } from '../../../shared/contract/contract';
import type { ReportActions } from '../../report';

export function reportHandlers(report: ReportActions) {
  return {
    exportInquiry: ({ id, format, situationDate, compareWith }) =>
      report.export(id, format, { situationDate, compareWith }),
    printInquiry: ({ id, situationDate, compareWith }) =>
      report.print(id, { situationDate, compareWith }),
  } satisfies Partial<DeskHandlers>;
}
