// What makes the report's PDF from the built report: PDFKit in both hosts (pdfkit-engine.ts), or, for the
// benchmark and the tests that compare, the HTML report printed by a Chromium (chromiumPdfEngine).
import type { Inquiry } from '../../shared/domain/inquiry';
import { reportPdfOptions } from './page-layout';
import type { PdfRenderer } from './pdf-port';
import { renderReportHtmlFromModel } from './report-html';
import type { ReportModel } from './report-model';

export interface ReportPdfEngine {
  render(inquiry: Inquiry, model: ReportModel): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * The report drawn with PDFKit, which is loaded with the first PDF (not at start). Pure Node: no browser,
 * nothing to install; the heavy person's 139 pages in about a second (bench/report.bench.ts).
 */
export function createPdfkitEngine(): ReportPdfEngine {
  return {
    async render(inquiry, model) {
      const { renderReportPdf } = await import('./report-pdf');
      return renderReportPdf(inquiry, model);
    },
    close: async () => {},
  };
}

/** The HTML report through a Chromium-family print engine (what the PDF was made with before PDFKit). */
export function chromiumPdfEngine(renderer: PdfRenderer): ReportPdfEngine {
  return {
    render: (inquiry, model) =>
      renderer.render(renderReportHtmlFromModel(inquiry, model), reportPdfOptions(model)),
    close: () => renderer.close(),
  };
}
