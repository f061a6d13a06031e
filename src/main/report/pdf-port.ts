// The Chromium print port: what printing the HTML report to PDF asks of a Chromium (Page.printToPDF), the
// bench's peer and the tests that check the HTML's print rules. The app's own PDF is PDFKit's (pdf-engine.ts).

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
