/**
 * The `waline` adapter's counts, loaded with the first `<parley-count>` of a Waline page: every thread in one
 * request, `GET {api}/api/comment?type=count&url=a&url=b`. Waline answers `{ errno: 0, data: [3, 0] }`, the counts
 * in the order of the `url`s; a server older than its `/api/` routes answered one thread with a bare number.
 */
import type { Endpoint } from './endpoint.js';
import { statusError } from './http.js';
import { BackendError } from '../model/errors.js';

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

export async function countThreads(
  endpoint: Endpoint,
  threads: readonly string[],
  { signal }: { signal: AbortSignal },
): Promise<Record<string, number>> {
  const url = endpoint.url('/api/comment');
  url.searchParams.set('type', 'count');
  // Repeated rather than joined with commas, which Waline would split inside a path too.
  for (const thread of threads) url.searchParams.append('url', thread);
  const response = await endpoint.send(url, { signal });
  const { errno, errmsg, data } = (response.body ?? {}) as { errno?: unknown; errmsg?: unknown; data?: unknown };
  if (response.status !== 200 || errno !== 0)
    throw response.status === 200
      ? new BackendError('server', typeof errmsg === 'string' && errmsg ? errmsg : `Waline error ${String(errno)}`)
      : statusError(response);
  const counts = Array.isArray(data) ? data : [data];
  if (counts.length !== threads.length || !counts.every(isCount))
    throw new BackendError('invalid', 'Unexpected answer at data');
  return Object.fromEntries(threads.map((thread, index) => [thread, counts[index]]));
}
