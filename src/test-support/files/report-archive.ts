// Test-only: the report's JSON archive as the end-to-end tests read it back (the app's own reader).
export { readInquiryJson, type InquiryArchive } from '../../main/report';
