// Benchmark: from launching the browser host to its first page (HTTP 200 on "/"): `npm start` (the built
// app, through scripts/start.mjs) and the host alone (`node out/main/web.js`). Each run is a fresh process
// with a fresh data folder. Run: npm run bench:start (builds first when the sources changed).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processCpuMs } from './cpu-time';
import { formatMs, reportRow, summarize } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = join(import.meta.dirname, '..');

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

/** CPU ms the last measured host had used when it answered (the node process, not npm). */
let lastCpuMs: number | null = null;

/** Milliseconds from spawn to the first 200 on the address the host prints. */
async function timeToFirstPage(command: string, args: string[]): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'inquiry-desk-start-bench-'));
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    // Its own process group, so that npm's children stop with it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, INQUIRY_DESK_DATA_DIR: dataDir, CI: '1', DISPLAY: '' },
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /INQUIRY_DESK_URL=(\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code} before serving: ${out}`)));
    });
    const origin = new URL(url).origin;
    for (;;) {
      if ((await get(`${origin}/`)) === 200) {
        const elapsed = performance.now() - started;
        lastCpuMs = command === process.execPath ? processCpuMs(child.pid!) : null;
        return elapsed;
      }
    }
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((resolve) =>
      child.exitCode !== null ? resolve(null) : child.on('exit', resolve),
    );
    // The host may still be writing its last files as it stops.
    await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

async function main() {
  if (!existsSync(join(root, 'out/main/web.js')))
    throw new Error('build first: npx electron-vite build');
  const cases = [
    {
      what: 'host start: node out/main/web.js -> HTTP 200',
      run: () => timeToFirstPage(process.execPath, ['out/main/web.js']),
    },
    {
      what: 'npm start (built) -> HTTP 200',
      run: () => timeToFirstPage('npm', ['start', '--silent']),
    },
  ];
  console.log(`Start benchmark: ${RUNS} runs each after a warm-up, a fresh data folder each run`);
  for (const { what, run } of cases) {
    await run(); // warm-up: the OS file cache
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      samples.push(await run());
      if (lastCpuMs !== null) cpuSamples.push(lastCpuMs);
    }
    const { median, p90 } = summarize(samples);
    console.log(
      `  ${what.padEnd(46)} median ${formatMs(median).padStart(8)}   p90 ${formatMs(p90).padStart(8)}`,
    );
    reportRow({ what, ours: median, goal: '<= 1000 ms' });
    if (cpuSamples.length > 0) {
      const cpu = summarize(cpuSamples).median;
      console.log(
        `  ${'  its CPU time until then'.padEnd(46)} median ${formatMs(cpu).padStart(8)}`,
      );
      reportRow({
        what: `${what}: CPU time of the host until then`,
        ours: cpu,
        goal: '<= 1000 ms',
      });
    }
  }
}

await main();
