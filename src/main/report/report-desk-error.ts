// The report's failures as the typed, localized errors the renderer shows. PDFKit needs nothing installed, so
// every failure is the same one: the report could not be made.
import type { DeskError } from '../../shared/contract/errors';

export function reportDeskError(_error: unknown): DeskError {
  return { code: 'REPORT_FAILED', messageKey: 'report.error.failed' };
}
