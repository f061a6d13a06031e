// What the renderer asks of the report and what comes back: the export formats and how a file reached the user.
import { z } from 'zod';

export const REPORT_FORMATS = ['pdf', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const reportFormatSchema = z.enum(REPORT_FORMATS);

/** What the report shows besides the inquiry: the result screen's situation day, a compared earlier inquiry. */
export interface ReportOptions {
  /** ISO day of the situation printed; default: the result screen's default day. */
  situationDate?: string;
  /** Id of an earlier saved inquiry of the same person: the report adds the changes since it. */
  compareWith?: string;
}

/**
 * How an exported file reached the user. The Electron host writes it where the save dialog said
 * ('saved') or not at all ('cancelled'); the browser host cannot write to the user's disk, so it hands
 * the bytes back for the page to download ('download').
 */
export type ReportDelivery =
  /** `path`: where the file was written, as the user chose it. */
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | {
      kind: 'download';
      fileName: string;
      mimeType: string;
      /** The file's bytes, base64: results cross the door as JSON in the browser host. */
      base64: string;
    };

/**
 * How printing went. Electron opens the system print dialog itself ('printed' or 'cancelled'); the
 * browser host serves the report once at a one-use address that the page opens and prints ('open').
 */
export type ReportPrinting =
  | { kind: 'printed' }
  | { kind: 'cancelled' }
  | {
      kind: 'open';
      /** Relative to the app's origin; served once, shortly. */
      path: string;
    };
