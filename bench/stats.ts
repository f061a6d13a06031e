// Small statistics for the benchmarks: median and 90th percentile of repeated timings.
export function summarize(samples: number[]): { median: number; p90: number; runs: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p90: at(0.9), runs: sorted.length };
}

export async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(0)} ms`;
}

/**
 * One line of the side-by-side table that `npm run bench` prints: our figure and, where one exists,
 * the peer's figure measured in the same run. Each bench script calls this once per row; the runner
 * (bench/run-all.ts) collects the lines from every script's stdout.
 */
export interface BenchRow {
  /** What was measured, e.g. "heavy person: answer received -> painted". */
  what: string;
  /** Our median, in `unit`. */
  ours: number;
  /** The peer's median in the same run, when there is a peer. */
  peer?: number;
  /** Who the peer is, e.g. "node-soap response parse". */
  peerLabel?: string;
  /** The goal, in words, e.g. "<= 200 ms". */
  goal?: string;
  unit?: 'ms' | 'fps' | 'MB';
}

export const BENCH_ROW_PREFIX = 'BENCH_ROW ';

export function reportRow(row: BenchRow): void {
  console.log(BENCH_ROW_PREFIX + JSON.stringify({ unit: 'ms', ...row }));
}
