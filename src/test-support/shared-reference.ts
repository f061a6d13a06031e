// Test-only: the project's reference documents (../shared beside the clone: seeds, official schemas), found
// relative to the repository, never at a machine's own path. CI always has them, so there a missing
// folder fails the tests that need it; elsewhere those tests are skipped and say why.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared folder: INQUIRY_DESK_SHARED_DIR, or `shared/` beside the repository. */
export const SHARED_DIR = process.env.INQUIRY_DESK_SHARED_DIR || join(REPO, '..', 'shared');

/** The path of a reference document, and whether a test may run without it (not in CI). */
export function sharedReference(relative: string): { path: string; skip: boolean } {
  const path = join(SHARED_DIR, relative);
  const present = existsSync(path);
  if (!present && !process.env.CI)
    console.warn(`Skipped: ${path} is missing (the project's shared folder, beside the clone).`);
  return { path, skip: !present && !process.env.CI };
}
