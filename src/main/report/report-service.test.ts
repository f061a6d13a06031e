import { describe, expect, it } from 'vitest';
import type { Inquiry } from '../../shared/domain/inquiry';
import type { ReportPdfEngine } from './pdf-engine';
import type { ReportModel } from './report-model';
import { reportFileName } from './report-file-name';
import { readInquiryJson } from './report-json';
import { createReportService } from './report-service';
import { inquiry, item } from '../../test-support/builders';
import { context } from '../../test-support/report-context';

function fakeEngine() {
  const calls: { inquiry: Inquiry; model: ReportModel }[] = [];
  const engine: ReportPdfEngine = {
    async render(inquiry, model) {
      calls.push({ inquiry, model });
      return Buffer.from('%PDF-1.7 fake');
    },
    async close() {},
  };
  return { engine, calls };
}

describe('report service', () => {
  const subject = inquiry([item({ end: null })], { consultedAt: '2026-11-23T11:00:00.000Z' });

  it('hands the inquiry and its report model, built once, to the PDF engine', async () => {
    const { engine, calls } = fakeEngine();
    const service = createReportService({ pdf: engine });
    const file = await service.pdf(subject, context());
    expect(file.data.toString()).toBe('%PDF-1.7 fake');
    expect(file.mimeType).toBe('application/pdf');
    expect(file.fileName).toBe('enquete-85.07.30-033.28-2026-11-23.pdf');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.inquiry).toBe(subject);
    expect(calls[0]!.model).toMatchObject({ niss: '85.07.30-033.28', language: 'fr' });
  });

  it('makes the PDF with PDFKit when given no engine', async () => {
    const file = await createReportService({}).pdf(subject, context());
    expect(file.data.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The cover, the timeline and the lanes: at least three pages.
    const pages = file.data.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  it('makes CSV, JSON and HTML files named alike', async () => {
    const service = createReportService({
      pdf: fakeEngine().engine,
      now: () => new Date('2026-11-24T09:00:00Z'),
    });
    const ctx = context({ language: 'nl', generatedAt: undefined });
    const csv = await service.csv(subject, ctx);
    expect(csv.fileName).toBe('onderzoek-85.07.30-033.28-2026-11-23.csv');
    expect(csv.data.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const json = await service.json(subject, ctx);
    expect(json.fileName).toBe('onderzoek-85.07.30-033.28-2026-11-23.json');
    const archive = readInquiryJson(json.data.toString('utf8'));
    expect(archive.inquiry).toEqual(subject);
    expect(archive.exportedAt).toBe('2026-11-24T09:00:00.000Z');
    const html = await service.html(subject, ctx);
    expect(html.fileName).toBe('onderzoek-85.07.30-033.28-2026-11-23.html');
    expect(html.data.toString()).toContain('Opgemaakt op 24/11/2026');
  });

  it('names files by NISS and date only: never a personal name, only file-system-safe characters', () => {
    for (const language of ['fr', 'nl', 'de'] as const) {
      const name = reportFileName(subject, language, 'pdf');
      expect(name).toMatch(/^[a-z]+-[0-9.-]+\.pdf$/);
    }
    expect(reportFileName(subject, 'de', 'csv')).toBe(
      'untersuchung-85.07.30-033.28-2026-11-23.csv',
    );
    expect(reportFileName({ ...subject, finalNiss: '../../x 1' }, 'fr', 'pdf')).toBe(
      'enquete-1-2026-11-23.pdf',
    );
  });
});
