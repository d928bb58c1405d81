/** How posting waits and retries: bounded attempts, exponential backoff with jitter, the clock and the connection. Tests replace its members. */
export const policy = {
  /** Tries per post, the first included, before the reader is told it failed. */
  attempts: 4,
  /** The first backoff; each later one doubles. */
  baseDelay: 1000,
  /** Waits never exceed this, whatever a backoff or a `Retry-After` asks for. */
  maxDelay: 10 * 60_000,
  random: Math.random,
  now: Date.now,
  online: (): boolean => navigator.onLine,
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  wait(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      }, { once: true });
    });
  },
};

/** The wait before retry number `attempt` (1 for the first retry): half fixed, half random, so many readers do not retry in step. */
export function backoff(attempt: number): number {
  const ceiling = Math.min(policy.maxDelay, policy.baseDelay * 2 ** (attempt - 1));
  return ceiling / 2 + policy.random() * (ceiling / 2);
}
