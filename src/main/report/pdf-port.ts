// The page a Chromium prints the HTML report on (Page.printToPDF): the benchmark's peer and the tests of the
// HTML's print rules use it (src/test-support/chromium-pdf.ts). The app's own PDF is PDFKit's (pdf-engine.ts).

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
