/** The `rest` adapter: speaks the Parley REST protocol (DESIGN.md §5). */
import type { Comment, CommentPage, NewComment } from '../model/comment.js';
import { commentPageSchema } from '../model/comment.js';
import type { AdapterConfig, CommentBackend, ListQuery } from './backend.js';
import { parseAnswer, request, statusError } from './http.js';
import { later } from './later.js';

export class RestBackend implements CommentBackend {
  readonly #base: string;
  readonly #credentials: RequestCredentials;

  constructor({ api, credentials }: Pick<AdapterConfig, 'api' | 'credentials'>) {
    this.#base = api.replace(/\/+$/, '');
    this.#credentials = credentials;
  }

  async list(query: ListQuery, { signal }: { signal: AbortSignal }): Promise<CommentPage> {
    const url = this.#url();
    url.searchParams.set('thread', query.thread);
    url.searchParams.set('limit', String(query.limit));
    url.searchParams.set('order', query.order);
    if (query.cursor) url.searchParams.set('cursor', query.cursor);
    const response = await request(url, { credentials: this.#credentials, signal });
    if (response.status !== 200) throw statusError(response);
    return parseAnswer(commentPageSchema, response.body);
  }

  /** Posting's code loads when a reader posts, not with the first page (see `later`). */
  async create(input: NewComment, options: { signal: AbortSignal; idempotencyKey: string }): Promise<Comment> {
    return (await later()).createComment(this.#url(), this.#credentials, input, options);
  }

  #url(): URL {
    return new URL(`${this.#base}/comments`, document.baseURI);
  }
}
