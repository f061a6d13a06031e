// The simulator's BCSS services, wired to the synthetic persons: what the transport serves by default.
import { DEMO_PERSONAS, PersonaRegistry, type Persona } from '../personas';
import type { SoapService } from '../soap-service';
import { listOfAttestationHandler } from './list-of-attestation';
import type { ValidateOptions } from './schemas';
import { socialInquiryService } from './social-inquiry';
import { ssdnConnectorService } from './ssdn';

export interface DefaultServicesOptions extends ValidateOptions {
  /**
   * The persons the services answer about; the demo persons by default. Benchmarks add generated ones:
   * `[...DEMO_PERSONAS, ...generatePersonas(1000, 42, DEMO_PERSONAS.map((p) => p.niss))]`.
   */
  personas?: readonly Persona[];
}

/** Social Inquiry, and the SSDN connector with ListOfAttestation, answering from the same persons. */
export function defaultServices(options: DefaultServicesOptions = {}): SoapService[] {
  const registry = new PersonaRegistry(options.personas ?? DEMO_PERSONAS);
  const schemas: ValidateOptions = options.schemasDir ? { schemasDir: options.schemasDir } : {};
  return [
    socialInquiryService({ registry, ...schemas }),
    ssdnConnectorService({ handlers: [listOfAttestationHandler(registry)], ...schemas }),
  ];
}

export {
  SOCIAL_INQUIRY_ACTION,
  SOCIAL_INQUIRY_LEGAL_CONTEXT,
  SOCIAL_INQUIRY_PATH,
} from './social-inquiry';
export { SSDN_CONNECTOR_PATH, SSDN_SEND_XML_ACTION } from './ssdn';
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
