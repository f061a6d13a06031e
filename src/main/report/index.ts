// The report core's public surface: the service, the PDF port and its Chromium adapter, the pure renderers.
export {
  createReportService,
  type ReportFile,
  type ReportService,
  type ReportServiceDeps,
} from './report-service';
export {
  PdfEngineMissing,
  toElectronPrintToPdfOptions,
  toPlaywrightPdfOptions,
  type PdfOptions,
  type PdfRenderer,
} from './pdf-port';
export { createChromiumPdfRenderer, findChromium, ChromiumNotFound } from './chromium-pdf';
export { renderReportHtml } from './report-html';
export { reportPdfOptions } from './page-layout';
export { renderReportCsv } from './report-csv';
export {
  readInquiryJson,
  renderInquiryJson,
  InquiryJsonInvalid,
  type InquiryArchive,
} from './report-json';
export { buildReportModel, type ReportContext } from './report-model';
export { reportFileName } from './report-file-name';
export { createReportActions, type ReportActions } from './report-actions';
export { type ReportOutlet, downloadDelivery } from './report-outlet';
export { REPORT_DOCUMENT_CSP } from './report-csp';
