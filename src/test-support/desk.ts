// Test-only: the assembled main process of the browser host on a data folder of its own, against the demo
// simulator (one shared demo PKI), with a stand-in PDF engine.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeskHandlers } from '../shared/contract/contract';
import { DeskFailure } from '../shared/contract/errors';
import { composeDesk } from '../main/app/compose';
import type { PdfRenderer } from '../main/report';
import { createConfStore } from '../main/settings/conf-store';
import { createKeyFileBox, type SecretBox } from '../main/vault';
import { createBrowserReportOutlet } from '../main/web/browser-report-outlet';
import { createReportPages } from '../main/web/report-pages';
import { TEST_PKI_DIR } from './simulator';

/** Stands in for Chromium: what the report asks of it is tested in src/main/report. */
export const fakePdf: PdfRenderer = {
  render: async (html) => Buffer.from(`%PDF-fake ${html.length}`),
  close: async () => {},
};

export interface TestDesk {
  handlers: Required<DeskHandlers>;
  dataDir: string;
  close(): Promise<void>;
  /** Resolves once the policy file (INQUIRY_DESK_POLICY_FILE in `env`) has been applied. */
  policyApplied: Promise<unknown>;
}

export function composeTestDesk(
  options: { dataDir?: string; secretBox?: () => SecretBox; env?: NodeJS.ProcessEnv } = {},
): TestDesk {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'inquiry-desk-desk-'));
  const composed = composeDesk({
    host: 'browser',
    dataDir,
    preferencesStore: createConfStore(dataDir),
    secretBox:
      options.secretBox ?? (() => createKeyFileBox({ path: join(dataDir, 'keys', 'vault.key') })),
    env: { INQUIRY_DESK_DEMO_PKI_DIR: TEST_PKI_DIR, ...options.env },
    report: { pdf: fakePdf, outlet: createBrowserReportOutlet(createReportPages()) },
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
