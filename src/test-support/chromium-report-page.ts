// The page a Chromium prints the HTML report on (Page.printToPDF), with the report's header and footer in its
// margins: the benchmark's peer and the tests of the HTML's print rules use it (chromium-pdf.ts). The app's own
// PDF is PDFKit's (src/main/report/pdf-engine.ts), which draws the same header and footer itself.
import { escapeHtml } from '../main/report/escape-html';
import { headerHeightMm, PAGE, REPORT_FONT, secondLine } from '../main/report/page-layout';
import type { ReportModel } from '../main/report/report-model';

export interface PdfMarginsMm {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PdfOptions {
  pageSize: 'A4';
  landscape: boolean;
  printBackground: boolean;
  displayHeaderFooter: boolean;
  /**
   * HTML of every page's header and footer, rendered by Chromium in a document of their own: inline
   * styles only, no scripts or resources; `<span class="pageNumber">` and `totalPages` are filled in.
   */
  headerTemplate: string;
  footerTemplate: string;
  /** In millimetres; the header and footer are drawn inside the top and bottom margins. */
  marginsMm: PdfMarginsMm;
  /** false: the options' page size and orientation win over any CSS @page size. */
  preferCSSPageSize: boolean;
  /** Tagged (accessible) PDF with a document outline built from the headings. */
  tagged: boolean;
  outline: boolean;
}

// Header and footer documents get no styles from the page and a tiny default font: everything inline.
const TEMPLATE_STYLE = `
  .band { box-sizing: border-box; width: 100%; padding: 0 ${PAGE.side}mm; font-family: ${REPORT_FONT};
    color: #1d2733; font-size: 7.5pt; line-height: 1.3; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .top { display: flex; align-items: baseline; gap: 3mm; }
  .demo { flex: none; font-weight: bold; color: #fff; background: #a31515; padding: 0.3mm 1.8mm;
    border: 0.3mm solid #5c0b0b; letter-spacing: 0.02em; }
  .cpas { font-weight: bold; font-size: 8.5pt; }
  .niss { margin-left: auto; font-weight: bold; font-size: 8.5pt; white-space: nowrap; }
  .facts { margin-top: 0.8mm; padding-bottom: 1.2mm; border-bottom: 0.3mm solid #1d2733; overflow-wrap: anywhere; }
  .bottom { display: flex; gap: 4mm; border-top: 0.2mm solid #8a94a3; padding-top: 1mm; font-size: 6.5pt; }
  .notice { flex: 1; }
  .page { flex: none; font-size: 7.5pt; font-weight: bold; white-space: nowrap; }`;

export function headerTemplate(model: ReportModel): string {
  const demo = model.isProduction
    ? ''
    : `<span class="demo">${escapeHtml(model.texts.demoMark)}</span>`;
  return (
    `<style>${TEMPLATE_STYLE}</style><div class="band">` +
    `<div class="top">${demo}<span class="cpas">${escapeHtml(model.cpasName)}</span>` +
    `<span>${escapeHtml(model.texts.cbe)} ${escapeHtml(model.cbe)}</span>` +
    `<span>${escapeHtml(model.texts.title)}</span>` +
    `<span class="niss">${escapeHtml(model.t('result.facts.finalNiss'))} ${escapeHtml(model.niss)}</span></div>` +
    `<div class="facts">${escapeHtml(secondLine(model))}</div></div>`
  );
}

export function footerTemplate(model: ReportModel): string {
  return (
    `<style>${TEMPLATE_STYLE}</style><div class="band"><div class="bottom">` +
    `<span class="notice">${escapeHtml(model.texts.confidential)} ${escapeHtml(model.generatedAt)}.</span>` +
    `<span class="page">${escapeHtml(model.texts.page)} <span class="pageNumber"></span> / <span class="totalPages"></span></span>` +
    `</div></div>`
  );
}

export function reportPdfOptions(model: ReportModel): PdfOptions {
  return {
    pageSize: 'A4',
    landscape: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(model),
    footerTemplate: footerTemplate(model),
    marginsMm: {
      top: headerHeightMm(model),
      right: PAGE.side,
      bottom: PAGE.bottom,
      left: PAGE.side,
    },
    preferCSSPageSize: false,
    // Measured on the heavy person (~130 pages): a tagged PDF takes twice as long and is six times larger
    // (16 MB), and Chromium builds the outline from the tags; both are experimental in Electron too.
    tagged: false,
    outline: false,
  };
}
