// The simulator's BCSS services, wired to the synthetic persons: what the transport serves by default.
import { DEMO_PERSONAS, PersonaRegistry, type Persona } from '../personas';
import type { SoapService } from '../soap-service';
import { AccessRegistrations } from './access-registrations';
import { foreignerSituationService } from './foreigner-situation';
import { identifyPersonHandler } from './identify-person';
import { listOfAttestationHandler } from './list-of-attestation';
import { manageAccessHandler } from './manage-access';
import { registerExtractService } from './register-extract';
import type { ValidateOptions } from './schemas';
import { socialInquiryService } from './social-inquiry';
import { ssdnConnectorService } from './ssdn';

export interface DefaultServicesOptions extends ValidateOptions {
  /**
   * The persons the services answer about; the demo persons by default. Benchmarks add generated ones:
   * `[...DEMO_PERSONAS, ...generatePersonas(1000, 42, DEMO_PERSONAS.map((p) => p.niss))]`.
   */
  personas?: readonly Persona[];
  /** The ManageAccess repertory (empty by default): shared by ManageAccess, Social Inquiry and ListOfAttestation. */
  registrations?: AccessRegistrations;
}

/**
 * Social Inquiry, Tx25 (RetrieveTIGroups), ForeignerSituation, and the SSDN connector with ListOfAttestation, ManageAccess and IdentifyPerson,
 * answering from the same persons; a person the CPAS registers through ManageAccess is integrated for it.
 */
export function defaultServices(options: DefaultServicesOptions = {}): SoapService[] {
  const registry = new PersonaRegistry(options.personas ?? DEMO_PERSONAS);
  const registrations = options.registrations ?? new AccessRegistrations();
  const schemas: ValidateOptions = options.schemasDir ? { schemasDir: options.schemasDir } : {};
  return [
    socialInquiryService({ registry, registrations, ...schemas }),
    ssdnConnectorService({
      handlers: [
        listOfAttestationHandler(registry, registrations),
        manageAccessHandler(registry, registrations),
        identifyPersonHandler(options.personas ?? DEMO_PERSONAS),
      ],
      ...schemas,
    }),
    registerExtractService({ registry, registrations, ...schemas }),
    foreignerSituationService({ registry, registrations, ...schemas }),
  ];
}

export {
  SOCIAL_INQUIRY_ACTION,
  SOCIAL_INQUIRY_LEGAL_CONTEXT,
  SOCIAL_INQUIRY_PATH,
} from './social-inquiry';
export { SSDN_CONNECTOR_PATH, SSDN_SEND_XML_ACTION } from './ssdn';
export {
  REGISTER_EXTRACT_ACTION,
  REGISTER_EXTRACT_LEGAL_CONTEXT,
  REGISTER_EXTRACT_PATH,
} from './register-extract';
export {
  FOREIGNER_SITUATION_ACTIONS,
  FOREIGNER_SITUATION_LEGAL_CONTEXT,
  FOREIGNER_SITUATION_PATH,
} from './foreigner-situation';
export { AccessRegistrations, type RegistrationLine } from './access-registrations';
export { MANAGE_ACCESS_SERVICE_ID, MANAGE_ACCESS_VERSION } from './manage-access';
export { IDENTIFY_PERSON_SERVICE_ID, IDENTIFY_PERSON_VERSION } from './identify-person';
export {
  LIST_OF_ATTESTATIONS_SERVICE_ID,
  LIST_OF_ATTESTATIONS_VERSION,
  REQUEST_TYPES,
} from './list-of-attestation';
export {
  NS,
  SCHEMAS,
  validateXml,
  assertValidXml,
  type SchemaName,
  type XmlValidation,
} from './schemas';
