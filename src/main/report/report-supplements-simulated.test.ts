// The report of real supplements: inquiries run and completed through the test desk against the simulator, then printed.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inquiry } from '../../shared/domain/inquiry';
import { RESIDENCE_REASONS } from '../../shared/domain/residence-reasons';
import { DEMO_PERSONAS } from '../../test-support/simulator';
import { formatNiss } from '../../shared/presentation/format';
import { composeTestDesk } from '../../test-support/desk';
import { createPdfkitEngine, type ReportPdfEngine } from './pdf-engine';
import { renderReportCsv } from './report-csv';
import { buildReportModel } from './report-model';
import { readCsv } from '../../test-support/files/csv-read';
import { context } from '../../test-support/report-context';
import { findPdftotext, pdfPages, squeeze } from '../../test-support/files/pdf-text';

const niss = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!.niss;
const desk = composeTestDesk();
const pdftotext = findPdftotext();
const completed = new Map<string, Inquiry>();

beforeAll(async () => {
  for (const key of ['couple-partner', 'subsidiary-protection']) {
    const inquiry = await desk.handlers.runInquiry({
      requestId: randomUUID(),
      niss: niss(key),
      period: { from: '2015-01-01', to: '2026-12-31' },
    });
    await desk.handlers.consultForeignerSituation({ id: inquiry.id });
    completed.set(
      key,
      await desk.handlers.consultRegisterExtract({ id: inquiry.id, history: true }),
    );
  }
}, 120_000);
afterAll(() => desk.close());

describe('report of simulated supplements', () => {
  it('couple-partner: the residence reason in the report language and the reunifying partner’s NISS', () => {
    const inquiry = completed.get('couple-partner')!;
    for (const language of ['fr', 'nl'] as const) {
      const section = buildReportModel(inquiry, context({ language })).foreignerSituation!;
      expect(section.specialInfos[0]).toMatchObject({
        reasonCode: '01010101',
        reasonLabel: RESIDENCE_REASONS['01010101']![language],
        reunification: formatNiss(niss('couple-main-beneficiary')),
      });
    }
  });

  it('subsidiary-protection: the CSV has a row per period, register entry, work document and special info', () => {
    const inquiry = completed.get('subsidiary-protection')!;
    const supplements = inquiry.supplements!;
    const [, ...all] = readCsv(renderReportCsv(inquiry, context()).replace(/^\uFEFF/, ''));
    const rows = all.filter((row) => !/^F\d+$/.test(row[0] ?? ''));
    const foreigner = supplements.foreignerSituation!;
    expect(rows).toHaveLength(
      inquiry.items.length +
        supplements.registerExtract!.extract.informationTypes.length +
        foreigner.employmentCards.length +
        foreigner.workPermits.length +
        foreigner.specialInfos.length,
    );
    const codes = rows.map((row) => row[5]);
    for (const doc of [...foreigner.employmentCards, ...foreigner.workPermits]) {
      expect(codes).toContain(doc.number);
    }
    expect(foreigner.employmentCards).toHaveLength(2);
    expect(foreigner.workPermits).toHaveLength(1);
  });

  describe.skipIf(!pdftotext)('PDF', () => {
    let engine: ReportPdfEngine;
    beforeAll(() => {
      engine = createPdfkitEngine();
    });
    afterAll(() => engine?.close());

    it.each(['couple-partner', 'subsidiary-protection'])(
      '%s: the sections, every work document, the tickets of both services',
      async (key) => {
        const inquiry = completed.get(key)!;
        const model = buildReportModel(inquiry, context({ language: 'fr' }));
        const pdf = await engine.render(inquiry, model);
        const dir = process.env.INQUIRY_DESK_REPORT_PDF_DIR;
        if (dir) {
          await mkdir(dir, { recursive: true });
          await writeFile(join(dir, `${key}.pdf`), pdf);
        }
        const all = squeeze((await pdfPages(pdf, pdftotext!)).join('\n'));
        expect(all).toContain(squeeze(model.registerExtract!.title));
        expect(all).toContain(squeeze(model.foreignerSituation!.title));
        const { registerExtract, foreignerSituation } = inquiry.supplements!;
        for (const call of [...registerExtract!.calls, ...foreignerSituation!.calls]) {
          if (call.ticketCBSS) expect(all).toContain(call.ticketCBSS);
        }
        for (const doc of [
          ...foreignerSituation!.employmentCards,
          ...foreignerSituation!.workPermits,
        ]) {
          expect(all).toContain(squeeze(doc.number));
        }
        for (const table of model.registerExtract!.tables) {
          for (const row of table.rows)
            expect(all).toContain(squeeze(`${row.ref}${row.date.text}`));
        }
        if (key === 'couple-partner') {
          expect(all).toContain(squeeze(RESIDENCE_REASONS['01010101']!.fr));
          expect(all).toContain(squeeze(formatNiss(niss('couple-main-beneficiary'))));
        }
      },
      60_000,
    );
  });
});
