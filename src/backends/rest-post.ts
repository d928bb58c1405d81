/**
 * The posting half of the `rest` adapter. It travels in the form's chunk (a reader can post only once the form is
 * there), so a page that only shows comments loads none of it.
 */
import * as z from 'zod/mini';
import { commentSchema } from '../model/comment.js';
import type { Comment, NewComment } from '../model/comment.js';
import { BackendError } from '../model/errors.js';
import type { Endpoint } from './endpoint.js';
import { parseAnswer, statusError } from './http.js';

const fieldMessage = z.optional(z.string());
const fieldMessages = z.object({ author: fieldMessage, email: fieldMessage, url: fieldMessage, content: fieldMessage });

/** The body of a 400/422 answer of the Parley REST protocol. */
export const errorBodySchema = z.object({
  error: z.string(),
  fields: z.optional(fieldMessages),
});

/** `POST {api}/comments` with the comment's `Idempotency-Key`; a 400/422 refusal carries its messages per field. */
export async function postComment(
  endpoint: Endpoint,
  input: NewComment,
  { signal, idempotencyKey }: { signal: AbortSignal; idempotencyKey: string },
): Promise<Comment> {
  const response = await endpoint.send(endpoint.url('/comments'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(input),
    signal,
  });
  if (response.status === 200 || response.status === 201) return parseAnswer(commentSchema, response.body);
  if (response.status === 400 || response.status === 422) {
    const body = z.safeParse(errorBodySchema, response.body);
    if (body.success) {
      throw new BackendError('rejected', body.data.error, { status: response.status, fields: body.data.fields });
    }
  }
  throw statusError(response);
}
