// The report's failures as the typed, localized errors the renderer shows.
import type { DeskError } from '../../shared/api/errors';
import { ChromiumNotFound } from './chromium-pdf';

export function reportDeskError(error: unknown): DeskError {
  // Only the browser host can lack an engine: Electron carries its own Chromium.
  if (error instanceof ChromiumNotFound) {
    return { code: 'REPORT_ENGINE_MISSING', messageKey: 'report.error.noEngine' };
  }
  return { code: 'REPORT_FAILED', messageKey: 'report.error.failed' };
}
