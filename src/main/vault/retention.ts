// When saved inquiries expire, and the daily purge: at start, then every day, on timers that never keep the process alive.
import { subDays } from 'date-fns';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The schedule compares wall-clock times on a short tick rather than sleeping a whole day: a laptop
 * asleep overnight does not advance Node's monotonic timers, and the purge must not slip by a day.
 */
const TICK_MS = 60 * 60 * 1000;

/** Inquiries consulted strictly before this instant are expired. */
export function retentionCutoff(now: Date, days: number): Date {
  // Calendar days in local time: "30 days" means the same clock time 30 days ago, across DST changes.
  return subDays(now, days);
}

export interface RetentionSchedule {
  stop(): void;
  /** When the next purge is due; now while the first one is running. */
  nextAt(): Date;
}

export function scheduleDaily(options: {
  now: () => Date;
  run: () => Promise<unknown>;
  onError: (error: unknown) => void;
}): RetentionSchedule {
  let next = options.now();
  let running = false;
  let stopped = false;

  function tick(): void {
    if (stopped || running || options.now().getTime() < next.getTime()) return;
    running = true;
    options
      .run()
      .catch(options.onError)
      .finally(() => {
        running = false;
        next = new Date(options.now().getTime() + DAY_MS);
      });
  }

  const timer = setInterval(tick, TICK_MS);
  // The purge is housekeeping: it must never be the reason the app (or a test run) stays alive.
  timer.unref();
  tick();

  return {
    stop() {
      stopped = true;
      clearInterval(timer);
    },
    nextAt: () => next,
  };
}
