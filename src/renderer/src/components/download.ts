// Saves text or bytes as a file through the browser's own download: a Blob and an <a download>, no inline script.

/**
 * The text goes into the Blob exactly as given (UTF-8), so a leading BOM stays: it is what tells a
 * spreadsheet the CSV is UTF-8.
 */
export function downloadText(
  text: string,
  fileName: string,
  type: string,
  doc: Document = document,
): void {
  downloadBlob(new Blob([text], { type }), fileName, doc);
}

/** Bytes as they are (a PDF, or a CSV whose BOM is already in them). */
export function downloadBytes(
  bytes: Uint8Array<ArrayBuffer>,
  fileName: string,
  type: string,
  doc: Document = document,
): void {
  downloadBlob(new Blob([bytes], { type }), fileName, doc);
}

function downloadBlob(blob: Blob, fileName: string, doc: Document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has taken the data by then; the URL would only keep it in memory.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
