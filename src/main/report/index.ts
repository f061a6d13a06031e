// The report core's public surface: the service, its PDF engine (PDFKit), the pure renderers.
export {
  createReportService,
  type ReportFile,
  type ReportService,
  type ReportServiceDeps,
} from './report-service';
export { createPdfkitEngine, type ReportPdfEngine } from './pdf-engine';
export { renderReportHtml } from './report-html';
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
