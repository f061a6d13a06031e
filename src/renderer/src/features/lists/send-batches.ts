// The browser host's page sends the list files the user chose (files, or a folder's): in calls that fit the host's
// 4 MB limit, a file too big to send set aside (the user types its folder instead, read in main as a stream).
import type { ListImportOutcome } from '../../../../shared/contract/lists';

/** base64 adds a third: a 2 MB file is under 3 MB on the wire, the contract's limit per file. */
export const MAX_SENT_BYTES = 2 * 1024 * 1024;
const MAX_CALL_BYTES = 2 * 1024 * 1024;
const MAX_CALL_FILES = 50;

/** What the page knows of a chosen file (a DOM File has these). */
export interface ChosenFile {
  name: string;
  size: number;
  /** 'folder/file.xml' when chosen with a folder; '' otherwise. */
  webkitRelativePath: string;
}

/** The files to send, in calls that fit the browser host's limit; what is too big to send is set aside. */
export function sendBatches<F extends ChosenFile>(
  files: readonly F[],
): { batches: F[][]; tooLarge: F[] } {
  const batches: F[][] = [];
  const tooLarge: F[] = [];
  let current: F[] = [];
  let bytes = 0;
  for (const file of files) {
    if (file.size > MAX_SENT_BYTES) {
      tooLarge.push(file);
      continue;
    }
    if (
      current.length > 0 &&
      (bytes + file.size > MAX_CALL_BYTES || current.length === MAX_CALL_FILES)
    ) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return { batches, tooLarge };
}

/** The list files among those chosen; of a folder, not those of its subfolders (as a folder read in main). */
export function listFilesOf<F extends ChosenFile>(chosen: readonly F[], folder: boolean): F[] {
  return chosen.filter(
    (file) =>
      /\.xml$/i.test(file.name) &&
      (!folder || !file.webkitRelativePath || file.webkitRelativePath.split('/').length === 2),
  );
}

export function mergeOutcomes(outcomes: readonly ListImportOutcome[]): ListImportOutcome {
  return {
    imported: outcomes.flatMap((o) => o.imported),
    already: outcomes.flatMap((o) => o.already),
    refused: outcomes.flatMap((o) => o.refused),
  };
}
