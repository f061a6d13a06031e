// Kill tests' harness: a writer child process started ahead of its turn, SIGKILLed at a random moment after it says
// 'ready', and what it reported before dying (whole lines only). A seeded PRNG, so a failing run replays.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

/** Small, seeded PRNG (mulberry32): a failing run can be replayed from the seed in the failure message. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How to start a TypeScript writer: bundled once with tsx's own esbuild (a child then starts in a fraction of the
 * time), or through tsx when esbuild is not at hand.
 */
export async function writerCommand(writer: string, outDir: string): Promise<string[]> {
  try {
    const esbuildName = 'esbuild';
    const esbuild = (await import(esbuildName)) as {
      build(options: Record<string, unknown>): Promise<unknown>;
    };
    const outfile = join(outDir, 'writer.mjs');
    await esbuild.build({
      entryPoints: [writer],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
    return [outfile];
  } catch {
    return ['--import', 'tsx', writer];
  }
}

export interface KilledWriter {
  /** Lets the writer start (a line on stdin), kills it `delayMs` after it printed 'ready'; its whole lines. */
  runAndKill(delayMs: number): Promise<string[]>;
}

/** Starts the writer now (its start-up overlaps the previous round's check); it waits for its turn. */
export function startWriter(command: string[], args: string[]): KilledWriter {
  const child = spawn(process.execPath, [...command, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = once(child, 'exit');
  return {
    async runAndKill(delayMs) {
      child.stdin.write('go\n');
      while (!out.includes('ready\n')) {
        if (child.exitCode !== null) throw new Error(`writer exited early: ${err}`);
        await sleep(1);
      }
      await sleep(delayMs);
      child.kill('SIGKILL');
      await exited;
      return out.split('\n').slice(0, -1);
    },
  };
}
