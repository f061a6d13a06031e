// Test-only: the assembled main process of the browser host on a data folder of its own, against the demo
// simulator (one shared demo PKI).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeskHandlers } from '../shared/contract/contract';
import { DeskFailure } from '../shared/contract/errors';
import { composeDesk, type DeskOptions } from '../main/app/compose';
import { createConfStore } from '../main/settings/conf-store';
import { createKeyFileBox, type SecretBox } from '../main/vault';
import { createBrowserReportOutlet } from '../main/web/browser-report-outlet';
import { createReportPages } from '../main/web/report-pages';
import { simulatorAddresses } from './configured-settings';
import { DEMO_CBE, TEST_PKI_DIR, type DemoPki, type Simulator } from './simulator';

export interface TestDesk {
  handlers: Required<DeskHandlers>;
  dataDir: string;
  close(): Promise<void>;
  /** Resolves once the policy file (INQUIRY_DESK_POLICY_FILE in `env`) has been applied. */
  policyApplied: Promise<unknown>;
}

export function composeTestDesk(
  options: {
    dataDir?: string;
    secretBox?: () => SecretBox;
    /** The demo's switches, e.g. INQUIRY_DESK_SIMULATOR_VERSION, INQUIRY_DESK_SIMULATOR_FAULTS. */
    env?: Record<string, string>;
    /** The Electron host's dialog for list files (the browser host has none). */
    pickListFiles?: DeskOptions['pickListFiles'];
  } = {},
): TestDesk {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'inquiry-desk-desk-'));
  const composed = composeDesk({
    host: 'browser',
    dataDir,
    preferencesStore: createConfStore(dataDir),
    secretBox:
      options.secretBox ?? (() => createKeyFileBox({ path: join(dataDir, 'keys', 'vault.key') })),
    env: { INQUIRY_DESK_DEMO_PKI_DIR: TEST_PKI_DIR, ...options.env },
    report: { outlet: createBrowserReportOutlet(createReportPages()) },
    pickListFiles: options.pickListFiles,
  });
  return {
    handlers: composed.handlers as Required<DeskHandlers>,
    dataDir,
    close: composed.close,
    policyApplied: composed.policyApplied,
  };
}

/** The typed error a handler refused with, whether it threw at once or rejected; a success fails the test. */
export async function deskFailureOf(call: () => unknown): Promise<DeskFailure['error']> {
  try {
    await call();
  } catch (error) {
    if (error instanceof DeskFailure) return error.error;
    throw error;
  }
  throw new Error('expected a DeskFailure');
}

/**
 * Configures the desk as a CPAS's IT would for the test environment, pointing at a simulator: organisation,
 * investigator, the environment's addresses (simulatorAddresses) and CA (the simulator's demo CA only). The certificate is left to
 * the test: importing it is often what a test is about.
 */
export async function configureTestEnvironment(
  handlers: Required<DeskHandlers>,
  simulator: Simulator,
  pki: DemoPki,
): Promise<void> {
  await handlers.saveOrganisation({ cpasName: 'CPAS de Demoville', cbe: DEMO_CBE });
  await handlers.saveInvestigator({
    name: 'Enquêtrice de test',
    ssin: '80031410116',
    email: 'enquetes@cpas-demoville.example',
  });
  await handlers.updateEnvironment({
    name: 'test',
    patch: {
      ...simulatorAddresses(simulator.url),
      trustSystemCas: false,
      caBundlePem: pki.caCertPem,
      connectTimeoutMs: 3000,
      responseTimeoutMs: 5000,
    },
  });
}
