// The report service: the inquiry as PDF, CSV, JSON or HTML, each with its file name; the PDF engine is a port.
import type { Inquiry } from '../../shared/domain/inquiry';
import { createPdfkitEngine, type ReportPdfEngine } from './pdf-engine';
import { renderReportCsvFromModel } from './report-csv';
import { reportFileName } from './report-file-name';
import { renderReportHtmlFromModel } from './report-html';
import { renderInquiryJson } from './report-json';
import { buildReportModel, reportMissingSections, type ReportContext } from './report-model';

export interface ReportFile {
  data: Buffer;
  fileName: string;
  mimeType: string;
}

export interface ReportService {
  pdf(inquiry: Inquiry, context: ReportContext): Promise<ReportFile>;
  csv(inquiry: Inquiry, context: ReportContext): Promise<ReportFile>;
  json(inquiry: Inquiry, context: ReportContext): Promise<ReportFile>;
  /** The printable document itself (what the PDF is made from), e.g. for a print preview. */
  html(inquiry: Inquiry, context: ReportContext): Promise<ReportFile>;
}

export interface ReportServiceDeps {
  /** Default: PDFKit. */
  pdf?: ReportPdfEngine;
  /** The report's "made on" time when the context gives none; tests pin it. */
  now?: () => Date;
}

export function createReportService(deps: ReportServiceDeps): ReportService {
  const now = deps.now ?? (() => new Date());
  const engine = deps.pdf ?? createPdfkitEngine();
  const model = (inquiry: Inquiry, context: ReportContext) =>
    buildReportModel(inquiry, { ...context, generatedAt: context.generatedAt ?? now() });

  return {
    async pdf(inquiry, context) {
      const data = await engine.render(inquiry, model(inquiry, context));
      return {
        data,
        fileName: reportFileName(inquiry, context.language, 'pdf'),
        mimeType: 'application/pdf',
      };
    },
    async csv(inquiry, context) {
      return {
        data: Buffer.from(renderReportCsvFromModel(model(inquiry, context)), 'utf8'),
        fileName: reportFileName(inquiry, context.language, 'csv'),
        mimeType: 'text/csv; charset=utf-8',
      };
    },
    async json(inquiry, context) {
      const exportedBy = {
        cpasName: context.organisation.cpasName,
        cbe: context.organisation.cbe,
        investigator: context.investigator,
      };
      const text = renderInquiryJson(
        inquiry,
        exportedBy,
        context.generatedAt ?? now(),
        reportMissingSections(inquiry, context.language),
      );
      return {
        data: Buffer.from(text, 'utf8'),
        fileName: reportFileName(inquiry, context.language, 'json'),
        mimeType: 'application/json',
      };
    },
    async html(inquiry, context) {
      return {
        data: Buffer.from(renderReportHtmlFromModel(inquiry, model(inquiry, context)), 'utf8'),
        fileName: reportFileName(inquiry, context.language, 'html'),
        mimeType: 'text/html; charset=utf-8',
      };
    },
  };
}
