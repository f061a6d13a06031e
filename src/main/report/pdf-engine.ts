// What makes the report's PDF from the built report: PDFKit in both hosts. (The benchmark compares it with the
// HTML report printed by a Chromium: src/test-support/chromium-pdf.ts.)
import type { Inquiry } from '../../shared/domain/inquiry';
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
