// The Chromium print's profile (chromium-pdf.ts): one folder per run, named after its process, removed when the
// renderer closes or the process exits, and, for a run that was killed, when the next one starts.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProcessRunning } from '../main/app/data-folder';

const PREFIX = 'inquiry-desk-pdf-';

/** Removes the profiles of runs whose process is gone; a live run's profile stays. */
export function removeStaleProfiles(root: string = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (!match || isProcessRunning(Number(match[1]))) continue;
    rmSync(join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export interface PdfProfile {
  dir: string;
  remove(): void;
}

export function createPdfProfile(root: string = tmpdir()): PdfProfile {
  removeStaleProfiles(root);
  const dir = mkdtempSync(join(root, `${PREFIX}${process.pid}-`));
  const remove = () => {
    process.removeListener('exit', remove);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', remove);
  return { dir, remove };
}
