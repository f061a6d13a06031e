// The files the page downloads, read back as a user's programs would, with test-support's readers: a PDF's
// text (poppler's pdftotext), a CSV as a spreadsheet opens it, the JSON archive with the app's own reader.
import { expect, type Download } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readCsv } from '../../src/test-support/files/csv-read';
import { findPdftotext, pdfPages, squeeze } from '../../src/test-support/files/pdf-text';
import { readInquiryJson, type InquiryArchive } from '../../src/test-support/files/report-archive';

const pdftotext = findPdftotext();

export const bytesOf = async (download: Download) => readFileSync(await download.path());

/** The PDF's text, whitespace squeezed out (see `squeeze`). */
export async function pdfText(download: Download): Promise<string> {
  const bytes = await bytesOf(download);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return squeeze((await pdfPages(bytes, requirePdftotext())).join('\n'));
}

export function requirePdftotext(): string {
  if (!pdftotext) throw new Error('pdftotext (poppler-utils) is needed to read the PDF back');
  return pdftotext;
}

/** A CSV as a spreadsheet opens it, after checking what it needs: the UTF-8 BOM and a constant width. */
export async function csvOf(download: Download): Promise<{ header: string[]; rows: string[][] }> {
  const bytes = await bytesOf(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = readCsv(bytes.toString('utf8').slice(1));
  expect(header).toBeDefined();
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return { header: header!, rows };
}

/** The JSON archive of an inquiry, read with the app's own reader (which validates it). */
export async function archiveOf(download: Download): Promise<InquiryArchive> {
  return readInquiryJson((await bytesOf(download)).toString('utf8'));
}

export { squeeze };
