// The PDF port: what the report asks of a host's print engine (Chromium over CDP, or Electron's printToPDF).
//
// Both engines run Chromium's Page.printToPDF, so one set of options serves both; the adapters only
// translate units and names (toPlaywrightPdfOptions, toElectronPrintToPdfOptions).

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

/** What a renderer rejects with when its host has no engine to make the PDF (the user must install one). */
export class PdfEngineMissing extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfEngineMissing';
  }
}

export interface PdfRenderer {
  /**
   * The HTML is a complete, self-contained document (no script, no external resource). Rejects with
   * PdfEngineMissing when there is no engine.
   */
  render(html: string, options: PdfOptions): Promise<Buffer>;
  close(): Promise<void>;
}

const mm = (value: number) => `${value}mm`;
const inches = (value: number) => value / 25.4;

/** playwright-core's page.pdf() options (CDP Page.printToPDF). */
export function toPlaywrightPdfOptions(options: PdfOptions) {
  return {
    format: options.pageSize,
    landscape: options.landscape,
    printBackground: options.printBackground,
    displayHeaderFooter: options.displayHeaderFooter,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    margin: {
      top: mm(options.marginsMm.top),
      right: mm(options.marginsMm.right),
      bottom: mm(options.marginsMm.bottom),
      left: mm(options.marginsMm.left),
    },
    preferCSSPageSize: options.preferCSSPageSize,
    tagged: options.tagged,
    outline: options.outline,
  };
}

/**
 * Electron's webContents.printToPDF() options (Electron >= 21: margins in inches). Structural, so this
 * module stays free of 'electron'; src/main/electron/ passes the result straight to printToPDF.
 */
export function toElectronPrintToPdfOptions(options: PdfOptions) {
  return {
    pageSize: options.pageSize,
    landscape: options.landscape,
    printBackground: options.printBackground,
    displayHeaderFooter: options.displayHeaderFooter,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    margins: {
      top: inches(options.marginsMm.top),
      right: inches(options.marginsMm.right),
      bottom: inches(options.marginsMm.bottom),
      left: inches(options.marginsMm.left),
    },
    preferCSSPageSize: options.preferCSSPageSize,
    generateTaggedPDF: options.tagged,
    generateDocumentOutline: options.outline,
  };
}
