/** Fetch with a timeout, turning every way a request can fail into a BackendError. */
import { BackendError } from '../model/errors.js';
import { nextTask } from '../tasks.js';

/** How long a request may take before it is given up, unless the section says otherwise. */
export const DEFAULT_TIMEOUT = 15_000;
/** An answer longer than this is not read on: no comments page is near it, and a page must not be made to hold more. */
export const MAX_ANSWER_BYTES = 10 << 20;

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or `undefined` when the body is empty or not JSON. */
  body: unknown;
}

/**
 * Sends a request and reads its JSON answer; throws BackendError for network failures, timeouts and answers
 * over `MAX_ANSWER_BYTES` only. Comments are sent with `post` (post.ts), which never follows a redirect.
 */
export async function request(
  url: string | URL,
  { timeout = DEFAULT_TIMEOUT, ...init }: RequestInit & { signal: AbortSignal; timeout?: number },
): Promise<HttpResponse> {
  const signal = AbortSignal.any([init.signal, AbortSignal.timeout(timeout)]);
  let response: Response;
  let text: string;
  // Counted as it arrives: a Content-Length header can lie, or be missing.
  let size = 0;
  try {
    response = await fetch(url, { ...init, signal });
    text = await new Response(
      response.body?.pipeThrough(
        new TransformStream({
          transform(chunk: Uint8Array, controller) {
            // Past the cap, reading stops (and the download with it); the size below tells why.
            if ((size += chunk.length) > MAX_ANSWER_BYTES) controller.terminate();
            else controller.enqueue(chunk);
          },
        }),
      ),
    ).text();
  } catch (cause) {
    if (init.signal.aborted) throw init.signal.reason;
    if (signal.aborted) throw new BackendError('timeout', 'Timed out', { cause });
    throw new BackendError('network', 'Unreachable', { cause });
  }
  if (size > MAX_ANSWER_BYTES) throw new BackendError('invalid', 'Answer too large');
  // An empty body or one that is not JSON reads as `undefined`.
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Left undefined.
  }
  // Parsing a long answer takes a while: checking it waits for a task of its own.
  await nextTask();
  return { status: response.status, headers: response.headers, body };
}

/** Milliseconds to wait according to a `Retry-After` header (seconds or an HTTP date). */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The error for a status the adapter did not expect: 429 and 5xx are worth retrying, the rest is a server fault. */
export function statusError(response: HttpResponse, message?: string): BackendError {
  const { status } = response;
  if (status === 429) {
    return new BackendError('rate-limited', message ?? 'HTTP 429', {
      status,
      retryAfter: retryAfterMs(response.headers),
    });
  }
  return new BackendError('server', message ?? `HTTP ${status}`, { status });
}
