// The policy a report document is shown under (print window, print page): its own inline styles, nothing else.
//
// The same as the <meta> policy inside the document (report-html.ts), sent as a header too where the host
// serves it. The report holds no script: whoever prints it calls print() from outside.
export const REPORT_DOCUMENT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
