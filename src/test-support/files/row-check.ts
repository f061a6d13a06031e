// Checks, on a PDF's page texts, that every table row is whole on one page: the test that fails if a row splits.
import type { ReportModel, ReportRow } from '../../main/report/report-model';
import { squeeze } from './pdf-text';

/** What a row prints, cell by cell; all of it must sit between its number and the next row's, on one page. */
export function rowTexts(row: ReportRow): string[] {
  return [
    row.subLane,
    row.begin.text,
    row.begin.note,
    row.end.text,
    row.end.note,
    row.label,
    row.code,
    ...row.markers.map((marker) => marker.text),
    ...row.tableDetails.map((detail) => `${detail.label}:${detail.value}`),
  ].filter(Boolean);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Found {
  page: number;
  index: number;
}

/**
 * Finds each row's number (e.g. '4.218') in order, from `start` on, and checks that the text from it to
 * the next row's number, or to the end of its page, holds every cell of the row. A row cut by a page
 * break leaves its last lines on the next page, before the next number: they are missing from the
 * segment, and the row is reported.
 */
export function rowsCutAcrossPages(
  pages: string[],
  rows: ReportRow[],
  start: Found = { page: 0, index: 0 },
): string[] {
  const texts = pages.map((page) => page.replace(/[\s\u00a0]+/g, ' '));
  const find = (ref: string, from: Found): Found | null => {
    const pattern = new RegExp(`(?:^| )${escapeRegExp(ref)}(?= )`, 'g');
    for (let page = from.page; page < texts.length; page++) {
      pattern.lastIndex = page === from.page ? from.index : 0;
      const match = pattern.exec(texts[page] ?? '');
      if (match) return { page, index: match.index };
    }
    return null;
  };
  const problems: string[] = [];
  let cursor: Found | null = find(rows[0]?.ref ?? '', start);
  rows.forEach((row, i) => {
    if (!cursor) {
      problems.push(`row ${row.ref} not found`);
      return;
    }
    const here: Found = cursor;
    const next: Found | null = rows[i + 1]
      ? find(rows[i + 1]!.ref, { page: here.page, index: here.index + 1 })
      : null;
    const pageText = texts[here.page] ?? '';
    const end = next && next.page === here.page ? next.index : pageText.length;
    const segment = squeeze(pageText.slice(here.index, end));
    const missing = rowTexts(row).filter((text) => !segment.includes(squeeze(text)));
    if (missing.length > 0) {
      problems.push(`row ${row.ref} (page ${here.page + 1}) lacks: ${missing.join(' | ')}`);
    }
    cursor = next;
  });
  return problems;
}

/** Where the lane tables begin: after the lanes heading, so refs in the cover or timeline never count. */
export function tablesStart(pages: string[], model: ReportModel): Found {
  const heading = model.texts.lanes;
  const page = pages.findIndex((text) => text.replace(/[\s\u00a0]+/g, ' ').includes(heading));
  if (page === -1) throw new Error(`no "${heading}" heading in the PDF`);
  const index = (pages[page] ?? '').replace(/[\s\u00a0]+/g, ' ').indexOf(heading);
  return { page, index };
}
