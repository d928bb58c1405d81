/** How the `rest` adapter posts a comment: in the chunk loaded once a reader posts, not with the first page. */
import * as z from '../model/zod.js';
import type { Comment, NewComment } from '../model/comment.js';
import { readAnswer } from '../model/comment.js';
import { BackendError } from '../model/errors.js';
import type { Endpoint } from './endpoint.js';
import { statusError } from './http.js';
import { post } from './post.js';

const fieldMessage = z.optional(z.string());

/** The body of a 400/422 answer. */
const errorBodySchema = z.object({
  error: z.string(),
  fields: z.optional(z.object({ author: fieldMessage, email: fieldMessage, url: fieldMessage, content: fieldMessage })),
});

export async function createComment(
  endpoint: Endpoint,
  input: NewComment,
  { signal, idempotencyKey }: { signal: AbortSignal; idempotencyKey: string },
): Promise<Comment> {
  const response = await post(endpoint, endpoint.url('/comments'), {
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(input),
    signal,
  });
  if (response.status === 200 || response.status === 201) return readAnswer('comment', response.body);
  if (response.status === 400 || response.status === 422) {
    const body = z.safeParse(errorBodySchema, response.body);
    if (body.success) {
      throw new BackendError('rejected', body.data.error, { status: response.status, fields: body.data.fields });
    }
  }
  throw statusError(response);
}
