/** Sending a comment: a POST that never follows a redirect. Loaded with the code for posting, not with the first page. */
import { BackendError } from '../model/errors.js';
import type { Endpoint } from './endpoint.js';
import type { HttpResponse } from './http.js';

export const REDIRECTED_MESSAGE =
  'The comments server sent this comment on to another address, which Parley does not follow: it was not posted.';

/**
 * POSTs to `url` under `endpoint`'s settings and reads the answer (see `request`). A redirect is refused, not followed: for a 307 or 308 the
 * browser would send the same body, the reader's email included, to wherever the answer points.
 */
export async function post(
  endpoint: Endpoint,
  url: URL,
  init: RequestInit & { signal: AbortSignal },
): Promise<HttpResponse> {
  const response = await endpoint.send(url, { ...init, method: 'POST', redirect: 'manual' });
  // A redirect answers a `manual` request as an opaque response, whose status reads 0.
  if (response.status === 0) throw new BackendError('rejected', REDIRECTED_MESSAGE);
  return response;
}
