// TODO header
export { createInquiryService, type InquiryService, type BcssEndpoint } from './inquiry-service';
export { validNiss, validPeriod } from './request-checks';
