/** The `rest` adapter: speaks the Parley REST protocol (the README's section of that name). */
import type { Comment, CommentPage, NewComment } from '../model/comment.js';
import { readAnswer } from '../model/comment.js';
import type { AdapterConfig, CommentBackend, ListQuery } from './backend.js';
import { statusError } from './http.js';
import { Endpoint } from './endpoint.js';
import { later } from './later.js';

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
    return readAnswer('page', response.body);
  }

  /** Posting's code loads when a reader posts, not with the first page (see `later`). */
  async create(input: NewComment, options: { signal: AbortSignal; idempotencyKey: string }): Promise<Comment> {
    return (await later()).createComment(this.#endpoint, input, options);
  }
}
