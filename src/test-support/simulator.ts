// Test-only: the tests' one door into the BCSS simulator (production code reaches it through main/demo only),
// and the one place of the demo PKI every test shares: generating a PKI takes seconds.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDemoPki, type DemoPki } from '../simulator/pki';

export {
  CLEAN_PERSONA,
  COMPARISON_PERSONA,
  DEMO_PERSONAS,
  FINDING_PERSONAS,
  demoPersona,
  PersonaRegistry,
  REPLACEMENT_NISS,
  type Persona,
} from '../simulator/personas';
export { socialInquiryService } from '../simulator/services/social-inquiry';
export { DEMO_CBE, OTHER_CBE, ensureDemoPki, type DemoPki } from '../simulator/pki';
export { startSimulator, type Simulator } from '../simulator/server';
export { defaultServices } from '../simulator/services';
export { validateXml } from '../simulator/services/schemas';
export type { SoapService } from '../simulator/soap-service';
export { DEMO_INVESTIGATOR, demoEndpoint } from '../main/demo';

/** The demo PKI shared by every unit and end-to-end test of this user (generated once, then reused). */
export const TEST_PKI_DIR = join(tmpdir(), `inquiry-desk-test-pki-${process.getuid?.() ?? 'user'}`);

/** The shared test PKI, generated on first use. */
export const testPki = (): Promise<DemoPki> => ensureDemoPki(TEST_PKI_DIR);
