// Reads a PDF back as text with poppler's pdftotext, page by page, for the report's PDF tests.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function findPdftotext(): string | null {
  return (
    ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext', '/opt/homebrew/bin/pdftotext'].find((path) =>
      existsSync(path),
    ) ?? null
  );
}

/**
 * The text of every page, in content order (-raw): Chromium paints a table cell by cell, row by row, so a
 * row's cells come out together, followed on each page by the header and footer.
 */
export async function pdfPages(pdf: Buffer, pdftotext: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'inquiry-desk-report-'));
  try {
    const file = join(dir, 'report.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run(pdftotext, ['-raw', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 256 * 1024 * 1024,
    });
    const pages = stdout.split('\f');
    // pdftotext ends the last page with a form feed too.
    if (pages.at(-1)?.trim() === '') pages.pop();
    return pages;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Whitespace-free text: line wraps inside a cell (anywhere, even mid-word) no longer matter. */
export const squeeze = (text: string) => text.replace(/[\s\u00a0]+/g, '');
