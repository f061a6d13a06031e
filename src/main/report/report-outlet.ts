// The report outlet port: how a host puts an exported file or a print in the user's hands (save dialog, download, print dialog).
import type { ReportDelivery, ReportPrinting } from '../../shared/contract/report';
import type { ReportFile } from './report-service';

export interface ReportOutlet {
  /** Electron: a save dialog, then the file written; the browser host: the bytes, for the page to download. */
  deliver(file: ReportFile): Promise<ReportDelivery>;
  /**
   * Prints the report HTML (a self-contained document, no script): Electron opens the system print
   * dialog on it; the browser host serves it once for the page to open and print.
   */
  print(report: ReportFile): Promise<ReportPrinting>;
}

/** The outlet of a host that cannot write to the user's disk: the page downloads what it is given. */
export function downloadDelivery(file: ReportFile): ReportDelivery {
  return {
    kind: 'download',
    fileName: file.fileName,
    mimeType: file.mimeType,
    base64: file.data.toString('base64'),
  };
}
