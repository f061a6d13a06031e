// Benchmark: the heavy person's report as PDF, made by PDFKit (what both hosts use) and, as the peer in the
// same run, the HTML report printed by Chromium (playwright-core, system Chromium, browser reused), in
// interleaved rounds after a warm-up of each; the typical person's PDF for scale. Run: npm run bench:report
import { chromiumPdfEngine, createChromiumPdfRenderer } from '../src/test-support/chromium-pdf';
import { createPdfkitEngine } from '../src/main/report/pdf-engine';
import { renderReportHtmlFromModel } from '../src/main/report/report-html';
import { buildReportModel, type ReportContext } from '../src/main/report/report-model';
import { simulatedInquiries } from '../src/test-support/simulated-inquiries';
import type { Inquiry } from '../src/shared/domain/inquiry';
import { descendantsCpuMs, ownCpuMs } from './cpu-time';
import { formatMs, reportRow, summarize, time } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const context: ReportContext = {
  language: 'fr',
  organisation: { cpasName: 'CPAS de Liège', cbe: '0207777760' },
  investigator: 'Claire Dumont',
  environment: 'demo',
};

const pagesOf = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function main() {
  const inquiries = await simulatedInquiries(['heavy-history', 'belgian-ris']);
  const heavy = inquiries.get('heavy-history')!;
  const typical = inquiries.get('belgian-ris')!;
  const pdfkit = createPdfkitEngine();
  const chromium = chromiumPdfEngine(createChromiumPdfRenderer());
  // What the service does for a PDF: the model, then the engine.
  const pdf = (engine: typeof pdfkit, inquiry: Inquiry) =>
    engine.render(inquiry, buildReportModel(inquiry, context));
  try {
    console.log(
      `Report benchmark: heavy person (${heavy.items.length} periods), ${RUNS} interleaved rounds after a warm-up`,
    );
    const firstPdfkit = await time(() => pdf(pdfkit, heavy));
    const firstChromium = await time(() => pdf(chromium, heavy));
    const sample = { pdfkit: await pdf(pdfkit, heavy), chromium: await pdf(chromium, heavy) };
    console.log(
      `  first PDF (PDFKit loaded)            ${formatMs(firstPdfkit).padStart(8)}   ${pagesOf(sample.pdfkit)} pages, ${(sample.pdfkit.length / 1e6).toFixed(1)} MB`,
    );
    console.log(
      `  first PDF (Chromium launched)        ${formatMs(firstChromium).padStart(8)}   ${pagesOf(sample.chromium)} pages, ${(sample.chromium.length / 1e6).toFixed(1)} MB`,
    );
    /** The CPU a PDF costs: ours in this process; Chromium's in its processes plus this one's driving it. */
    const cpu = async (run: () => Promise<unknown>) => {
      const own = ownCpuMs();
      const children = descendantsCpuMs();
      await run();
      const childrenAfter = descendantsCpuMs();
      return (
        ownCpuMs() -
        own +
        (children === null || childrenAfter === null ? 0 : childrenAfter - children)
      );
    };
    const heavyCpu = { pdfkit: [] as number[], chromium: [] as number[] };
    const heavyTimes = { pdfkit: [] as number[], chromium: [] as number[] };
    const typicalTimes = { pdfkit: [] as number[], chromium: [] as number[] };
    const htmlTimes: number[] = [];
    for (let round = 0; round < RUNS; round++) {
      heavyTimes.pdfkit.push(await time(() => pdf(pdfkit, heavy)));
      heavyTimes.chromium.push(await time(() => pdf(chromium, heavy)));
      typicalTimes.pdfkit.push(await time(() => pdf(pdfkit, typical)));
      typicalTimes.chromium.push(await time(() => pdf(chromium, typical)));
      heavyCpu.pdfkit.push(await cpu(() => pdf(pdfkit, heavy)));
      heavyCpu.chromium.push(await cpu(() => pdf(chromium, heavy)));
      htmlTimes.push(
        await time(async () => renderReportHtmlFromModel(heavy, buildReportModel(heavy, context))),
      );
    }
    const line = (label: string, samples: number[]) => {
      const { median, p90 } = summarize(samples);
      console.log(
        `  ${label.padEnd(36)} median ${formatMs(median).padStart(8)}   p90 ${formatMs(p90).padStart(8)}`,
      );
      return median;
    };
    const heavyOurs = line('heavy PDF, PDFKit', heavyTimes.pdfkit);
    const heavyPeer = line('heavy PDF, Chromium (browser reused)', heavyTimes.chromium);
    const typicalOurs = line('typical PDF, PDFKit', typicalTimes.pdfkit);
    const typicalPeer = line('typical PDF, Chromium', typicalTimes.chromium);
    line('heavy HTML only (print dialog)', htmlTimes);
    const cpuOurs = line('heavy PDF, PDFKit: CPU time', heavyCpu.pdfkit);
    const cpuPeer = line('heavy PDF, Chromium: CPU time (all processes)', heavyCpu.chromium);
    reportRow({
      what: `heavy PDF (${pagesOf(sample.pdfkit)} pages)`,
      ours: heavyOurs,
      peer: heavyPeer,
      peerLabel: 'HTML through Chromium page.pdf',
      goal: '<= 2000 ms',
    });
    if (descendantsCpuMs() !== null) {
      reportRow({
        what: 'heavy PDF: CPU time (what an idle machine would wait)',
        ours: cpuOurs,
        peer: cpuPeer,
        peerLabel: 'Chromium, all its processes',
        goal: '<= 2000 ms',
      });
    }
    reportRow({
      what: 'typical person PDF',
      ours: typicalOurs,
      peer: typicalPeer,
      peerLabel: 'HTML through Chromium page.pdf',
    });
  } finally {
    await chromium.close();
    await pdfkit.close();
  }
}

await main();
