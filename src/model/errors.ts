/** The one error type every backend throws, in terms the reader can be told: shared by adapters, posting and the UI. */
import type { FieldErrors } from './comment.js';

/**
 * Why a request failed:
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
    // Only the details given: one left out is absent, not `undefined`.
    Object.assign(this, details);
  }

  /** Whether sending the same request again may succeed. */
  get retryable(): boolean {
    return this.kind !== 'rejected' && this.kind !== 'invalid';
  }
}
