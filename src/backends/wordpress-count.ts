/**
 * The `wordpress` adapter's counts, loaded with the first `<parley-count>` of a WordPress page. WordPress's REST API
 * has no count of a post's comments (its posts carry none), but it tells how many comments a listing matches
 * (`X-WP-Total`). So: one listing of the comments of every post at once, only their `post` field, up to 100; when
 * the posts together have more, one more request per post for its own total (`per_page=1`).
 */
import type { Endpoint } from './endpoint.js';
import type { HttpResponse } from './http.js';
import { statusError } from './http.js';
import { BackendError } from '../model/errors.js';

/** The most comments WordPress lists in one answer. */
const MAX_PER_PAGE = 100;

/** Lists the approved comments of `posts`: `per_page` of them, with only the `post` they belong to. */
async function listing(endpoint: Endpoint, posts: readonly string[], perPage: number, signal: AbortSignal) {
  const url = endpoint.url('/wp/v2/comments');
  url.searchParams.set('post', posts.join(','));
  url.searchParams.set('per_page', String(perPage));
  url.searchParams.set('_fields', 'post');
  const response = await endpoint.send(url, { signal });
  if (response.status !== 200) throw statusError(response);
  return response;
}

function totalOf(response: HttpResponse): number {
  const header = response.headers.get('X-WP-Total') ?? '';
  if (!/^\d+$/.test(header)) throw new BackendError('invalid', 'Unexpected answer at X-WP-Total');
  return Number(header);
}

export async function countThreads(
  endpoint: Endpoint,
  posts: readonly string[],
  { signal }: { signal: AbortSignal },
): Promise<Record<string, number>> {
  const invalid = posts.find((post) => !/^\d+$/.test(post));
  if (invalid !== undefined)
    throw new BackendError('invalid', `WordPress keys comments by post id: set post-id="…" (not "${invalid}").`);
  const first = await listing(endpoint, posts, MAX_PER_PAGE, signal);
  const listed = Array.isArray(first.body) ? (first.body as Array<{ post?: unknown }>) : [];
  if (totalOf(first) <= listed.length) {
    const counts = Object.fromEntries(posts.map((post) => [post, 0]));
    for (const { post } of listed) if (Object.hasOwn(counts, String(post))) counts[String(post)]++;
    return counts;
  }
  const totals = posts.map(async (post) => [post, totalOf(await listing(endpoint, [post], 1, signal))] as const);
  return Object.fromEntries(await Promise.all(totals));
}
