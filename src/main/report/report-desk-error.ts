// The report's failures as the typed, localized errors the renderer shows.
import type { DeskError } from '../../shared/contract/errors';
// The port's error, not the Chromium adapter's: the Electron host must not load playwright-core.
import { PdfEngineMissing } from './pdf-port';

export function reportDeskError(error: unknown): DeskError {
  if (error instanceof PdfEngineMissing) {
    return { code: 'REPORT_ENGINE_MISSING', messageKey: 'report.error.noEngine' };
  }
  return { code: 'REPORT_FAILED', messageKey: 'report.error.failed' };
}
