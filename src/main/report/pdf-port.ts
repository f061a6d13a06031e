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
