/** The `rest` adapter: speaks the Parley REST protocol (the README's section of that name). */
import type { Comment, CommentPage, NewComment } from '../model/comment.js';
import { commentPageSchema, commentSchema, errorBodySchema } from '../model/comment.js';
import type { AdapterConfig, CommentBackend, ListQuery } from './backend.js';
import { BackendError } from '../model/errors.js';
import * as z from 'zod/mini';
import { parseAnswer, statusError } from './http.js';
import { Endpoint } from './endpoint.js';

export class RestBackend implements CommentBackend {
  readonly #endpoint: Endpoint;

  constructor(config: AdapterConfig) {
    this.#endpoint = new Endpoint(config);
  }

  async list(query: ListQuery, { signal }: { signal: AbortSignal }): Promise<CommentPage> {
    const url = this.#endpoint.url('/comments');
    url.searchParams.set('thread', query.thread);
    url.searchParams.set('limit', String(query.limit));
    url.searchParams.set('order', query.order);
    if (query.cursor) url.searchParams.set('cursor', query.cursor);
    const response = await this.#endpoint.send(url, { signal });
    if (response.status !== 200) throw statusError(response);
    return parseAnswer(commentPageSchema, response.body);
  }

  async create(input: NewComment, { signal, idempotencyKey }: { signal: AbortSignal; idempotencyKey: string }): Promise<Comment> {
    const response = await this.#endpoint.send(this.#endpoint.url('/comments'), {
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
}
