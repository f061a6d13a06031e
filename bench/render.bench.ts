// Benchmark: the swimlanes in the browser host (Chromium), side by side with a bare vis-timeline page.
//   ours: from the renderer's "answer received" mark to its "swimlanes painted" mark, heavy person (1990-2026)
//         and typical person; then pan/zoom on the heavy person (ctrl+wheel, drag, presets): rAF intervals.
//   peer: a minimal page drawing the same items and groups with vis-timeline (standalone build), default
//         options, and the same data with adjacent same-kind periods merged; same pan/zoom script.
// Needs a build (npm run build) and Chromium. Run: npm run bench:render   (BENCH_RUNS, BENCH_PROFILE=1 for the
// top self-time functions of one heavy render, from a CPU profile over the Chrome DevTools protocol).
import { chromium, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../e2e/support/chromium.mjs';
import { PERF_MARKS } from '../src/shared/presentation/perf-marks';
import { laneViews } from '../src/shared/presentation/lanes';
import { DEMO_PERSONAS } from '../src/simulator/personas';
import { simulatedInquiries } from '../src/test-support/simulated-inquiries';
import {
  toTimelineGroups,
  toTimelineItems,
  type TimelineItemRow,
} from '../src/renderer/src/features/result/timeline-model';
import { formatMs, reportRow, summarize } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PROFILE = process.env.BENCH_PROFILE === '1';
const require = createRequire(import.meta.url);
const VIS_JS = require.resolve('vis-timeline/standalone/umd/vis-timeline-graph2d.min.js');
const VIS_CSS = require.resolve('vis-timeline/styles/vis-timeline-graph2d.min.css');
const VIEWPORT = { width: 1440, height: 900 };

/** What the page scripts below use of the browser (this file is type-checked for Node, without the DOM). */
interface BrowserGlobal {
  requestAnimationFrame(callback: (now: number) => void): number;
  setTimeout(callback: () => void, ms: number): number;
  document: { getElementById(id: string): unknown };
  PerformanceObserver: new (callback: (list: { getEntries(): unknown[] }) => void) => {
    observe(options: { type: string }): void;
  };
  vis: {
    Timeline: new (...args: unknown[]) => {
      on(event: string, callback: () => void): void;
      setWindow(start: Date, end: Date, options: unknown): void;
    };
  };
  peer?: unknown;
  frames_: number[];
  long_: number;
  stop_: boolean;
}

interface PeerData {
  items: {
    id: string;
    group?: string;
    subgroup?: string;
    start: number;
    end?: number;
    type: string;
    content: string;
    className: string;
  }[];
  groups: {
    id: string;
    content: string;
    order: number;
    nestedGroups?: string[];
    treeLevel?: number;
  }[];
}

/** The same items and groups our timeline is given, as plain data for the peer page. */
function peerData(rows: TimelineItemRow[], groups: ReturnType<typeof toTimelineGroups>): PeerData {
  return {
    items: rows.map((r) => ({
      id: r.id,
      ...(r.group ? { group: r.group } : {}),
      ...(r.subgroup ? { subgroup: r.subgroup } : {}),
      start: r.start.getTime(),
      ...(r.end ? { end: r.end.getTime() } : {}),
      type: r.type,
      content: r.content,
      className: r.className,
    })),
    groups: groups.map((g) => ({
      id: g.id,
      content: g.title,
      order: g.order,
      ...(g.nestedGroups ? { nestedGroups: g.nestedGroups } : {}),
      ...(g.treeLevel ? { treeLevel: g.treeLevel } : {}),
    })),
  };
}

/** Adjacent periods of the same kind (group, CPAS row, first word of the label) merged into one. */
function merged(data: PeerData): PeerData {
  const DAY = 86_400_000;
  const out: PeerData['items'] = [];
  const last = new Map<string, PeerData['items'][number]>();
  for (const item of [...data.items].sort((a, b) => a.start - b.start)) {
    if (item.type !== 'range' || item.end === undefined) {
      out.push(item);
      continue;
    }
    const key = `${item.group}|${item.subgroup ?? ''}`;
    const previous = last.get(key);
    if (previous?.end !== undefined && item.start <= previous.end + DAY) {
      previous.end = Math.max(previous.end, item.end);
      continue;
    }
    const copy = { ...item };
    out.push(copy);
    last.set(key, copy);
  }
  return { items: out, groups: data.groups };
}

async function peerRender(page: Page, data: PeerData): Promise<number> {
  await page.setContent('<div id="tl"></div>');
  await page.addStyleTag({ path: VIS_CSS });
  await page.addScriptTag({ path: VIS_JS });
  return page.evaluate(
    (d) =>
      new Promise<number>((resolve) => {
        const g = globalThis as unknown as BrowserGlobal;
        const start = performance.now();
        const timeline = new g.vis.Timeline(g.document.getElementById('tl'), d.items, d.groups, {});
        timeline.setWindow(new Date(1990, 0, 1), new Date(2027, 0, 1), { animation: false });
        g.peer = timeline;
        let done = false;
        timeline.on('changed', () => {
          if (done) return;
          done = true;
          g.requestAnimationFrame(() => g.setTimeout(() => resolve(performance.now() - start), 0));
        });
      }),
    data,
  );
}

interface FrameStats {
  p95: number;
  max: number;
  longTasks: number;
}

/** Records rAF intervals and long tasks while `script` wheels and drags over the timeline's centre. */
async function panZoom(
  page: Page,
  centre: string,
  zoomKey: 'Control' | null,
  extra?: () => Promise<void>,
): Promise<FrameStats> {
  const box = (await page.locator(centre).first().boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(x, y);
  // A string, not a function: the bundler would wrap the function's inner names in a helper the page lacks.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.long_ = 0;
    window.stop_ = false;
    new PerformanceObserver((list) => { window.long_ += list.getEntries().length; }).observe({ type: 'longtask' });
    let last = performance.now();
    function tick(now) {
      window.frames_.push(now - last);
      last = now;
      if (!window.stop_) requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })()`);
  for (let i = 0; i < 16; i++) {
    if (zoomKey) await page.keyboard.down(zoomKey);
    await page.mouse.wheel(0, i < 8 ? -150 : 150);
    if (zoomKey) await page.keyboard.up(zoomKey);
    await page.waitForTimeout(40);
  }
  await page.mouse.down();
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(x - i * 12, y);
    await page.waitForTimeout(16);
  }
  for (let i = 40; i > 0; i--) {
    await page.mouse.move(x - i * 12, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  if (extra) await extra();
  const { frames, longTasks } = await page.evaluate(() => {
    const w = globalThis as unknown as BrowserGlobal;
    w.stop_ = true;
    return { frames: w.frames_.slice(2), longTasks: w.long_ };
  });
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    p95: sorted[Math.floor(0.95 * (sorted.length - 1))] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    longTasks,
  };
}

async function ourRender(page: Page, niss: string): Promise<number> {
  await page.evaluate(() => performance.clearMarks());
  await page.getByTestId('niss-input').fill(niss);
  await page.getByTestId('period-from').fill('01/01/1990');
  await page.getByTestId('period-to').fill('31/12/2026');
  await page.getByTestId('submit-inquiry').click();
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    PERF_MARKS.swimlanesPainted,
    { timeout: 120_000 },
  );
  return page.evaluate(({ from, to }) => performance.measure('paint', from, to).duration, {
    from: PERF_MARKS.answerReceived,
    to: PERF_MARKS.swimlanesPainted,
  });
}

/** The top self-time functions of a CPU profile (Chrome DevTools protocol). */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
function topSelf(
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] },
  n = 16,
) {
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = byNode.get(node.id) ?? 0;
    const file = node.callFrame.url.split('/').pop() ?? '';
    const name = `${node.callFrame.functionName || '(anonymous)'} ${file}`;
    byName.set(name, (byName.get(name) ?? 0) + us);
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, n);
}

async function main() {
  const heavyPersona = DEMO_PERSONAS.find((p) => p.key === 'heavy-history')!;
  const typicalPersona = DEMO_PERSONAS.find((p) => p.key === 'belgian-ris')!;
  const inquiries = await simulatedInquiries(['heavy-history', 'belgian-ris']);
  const t = ((key: string) => key) as unknown as TFunction;
  const peer = (key: string) => {
    const inquiry = inquiries.get(key)!;
    const lanes = laneViews(inquiry);
    return peerData(
      toTimelineItems(inquiry, lanes, 'fr', t, new Date()),
      toTimelineGroups(lanes, t),
    );
  };
  const heavyPeer = peer('heavy-history');
  const typicalPeer = peer('belgian-ris');
  const heavyMerged = merged(heavyPeer);

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
  const page = await browser.newPage({ viewport: VIEWPORT });
  const peerPage = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(url);

  const samples = {
    heavy: [] as number[],
    typical: [] as number[],
    peerHeavy: [] as number[],
    peerMerged: [] as number[],
    peerTypical: [] as number[],
  };
  // Interleaved rounds, the first a warm-up (simulator, page, JIT).
  for (let run = 0; run <= RUNS; run++) {
    const keep = (list: number[], ms: number) => run > 0 && list.push(ms);
    keep(samples.heavy, await ourRender(page, heavyPersona.niss));
    await page.getByTestId('new-inquiry').click();
    keep(samples.typical, await ourRender(page, typicalPersona.niss));
    await page.getByTestId('new-inquiry').click();
    keep(samples.peerHeavy, await peerRender(peerPage, heavyPeer));
    keep(samples.peerMerged, await peerRender(peerPage, heavyMerged));
    keep(samples.peerTypical, await peerRender(peerPage, typicalPeer));
  }

  console.log(`  render samples (ms): ${JSON.stringify(samples)}`);
  // Pan/zoom on the heavy person: ours at its first window (1990-2026), then the presets; the merged peer.
  await ourRender(page, heavyPersona.niss);
  const ours = await panZoom(page, '.swimlanes .vis-center', 'Control', async () => {
    for (const preset of ['year', 'fiveYears', 'all', 'period']) {
      await page.getByTestId(`zoom-${preset}`).click();
      await page.waitForTimeout(120);
    }
  });
  await peerRender(peerPage, heavyMerged);
  const peerFrames = await panZoom(peerPage, '.vis-center', null);

  const profiles: { label: string; rows: [string, number][] }[] = [];
  if (PROFILE) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    for (const [label, persona] of [
      ['heavy', heavyPersona],
      ['typical', typicalPersona],
    ] as const) {
      await page.getByTestId('new-inquiry').click();
      await cdp.send('Profiler.start');
      await ourRender(page, persona.niss);
      const { profile } = await cdp.send('Profiler.stop');
      profiles.push({ label, rows: topSelf(profile as never) });
    }
  }
  await browser.close();
  host.kill();

  const heavy = summarize(samples.heavy);
  const typical = summarize(samples.typical);
  const med = (list: number[]) => summarize(list).median;
  console.log(`Swimlanes, ${RUNS} interleaved rounds after a warm-up (1990-2026 shown)`);
  console.log(
    `  heavy (${heavyPeer.items.length} rows): ours median ${formatMs(heavy.median)} p90 ${formatMs(heavy.p90)}; vis default ${formatMs(med(samples.peerHeavy))}; merged (${heavyMerged.items.length} rows) ${formatMs(med(samples.peerMerged))}`,
  );
  console.log(
    `  typical: ours median ${formatMs(typical.median)} p90 ${formatMs(typical.p90)}; vis default ${formatMs(med(samples.peerTypical))}`,
  );
  console.log(
    `  pan/zoom heavy: ours frame p95 ${formatMs(ours.p95)} max ${formatMs(ours.max)} long tasks ${ours.longTasks}; merged peer p95 ${formatMs(peerFrames.p95)} max ${formatMs(peerFrames.max)} long tasks ${peerFrames.longTasks}`,
  );
  for (const { label, rows } of profiles) {
    console.log(`  ${label} render, top self time (ms):`);
    for (const [name, us] of rows)
      console.log(`    ${(us / 1000).toFixed(1).padStart(8)}  ${name}`);
  }
  reportRow({
    what: 'heavy person: answer -> swimlanes painted',
    ours: heavy.median,
    peer: med(samples.peerMerged),
    peerLabel: 'vis-timeline, same-kind periods merged',
    goal: '<= 200 ms',
  });
  reportRow({
    what: 'heavy person: answer -> painted, vs default vis-timeline',
    ours: heavy.median,
    peer: med(samples.peerHeavy),
    peerLabel: 'vis-timeline, default options',
  });
  reportRow({
    what: 'typical person: answer -> swimlanes painted',
    ours: typical.median,
    peer: med(samples.peerTypical),
    peerLabel: 'vis-timeline, default options',
    goal: '<= 50 ms',
  });
  reportRow({
    what: 'pan/zoom heavy person: frame interval p95',
    ours: ours.p95,
    peer: peerFrames.p95,
    peerLabel: 'vis-timeline, merged',
    goal: '<= 16.7 ms',
  });
  reportRow({
    what: 'pan/zoom heavy person: long tasks (count)',
    ours: ours.longTasks,
    peer: peerFrames.longTasks,
    peerLabel: 'vis-timeline, merged',
    goal: 'none > 50 ms',
  });
}

void main();
