// TODO header
export { createBcssCallRunner } from './bcss-call-runner';
export { createIdentifyPersonService, type IdentifyPersonService } from './identify-person-service';
export { createManageAccessService, type ManageAccessService } from './manage-access-service';
export {
  createForeignerSituationService,
  type ForeignerSituationService,
} from './foreigner-situation-service';
export {
  createRegisterExtractService,
  type RegisterExtractService,
} from './register-extract-service';
export { createSupplementsService, type SupplementsService } from './supplements-service';
export {
  createRepertoryRecord,
  recordingRepertory,
  type RepertoryRecord,
} from './repertory-record';
