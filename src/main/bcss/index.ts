// The BCSS client: the services' requests and answers, and the one audited way to send them (gateway.ts).
export { type BcssCallEvent, type BcssCallRecorder } from './audited-call';
export {
  createBcssGateway,
  type BcssEndpoint,
  type BcssGateway,
  type BcssGatewayOptions,
  type BcssLine,
  type BcssSession,
  type CallContext,
} from './gateway';
export { askSocialInquiry } from './social-inquiry-call';
export {
  type TransportConfig,
  type ClientCertificate,
  classifyNetworkError,
  proxyRefusal,
  proxyUnreachable,
  TransportFailure,
} from './transport';
export {
  ProxyConfigError,
  proxyRoute,
  resolveProxyRoute,
  type ProxyConfig,
  type ProxyResolver,
  type ProxyRoute,
} from './proxy';
export {
  buildSsdnRequest,
  callListOfAttestation,
  LIST_OF_ATTESTATIONS,
  SSDN_CONNECTOR,
} from './list-of-attestation-call';
export { buildEnvelope, callSoap } from './soap';
export {
  buildSocialInquiryRequest,
  readSocialInquiryAnswer,
  SOCIAL_INQUIRY,
  SOCIAL_INQUIRY_LEGAL_CONTEXT,
  SOCIAL_INQUIRY_REPEATED,
} from './social-inquiry';
export { toDeskError } from './desk-error';
export { BcssStatusError, BcssFault, BcssHttpError } from './failures';
export {
  ATTESTATION_REQUESTS,
  readAttestationItems,
  type AttestationRequestType,
} from './list-of-attestation';
export {
  FOREIGNER_SITUATION,
  consultEmploymentInfos,
  consultSpecialInfos,
} from './foreigner-situation';
export {
  IDENTIFY_PERSON,
  SearchCriteriaError,
  searchPersons,
  type PhoneticSearchCall,
} from './identify-person';
export { type SsdnCallBase } from './ssdn-call';
export { type NewStyleService } from './new-style-call';
export {
  MANAGE_ACCESS,
  listRegistrations,
  registerPerson,
  unregisterPerson,
} from './manage-access';
export { REGISTER_EXTRACT, retrieveRegisterExtract } from './register-extract';
export {
  CertificateError,
  readClientCertificate,
  type CertificateInfo,
} from './client-certificate';
export { MalformedXml } from './xml';
export { ANSWER_LIMITS, type AnswerService } from './answer-limits';
