// CPU time of this process and of the processes it started (Linux /proc): on a shared, loaded machine wall
// time says more about the other jobs than about ours, and a single-threaded Node job loses more of it than
// a multi-process Chromium does, so the benchmarks report both.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime, in ms. */
  cpuMs: number;
}

function stat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return { pid, ppid: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

/** CPU ms used so far by the processes under `root` (not `root` itself), or null where /proc is missing. */
export function descendantsCpuMs(root: number = process.pid): number | null {
  if (process.platform !== 'linux') return null;
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => stat(Number(name)))
    .filter((s): s is ProcStat => s !== null);
  const children = new Map<number, ProcStat[]>();
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let total = 0;
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const s = queue.pop()!;
    total += s.cpuMs;
    queue.push(...(children.get(s.pid) ?? []));
  }
  return total;
}

/** This process's CPU ms so far. */
export function ownCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** CPU ms of one process (e.g. a host started by the bench), or null. */
export function processCpuMs(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  const s = stat(pid);
  return s ? s.cpuMs : null;
}
