/** The `likes` extension of the Parley REST protocol: `POST` and `DELETE` on a comment's likes, with the reader's token. */
import { BackendError } from '../model/errors.js';
import type { LikeOptions } from './backend.js';
import type { Endpoint } from './endpoint.js';
import { statusError } from './http.js';

/** Likes (`POST`) or takes the like back (`DELETE`); resolves to the comment's count, when the server sends it. */
export async function sendLike(
  endpoint: Endpoint,
  id: string,
  method: string,
  { signal, reader }: LikeOptions,
): Promise<number | undefined> {
  const url = endpoint.url(`/comments/${encodeURIComponent(id)}/likes`);
  const response = await endpoint.send(url, {
    method,
    signal,
    redirect: 'manual',
    headers: { 'Reader-Token': reader },
  });
  if (response.status === 204) return undefined;
  if (response.status === 200 || response.status === 201) {
    const { likes } = (response.body ?? {}) as { likes?: unknown };
    if (Number.isSafeInteger(likes) && (likes as number) >= 0) return likes as number;
    throw new BackendError('invalid', 'Unexpected answer at likes');
  }
  // A 4xx other than 429 is a refusal (the comment is gone, or the server counts no like from this reader).
  if (response.status >= 400 && response.status < 500 && response.status !== 429) {
    const error = (response.body as { error?: unknown } | undefined)?.error;
    throw new BackendError('rejected', typeof error === 'string' ? error : `HTTP ${response.status}`, {
      status: response.status,
    });
  }
  throw statusError(response);
}
