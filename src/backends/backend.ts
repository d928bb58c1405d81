/** The contract every backend adapter fulfils, and the one error type they all throw. */
import type { Comment, CommentPage, FieldErrors, NewComment, SortOrder } from '../model/comment.js';

export interface ListQuery {
  thread: string;
  cursor?: string;
  limit: number;
  order: SortOrder;
}

export interface CommentBackend {
  list(query: ListQuery, options: { signal: AbortSignal }): Promise<CommentPage>;
  create(input: NewComment, options: { signal: AbortSignal; idempotencyKey: string }): Promise<Comment>;
}

/** What the site owner configured on `<parley-comments>`, handed to an adapter factory. */
export interface AdapterConfig {
  api: string;
  credentials: RequestCredentials;
  postId?: string;
}

/**
 * Why a request failed, in terms the UI can explain:
 * `network` (unreachable, offline), `timeout`, `server` (5xx or an unexpected status),
 * `invalid` (an answer that is not what the protocol promises), `rate-limited` (429),
 * `rejected` (the backend refused the comment: 400/409/422 and their kin).
 */
export type BackendErrorKind = 'network' | 'timeout' | 'server' | 'invalid' | 'rate-limited' | 'rejected';

export interface BackendErrorDetails {
  status?: number;
  /** Messages for individual form fields, as the backend worded them. */
  fields?: FieldErrors;
  /** How long the backend asked us to wait, in milliseconds (from `Retry-After`). */
  retryAfter?: number;
  cause?: unknown;
}

export class BackendError extends Error {
  override readonly name = 'BackendError';
  declare readonly status?: number;
  declare readonly fields?: FieldErrors;
  declare readonly retryAfter?: number;

  constructor(
    readonly kind: BackendErrorKind,
    message: string,
    { cause, ...details }: BackendErrorDetails = {},
  ) {
    super(message, { cause });
    Object.assign(this, details);
  }

  /** Whether sending the same request again may succeed. */
  get retryable(): boolean {
    return this.kind !== 'rejected' && this.kind !== 'invalid';
  }
}
