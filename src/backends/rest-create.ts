/** How the `rest` adapter posts a comment: in the chunk loaded once a reader posts, not with the first page. */
import { isText, object, optional } from '../model/shape.js';
import type { Comment, CommentField, FieldErrors, NewComment } from '../model/comment.js';
import { isTime, readAnswer } from '../model/comment.js';
import { BackendError } from '../model/errors.js';
import type { Endpoint } from './endpoint.js';
import { statusError } from './http.js';
import { post } from './post.js';

const fieldMessage = optional(isText);

/** The body of a 400/422 answer. */
const isErrorBody = object({
  error: isText,
  fields: optional(object({ author: fieldMessage, email: fieldMessage, url: fieldMessage, content: fieldMessage })),
});

/** The messages of the form's own fields, and nothing else the server sent. */
function formFields(fields: Partial<Record<CommentField, string>>): FieldErrors {
  const known: FieldErrors = {};
  for (const name of ['author', 'email', 'url', 'content'] as const) {
    if (fields[name] !== undefined) known[name] = fields[name];
  }
  return known;
}

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
  if (response.status === 200 || response.status === 201) {
    const comment = readAnswer('comment', response.body);
    // A server with the `edit` extension lets the author edit it for a while, with this token.
    const { editToken, editableUntil } = response.body as Partial<Comment>;
    return typeof editToken === 'string' && editToken && isTime(editableUntil)
      ? { ...comment, editToken, editableUntil }
      : comment;
  }
  if (response.status === 400 || response.status === 422) {
    const body = response.body;
    if (isErrorBody(body)) {
      const fields = body.fields && formFields(body.fields);
      throw new BackendError('rejected', body.error, { status: response.status, fields });
    }
  }
  throw statusError(response);
}
