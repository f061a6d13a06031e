// Benchmark: the heavy person's report as PDF through Chromium (playwright-core): the cold first run
// (browser launch included), then the median of warm runs with the browser reused; the typical person's
// warm PDF for scale. Run: npm run bench:report
import { createChromiumPdfRenderer } from '../src/main/report/chromium-pdf';
import { renderReportHtml } from '../src/main/report/report-html';
import { createReportService } from '../src/main/report/report-service';
import type { ReportContext } from '../src/main/report/report-model';
import { simulatedInquiries } from '../src/test-support/simulated-inquiries';
import { formatMs, summarize, time } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const context: ReportContext = {
  language: 'fr',
  organisation: { cpasName: 'CPAS de Liège', cbe: '0207777760' },
  investigator: 'Claire Dumont',
  environment: 'demo',
};

async function main() {
  const inquiries = await simulatedInquiries(['heavy-history', 'belgian-ris']);
  const heavy = inquiries.get('heavy-history')!;
  const typical = inquiries.get('belgian-ris')!;
  const renderer = createChromiumPdfRenderer();
  const service = createReportService({ pdf: renderer });
  try {
    let pages = 0;
    let bytes = 0;
    const run = async () => {
      const { data } = await service.pdf(heavy, context);
      bytes = data.length;
      pages = (data.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    };
    console.log(
      `Report benchmark: heavy person (${heavy.items.length} periods), PDF through Chromium`,
    );
    const cold = await time(run);
    console.log(
      `  cold (browser launch + first PDF)   ${formatMs(cold).padStart(8)}   ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB`,
    );
    const htmlSamples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      htmlSamples.push(await time(async () => renderReportHtml(heavy, context)));
    }
    const html = summarize(htmlSamples);
    console.log(
      `  HTML only (report-html.ts)          median ${formatMs(html.median).padStart(8)}`,
    );
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await time(run));
    const { median, p90, runs } = summarize(samples);
    console.log(
      `  warm PDF (browser reused), ${runs} runs   median ${formatMs(median).padStart(8)}   p90 ${formatMs(p90).padStart(8)}`,
    );
    const small: number[] = [];
    for (let i = 0; i < RUNS; i++) small.push(await time(() => service.pdf(typical, context)));
    const typicalStats = summarize(small);
    console.log(
      `  typical person, warm PDF             median ${formatMs(typicalStats.median).padStart(8)}   p90 ${formatMs(typicalStats.p90).padStart(8)}`,
    );
  } finally {
    await renderer.close();
  }
}

void main();
