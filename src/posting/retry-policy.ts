/** How posting waits and retries: bounded attempts, exponential backoff with jitter, the clock and the connection. */

import { DEFAULT_TIMEOUT } from '../backends/http.js';

export interface RetryPolicy {
  /** Tries per post, the first included, before the reader is told it failed. */
  attempts: number;
  /** The first backoff; each later one doubles. */
  baseDelay: number;
  /** Waits never exceed this, whatever a backoff or a `Retry-After` asks for. */
  maxDelay: number;
  /** A request (a list as well as a post) that has not answered after this many milliseconds is given up. */
  timeout: number;
  random(): number;
  now(): number;
  online(): boolean;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  wait(ms: number, signal: AbortSignal): Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 4,
  baseDelay: 1000,
  maxDelay: 10 * 60_000,
  timeout: DEFAULT_TIMEOUT,
  random: Math.random,
  now: Date.now,
  online: () => navigator.onLine,
  wait(ms, signal) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  },
};

/** The wait before retry number `attempt` (1 for the first retry): half fixed, half random, so many readers do not retry in step. */
export function backoff(attempt: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelay, policy.baseDelay * 2 ** (attempt - 1));
  return ceiling / 2 + policy.random() * (ceiling / 2);
}
