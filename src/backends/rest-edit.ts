/**
 * The `edit` extension of the Parley REST protocol: `PATCH` and `DELETE` on a comment, with the token its creation
 * answered (`Authorization: Bearer <token>`). Its own chunk, loaded with the first edit or deletion.
 */
import type { Comment } from '../model/comment.js';
import { isTime, readAnswer } from '../model/comment.js';
import { BackendError } from '../model/errors.js';
import type { CommentChange, EditOptions } from './backend.js';
import type { Endpoint } from './endpoint.js';
import { statusError } from './http.js';

/** Sends a new text (`change`), or deletes the comment (`null`); resolves to the comment as edited, or nothing once deleted. */
export async function sendChange(
  endpoint: Endpoint,
  id: string,
  change: CommentChange | null,
  { signal, token }: EditOptions,
): Promise<Comment | undefined> {
  const response = await endpoint.send(endpoint.url(`/comments/${encodeURIComponent(id)}`), {
    method: change ? 'PATCH' : 'DELETE',
    signal,
    redirect: 'manual',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(change && { 'Content-Type': 'application/json' }),
    },
    ...(change && { body: JSON.stringify(change) }),
  });
  if (!change && (response.status === 204 || response.status === 200)) return undefined;
  if (change && response.status === 200) {
    const comment = readAnswer('comment', response.body);
    // The edited comment is the one asked for, with the text sent (a server may trim it).
    if (comment.id !== id) throw new BackendError('invalid', 'Unexpected answer at id');
    const { editedAt } = response.body as { editedAt?: unknown };
    return { ...comment, editedAt: isTime(editedAt) ? editedAt : new Date().toISOString() };
  }
  // 403 (a wrong token), 410 (the window has closed), 404 (gone): refusals, told in the server's words when it has some.
  if (response.status >= 400 && response.status < 500 && response.status !== 429) {
    const error = (response.body as { error?: unknown } | undefined)?.error;
    throw new BackendError('rejected', typeof error === 'string' ? error : `HTTP ${response.status}`, {
      status: response.status,
    });
  }
  throw statusError(response);
}
