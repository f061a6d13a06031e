// Benchmark: the heavy person in the browser host, from "answer received" to "swimlanes painted"
// (performance marks set by the renderer). Needs a build (npm run build) and Chromium. Run: npm run bench:render
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../e2e/support/chromium.mjs';
import { PERF_MARKS } from '../src/shared/presentation/perf-marks';
import { DEMO_PERSONAS } from '../src/simulator/personas';
import { formatMs, summarize } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function main() {
  const host = spawn(process.execPath, ['out/main/web.js'], {
    env: {
      ...process.env,
      INQUIRY_DESK_DATA_DIR: mkdtempSync(join(tmpdir(), 'inquiry-desk-bench-')),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) =>
    host.stdout.on('data', (chunk: Buffer) => {
      const match = /INQUIRY_DESK_URL=(\S+)/.exec(chunk.toString());
      if (match?.[1]) resolve(match[1]);
    }),
  );
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  const heavy = DEMO_PERSONAS.find((p) => p.key === 'heavy-history')!;
  const periods = Object.values(heavy.history!).reduce((sum, list) => sum + list.length, 0);

  const samples: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    await page.evaluate(() => performance.clearMarks());
    await page.getByTestId('niss-input').fill(heavy.niss);
    await page.getByTestId('period-from').fill('01/01/1990');
    await page.getByTestId('period-to').fill('31/12/2026');
    await page.getByTestId('submit-inquiry').click();
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      PERF_MARKS.swimlanesPainted,
      {
        timeout: 120_000,
      },
    );
    const ms = await page.evaluate(
      ({ from, to }) => performance.measure('paint', from, to).duration,
      { from: PERF_MARKS.answerReceived, to: PERF_MARKS.swimlanesPainted },
    );
    if (run > 0) samples.push(ms); // the first run warms up the simulator and the page
    await page.getByTestId('new-inquiry').click();
  }
  const { median, p90 } = summarize(samples);
  console.log(
    `Heavy person (${periods} periods), 30 years shown: answer received -> swimlanes painted`,
  );
  console.log(`  ${RUNS} runs: median ${formatMs(median)}   p90 ${formatMs(p90)}`);
  await browser.close();
  host.kill();
}

void main();
