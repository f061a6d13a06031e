// npm run bench: every `bench:<name>` script of package.json, one after the other, then one side-by-side
// table of their BENCH_ROW lines (bench/stats.ts reportRow): what, ours, the peer measured in the same run,
// the ratio, the goal and whether it is met. A script that is missing or fails gets a row saying so, and the
// others still run. The table is printed and written to bench/RESULTS.md with the date, the machine and its
// load, since a shared machine's figures mean little without them.
//
// npm run bench [-- --only report,start] [-- --out path]
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { BENCH_ROW_PREFIX, type BenchRow } from './stats';

const root = join(import.meta.dirname, '..');

export interface ScriptResult {
  name: string;
  rows: BenchRow[];
  /** Why the script gave no figures: missing, exit code, no rows. */
  failure: string | null;
  seconds: number;
}

/** The BENCH_ROW lines of a script's output; other lines (its own report) are left alone. */
export function parseRows(output: string): BenchRow[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith(BENCH_ROW_PREFIX))
    .flatMap((line) => {
      try {
        const row = JSON.parse(line.slice(BENCH_ROW_PREFIX.length)) as BenchRow;
        return typeof row.what === 'string' && Number.isFinite(row.ours) ? [row] : [];
      } catch {
        return [];
      }
    });
}

/** The `bench:<name>` scripts of package.json, in a fixed order: those the table opens with, then the rest. */
export function benchScripts(scripts: Record<string, string>): string[] {
  const order = ['render', 'parse', 'inquiry', 'vault', 'report', 'start'];
  const names = Object.keys(scripts)
    .filter((name) => name.startsWith('bench:'))
    .map((name) => name.slice('bench:'.length));
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Whether a goal such as '<= 200 ms', '>= 5x faster', '< 1 s' is met by `row`. A goal in words that names no
 * bound is not judged (null). 'x faster' compares the peer with ours.
 */
export function goalMet(row: BenchRow): boolean | null {
  const goal = row.goal?.trim();
  if (!goal) return null;
  const match = /^(<=|>=|<|>|≤|≥)\s*([\d.,]+)\s*(ms|s|fps|mb|x|×)?/i.exec(goal);
  if (!match) return null;
  const [, operator, amount, unit = ''] = match;
  let bound = Number(amount!.replace(/,/g, ''));
  let value = row.ours;
  if (/^(x|×)$/i.test(unit)) {
    if (row.peer === undefined || row.ours <= 0) return null;
    value = row.peer / row.ours;
  } else if (unit.toLowerCase() === 's' && (row.unit ?? 'ms') === 'ms') {
    bound *= 1000;
  }
  switch (operator) {
    case '<=':
    case '≤':
      return value <= bound;
    case '<':
      return value < bound;
    case '>=':
    case '≥':
      return value >= bound;
    case '>':
      return value > bound;
    default:
      return null;
  }
}

function figure(value: number | undefined, unit: string | undefined): string {
  if (value === undefined) return '';
  const text = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
  return `${text} ${unit ?? 'ms'}`;
}

/** ours / peer, as "0.25×" (smaller is better for times): how our figure compares with the peer's. */
function ratio(row: BenchRow): string {
  if (row.peer === undefined || row.peer === 0) return '';
  const value = row.ours / row.peer;
  return `${value >= 10 ? value.toFixed(0) : value.toFixed(2)}×`;
}

/** The table in Markdown: one line per row, a line per script that failed. */
export function renderTable(results: ScriptResult[]): string {
  const lines = [
    '| script | what | ours | peer | peer is | ours / peer | goal | met? |',
    '|---|---|---:|---:|---|---:|---|---|',
  ];
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  for (const result of results) {
    if (result.failure) {
      lines.push(`| ${result.name} | **failed**: ${cell(result.failure)} | | | | | | |`);
      continue;
    }
    for (const row of result.rows) {
      const met = goalMet(row);
      lines.push(
        `| ${result.name} | ${cell(row.what)} | ${figure(row.ours, row.unit)} | ${figure(row.peer, row.unit)} | ${cell(row.peerLabel ?? '')} | ${ratio(row)} | ${cell(row.goal ?? '')} | ${met === null ? '' : met ? 'yes' : '**no**'} |`,
      );
    }
  }
  return lines.join('\n');
}

/** Runs `npm run bench:<name>`, its output shown as it comes, and collects its rows. */
function runScript(name: string): Promise<ScriptResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', `bench:${name}`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    const done = (failure: string | null) => {
      const rows = parseRows(output);
      const seconds = (performance.now() - started) / 1000;
      resolve({
        name,
        rows,
        failure: failure ?? (rows.length === 0 ? 'printed no BENCH_ROW line' : null),
        seconds,
      });
    };
    child.on('error', (error) => done(error.message));
    child.on('exit', (code, signal) =>
      done(code === 0 ? null : `exit ${signal ?? code} (its output is above)`),
    );
  });
}

function machine(): string {
  const cores = cpus();
  return `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}`;
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const only = option('only')?.split(',');
  const available = benchScripts(packageJson.scripts);
  const names = only ?? available;
  const startedAt = new Date();
  const loadBefore = load();
  const results: ScriptResult[] = [];
  for (const name of names) {
    console.log(`\n=== bench:${name} ===`);
    results.push(
      available.includes(name)
        ? await runScript(name)
        : { name, rows: [], failure: 'no such script in package.json', seconds: 0 },
    );
  }
  const table = renderTable(results);
  const header = [
    `Measured ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\`` +
      (only ? ` (only ${only.join(', ')})` : '') +
      '.',
    `Machine: ${machine()}. Load average (1, 5, 15 min): ${loadBefore} at the start, ${load()} at the end.`,
    `Scripts: ${results.map((r) => `${r.name} ${r.seconds.toFixed(0)} s`).join(', ')}.`,
    '',
    'Ours and the peer are medians measured in the same run; ours / peer below 1 means we are faster (for times).',
  ].join('\n');
  const document = `# Benchmark results\n\n${header}\n\n${table}\n`;
  console.log(`\n${header}\n\n${table}`);
  const out = option('out') ?? join(root, 'bench', 'RESULTS.md');
  writeFileSync(out, document);
  console.log(`\nWritten to ${out}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
