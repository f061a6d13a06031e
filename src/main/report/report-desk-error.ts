// The report's failures as the typed, localized errors the renderer shows.
import type { DeskError } from '../../shared/api/errors';
import { ChromiumNotFound } from './chromium-pdf';

/** Another host's engine may say it is missing the same way: by this error's name. */
export class PdfEngineMissing extends Error {
  constructor(message = 'No engine to print the report with.') {
    super(message);
    this.name = 'PdfEngineMissing';
  }
}

export function reportDeskError(error: unknown): DeskError {
  if (error instanceof ChromiumNotFound || error instanceof PdfEngineMissing) {
    return { code: 'REPORT_ENGINE_MISSING', messageKey: 'report.error.noEngine' };
  }
  return { code: 'REPORT_FAILED', messageKey: 'report.error.failed' };
}
