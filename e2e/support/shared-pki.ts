// Where the e2e suite keeps the demo PKI every browser host of the run shares.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHARED_PKI_DIR = join(
  tmpdir(),
  `inquiry-desk-e2e-pki-${process.getuid?.() ?? 'user'}`,
);
