/** The `rest` adapter's counts, loaded with the first `<parley-count>`: `GET {api}/comments/count?thread=a&thread=b`. */
import type { Endpoint } from './endpoint.js';
import { statusError } from './http.js';
import { BackendError } from '../model/errors.js';

/** Every thread's count in one request: `{ "counts": { "a": 3, "b": 0 } }`. */
export async function countThreads(
  endpoint: Endpoint,
  threads: readonly string[],
  { signal }: { signal: AbortSignal },
): Promise<Record<string, number>> {
  const url = endpoint.url('/comments/count');
  for (const thread of threads) url.searchParams.append('thread', thread);
  const response = await endpoint.send(url, { signal });
  if (response.status !== 200) throw statusError(response);
  return readCounts(response.body, threads);
}

/** The counts of `threads` in a count answer; one missing or not a whole number makes the answer invalid. */
function readCounts(body: unknown, threads: readonly string[]): Record<string, number> {
  const counts = (body as { counts?: unknown } | null)?.counts;
  const read: Record<string, number> = {};
  for (const thread of threads) {
    const count =
      counts && typeof counts === 'object' && Object.hasOwn(counts, thread)
        ? (counts as Record<string, unknown>)[thread]
        : undefined;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
      throw new BackendError('invalid', `Unexpected answer at counts.${thread}`);
    read[thread] = count;
  }
  return read;
}
