/** The `rest` adapter: speaks the Parley REST protocol (the README's section of that name). */
import type { Comment, CommentPage, NewComment } from '../model/comment.js';
import { readAnswer } from '../model/comment.js';
import type {
  AdapterConfig,
  CommentBackend,
  CommentChange,
  EditOptions,
  LikeOptions,
  ListQuery,
  ReaderFeature,
} from './backend.js';
import { statusError } from './http.js';
import { Endpoint } from './endpoint.js';
import { later } from './later.js';

export class RestBackend implements CommentBackend {
  readonly #endpoint: Endpoint;
  /** The extensions the server declared with its last page (`extensions`), as they came: `supports` checks them. */
  features?: readonly ReaderFeature[];

  constructor(config: AdapterConfig) {
    this.#endpoint = new Endpoint(config);
  }

  async list(query: ListQuery, { signal }: { signal: AbortSignal }): Promise<CommentPage> {
    const url = this.#endpoint.url('/comments');
    // thread, limit, order, and the cursor and `since` time when there are.
    for (const [name, value] of Object.entries(query)) if (value) url.searchParams.set(name, String(value));
    const response = await this.#endpoint.send(url, { signal });
    if (response.status !== 200) throw statusError(response);
    const page = readAnswer('page', response.body);
    this.features = (response.body as { extensions?: ReaderFeature[] }).extensions;
    return page;
  }

  /** Counts for `<parley-count>`: their code loads with the first count (`rest-count.ts`). */
  count = async (threads: readonly string[], options: { signal: AbortSignal }): Promise<Record<string, number>> =>
    (await import('./rest-count.js')).countThreads(this.#endpoint, threads, options);

  /** Likes are the `likes` extension of the protocol; their code loads with the like buttons' (`rest-likes.ts`). */
  like = (id: string, options: LikeOptions) => this.#likes(id, 'POST', options);
  unlike = (id: string, options: LikeOptions) => this.#likes(id, 'DELETE', options);

  async #likes(id: string, method: string, options: LikeOptions): Promise<number | undefined> {
    return (await import('./rest-likes.js')).sendLike(this.#endpoint, id, method, options);
  }

  /** Editing is the `edit` extension; its code loads with the first edit or deletion (`rest-edit.ts`). */
  edit = async (id: string, change: CommentChange, options: EditOptions) => (await this.#change(id, change, options))!;
  remove = async (id: string, options: EditOptions) => void (await this.#change(id, null, options));

  async #change(id: string, change: CommentChange | null, options: EditOptions): Promise<Comment | undefined> {
    return (await import('./rest-edit.js')).sendChange(this.#endpoint, id, change, options);
  }

  /** Posting's code loads when a reader posts, not with the first page (see `later`). */
  async create(input: NewComment, options: { signal: AbortSignal; idempotencyKey: string }): Promise<Comment> {
    return (await later()).createComment(this.#endpoint, input, options);
  }
}
