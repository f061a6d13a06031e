// The Electron host's PdfRenderer: the report loaded in a hidden, script-less window, then webContents.printToPDF.
import { toElectronPrintToPdfOptions, type PdfRenderer } from '../report';
import { withReportWindow } from './report-window';

export function createElectronPdfRenderer(): PdfRenderer {
  let closed = false;
  return {
    async render(html, options) {
      if (closed) throw new Error('The PDF renderer is closed.');
      return withReportWindow(html, async (window) =>
        Buffer.from(await window.webContents.printToPDF(toElectronPrintToPdfOptions(options))),
      );
    },
    // Each render destroys its window: nothing is kept between reports.
    async close() {
      closed = true;
    },
  };
}
