// The report of real inquiries (the simulator's typical, refugee-path and heavy persons): the PDF (PDFKit),
// read back with pdftotext (every period, lane, ticket and page number there, no row cut across
// two pages); the CSV read back (every period); the JSON archive read back (the same model).
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Inquiry } from '../../shared/domain/inquiry';
import type { Language } from '../../shared/domain/preferences';
import { createChromiumPdfRenderer } from '../../test-support/chromium-pdf';
import { reportPdfOptions } from '../../test-support/chromium-report-page';
import { renderReportCsv } from './report-csv';
import { renderReportHtmlFromModel } from './report-html';
import { readInquiryJson, renderInquiryJson } from './report-json';
import { buildReportModel } from './report-model';
import { createReportService, type ReportService } from './report-service';
import { readCsv } from '../../test-support/files/csv-read';
import { inquiry as buildInquiry, item } from '../../test-support/builders';
import { context } from '../../test-support/report-context';
import { findPdftotext, pdfPages, squeeze } from '../../test-support/files/pdf-text';
import { rowsCutAcrossPages, tablesStart } from '../../test-support/files/row-check';
import { REPORT_PERSONAS, simulatedInquiries } from '../../test-support/simulated-inquiries';

const pdftotext = findPdftotext();
// Installing nothing: without poppler's pdftotext the PDF cannot be read back, so these tests say why and skip.
if (!pdftotext)
  console.warn('Report PDF tests skipped: pdftotext (poppler-utils) is not installed.');

let inquiries: Map<string, Inquiry>;

beforeAll(async () => {
  inquiries = await simulatedInquiries(REPORT_PERSONAS);
}, 120_000);

describe("CSV and JSON of the simulator's persons", () => {
  it.each(REPORT_PERSONAS)('%s: the CSV gives back every period', (key) => {
    const inquiry = inquiries.get(key)!;
    const ctx = context({ language: 'nl' });
    const model = buildReportModel(inquiry, ctx);
    const [header, ...all] = readCsv(renderReportCsv(inquiry, ctx).replace(/^\uFEFF/, ''));
    expect(header![3]).toBe('Begin');
    const lines = all.filter((line) => !line[0]?.startsWith('F'));
    expect(all.length - lines.length).toBe(model.answers.findings.length);
    expect(lines).toHaveLength(inquiry.items.length);
    const byRef = new Map(lines.map((line) => [line[0], line]));
    const seen = new Set<string>();
    for (const lane of model.lanes) {
      for (const row of lane.rows) {
        const line = byRef.get(row.ref)!;
        expect(line.slice(1, 7)).toEqual([
          lane.title,
          row.subLane,
          row.begin.text,
          row.end.text,
          row.code,
          row.item.label.nl,
        ]);
        for (const detail of row.details) expect(line[8]).toContain(detail.value);
        seen.add(row.item.id);
      }
    }
    expect(seen.size).toBe(inquiry.items.length);
  });

  it.each(REPORT_PERSONAS)('%s: the JSON archive round-trips to the same model', (key) => {
    const inquiry = inquiries.get(key)!;
    const by = { cpasName: 'CPAS de Liège', cbe: '0207777760', investigator: 'Claire Dumont' };
    const archive = readInquiryJson(renderInquiryJson(inquiry, by, new Date()));
    expect(archive.inquiry).toEqual(inquiry);
    expect(archive.inquiry.calls[0]!.ticketCBSS).toBe(inquiry.calls[0]!.ticketCBSS);
  });
});

describe.skipIf(!pdftotext)('the report PDF (PDFKit, the engine both hosts use)', () => {
  let service: ReportService;

  beforeAll(async () => {
    service = createReportService({ now: () => new Date('2026-11-23T15:00:00Z') });
  });

  const cases: [string, Language, number][] = [
    ['belgian-ris', 'fr', 9],
    ['asylum-to-refugee', 'nl', 13],
    ['heavy-history', 'fr', 2159],
  ];

  it.each(cases)(
    '%s (%s): NISS, tickets, lanes, every period whole on one page, pages 1..Y',
    async (key, language, periods) => {
      const inquiry = inquiries.get(key)!;
      expect(inquiry.items).toHaveLength(periods);
      const ctx = context({ language, generatedAt: undefined });
      const { data, fileName } = await service.pdf(inquiry, ctx);
      expect(data.subarray(0, 5).toString()).toBe('%PDF-');
      expect(fileName).toMatch(
        /^(enquete|onderzoek)-\d\d\.\d\d\.\d\d-\d{3}\.\d\d-\d{4}-\d\d-\d\d\.pdf$/,
      );

      const pages = await pdfPages(data, pdftotext!);
      const model = buildReportModel(inquiry, ctx);
      const all = squeeze(pages.join('\n'));
      expect(all).toContain(squeeze(model.niss));
      for (const call of inquiry.calls) expect(all).toContain(call.ticketCBSS!);
      for (const lane of model.lanes) expect(all).toContain(squeeze(lane.title));

      // Every page carries its header (person, demo mark) and its footer "page X / Y".
      pages.forEach((page, index) => {
        const text = squeeze(page);
        expect(text).toContain(squeeze(`${model.texts.page} ${index + 1} / ${pages.length}`));
        expect(text).toContain(squeeze(model.niss));
        expect(text).toContain(squeeze(model.texts.demoMark));
        expect(text).toContain(squeeze(model.texts.confidential));
      });

      // Attributes shared by a whole lane are printed in its header instead of in every row.
      for (const lane of model.lanes) {
        for (const d of lane.commonDetails) expect(all).toContain(squeeze(`${d.label}:${d.value}`));
      }

      // Every period, with each of its cells (label, dates, markers, attributes) on the page of its number.
      const rows = model.lanes.flatMap((lane) => lane.rows);
      expect(rows).toHaveLength(periods);
      expect(rowsCutAcrossPages(pages, rows, tablesStart(pages, model))).toEqual([]);
    },
    180_000,
  );

  it('the check catches a cut row: the HTML report through Chromium, without break-inside: avoid, splits tall rows', async () => {
    // The HTML report is what the print dialog prints: the same rule keeps its rows whole.
    const renderer = createChromiumPdfRenderer();
    onTestFinished(() => renderer.close());
    // Tall rows of varied heights (14 to 20 long attributes each, different per row so none is factored into the lane
    // header): several per page, so page breaks fall inside rows.
    const items = Array.from({ length: 40 }, (_, i) =>
      item({
        id: `status-${i}`,
        begin: `2021-01-${String((i % 28) + 1).padStart(2, '0')}`,
        details: Array.from({ length: 14 + (i % 7) }, (_, j) => ({
          key: 'reference' as const,
          kind: 'text' as const,
          text: `Référence longue ${i}-${j} `.repeat(6),
        })),
      }),
    );
    const model = buildReportModel(buildInquiry(items), context());
    const html = renderReportHtmlFromModel(buildInquiry(items), model);
    const rows = model.lanes.flatMap((lane) => lane.rows);

    const whole = await pdfPages(await renderer.render(html, reportPdfOptions(model)), pdftotext!);
    expect(rowsCutAcrossPages(whole, rows, tablesStart(whole, model))).toEqual([]);

    const splittable = html.replace('tr { break-inside: avoid; }', '');
    expect(splittable).not.toBe(html);
    const cut = await pdfPages(
      await renderer.render(splittable, reportPdfOptions(model)),
      pdftotext!,
    );
    expect(rowsCutAcrossPages(cut, rows, tablesStart(cut, model)).length).toBeGreaterThan(0);
  }, 60_000);

  it('prints hostile labels as text', async () => {
    const label = '<script>alert("x")</script> & "><img src=x>';
    const inquiry = buildInquiry([item({ label: { fr: label, nl: label, de: label } })]);
    const ctx = context({ investigator: '<b>Claire</b> "Dumont"' });
    const text = (await pdfPages((await service.pdf(inquiry, ctx)).data, pdftotext!)).join('\n');
    expect(squeeze(text)).toContain(squeeze(label));
    expect(squeeze(text)).toContain(squeeze('<b>Claire</b> "Dumont"'));
  }, 60_000);
});
