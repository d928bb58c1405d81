/** The contract every backend adapter fulfils; the error they throw is `model/errors.ts`'s BackendError. */
import type { Comment, CommentPage, NewComment, SortOrder } from '../model/comment.js';

export interface ListQuery {
  thread: string;
  cursor?: string;
  limit: number;
  order: SortOrder;
}

export interface CommentBackend {
  /** Whether comments carry `rich` bodies (the safe model of HTML the backend sends), to be drawn rather than `content`. */
  readonly richText?: boolean;
  list(query: ListQuery, options: { signal: AbortSignal }): Promise<CommentPage>;
  create(input: NewComment, options: { signal: AbortSignal; idempotencyKey: string }): Promise<Comment>;
}

/** What the site owner configured on `<parley-comments>`, handed to an adapter factory. */
export interface AdapterConfig {
  api: string;
  credentials: RequestCredentials;
  postId?: string;
  /** Milliseconds after which a request is given up; 15 s unless set. */
  timeout?: number;
}
