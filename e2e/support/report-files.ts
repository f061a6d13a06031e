// The report files the page downloads, read back as a user's programs would: the export menu's download, and a
// PDF's text (poppler's pdftotext).
import { expect, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findPdftotext, pdfPages, squeeze } from '../../src/test-support/files/pdf-text';

const pdftotext = findPdftotext();

/** Picks a format in the export menu and waits for the download the page then starts. */
export async function exportAs(page: Page, format: 'pdf' | 'csv' | 'json'): Promise<Download> {
  await page.getByTestId('report-export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByTestId(`report-export-${format}`).click(),
  ]);
  await expect(page.getByTestId('report-status')).toHaveText(
    `Fichier téléchargé : ${download.suggestedFilename()}`,
  );
  return download;
}

export const bytesOf = async (download: Download) => readFileSync(await download.path());

export async function pdfText(download: Download): Promise<string> {
  const bytes = await bytesOf(download);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return squeeze((await pdfPages(bytes, requirePdftotext())).join('\n'));
}

function requirePdftotext(): string {
  if (!pdftotext) throw new Error('pdftotext (poppler-utils) is needed to read the PDF back');
  return pdftotext;
}
