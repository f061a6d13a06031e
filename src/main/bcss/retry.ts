// Retries a BCSS call only where it can help: network failures and server-side faults, at most twice,
// with backoff; never after a business answer or a cancel.
import { BcssFault, BcssHttpError } from './failures';
import { TransportFailure } from './transport';

export interface RetryOptions {
  /** Total tries, the first included (3 = at most two retries). */
  attempts: number;
  baseDelayMs: number;
  signal?: AbortSignal;
  onRetry?: (attempt: number, error: unknown) => void;
}

/**
 * A real fault or error page is a few hundred bytes: a bigger one is not a passing hiccup of the server, and
 * asking again would only read it again (a 15 MB `Server` fault cost 16 s and 1.9 GB in three tries).
 */
export const MAX_RETRIED_FAULT_LENGTH = 4096;

export function isRetryable(error: unknown): boolean {
  if (error instanceof TransportFailure) return error.transient;
  if (error instanceof BcssFault || error instanceof BcssHttpError)
    return error.transient && error.answerLength <= MAX_RETRIED_FAULT_LENGTH;
  return false;
}

export async function withRetries<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= options.attempts || !isRetryable(error) || options.signal?.aborted)
        throw error;
      options.onRetry?.(attempt + 1, error);
      try {
        await sleep(options.baseDelayMs * 2 ** (attempt - 1), options.signal);
      } catch (stopped) {
        // The time budget ran out while waiting: the last try's failure says more than "out of time".
        throw stopped instanceof TransportFailure && stopped.kind === 'time-budget'
          ? error
          : stopped;
      }
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        // The time budget aborts with its own failure; a user's cancel with none.
        reject(
          signal.reason instanceof TransportFailure
            ? signal.reason
            : new TransportFailure('cancelled', 'cancelled while waiting to retry'),
        );
      },
      { once: true },
    );
  });
}
