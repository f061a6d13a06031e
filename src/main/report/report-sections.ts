// The report's sections, in the order both documents print them: the HTML (report-html.ts, for the print
// dialog and Chromium) and the PDF (report-pdf.ts, PDFKit). Each renderer keeps a Record keyed by these ids,
// so a section added here does not compile until both documents draw it.
export const REPORT_SECTIONS = [
  'cover',
  'findings',
  'situation',
  'comparison',
  'timeline',
  'lanes',
  'registerExtract',
  'foreignerSituation',
] as const;

export type ReportSectionId = (typeof REPORT_SECTIONS)[number];
