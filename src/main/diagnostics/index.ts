// The diagnostic log for the service desk (no personal data).
export { createDiagnosticLog, type DiagnosticEvent, type DiagnosticLog } from './diagnostic-log';
