/** The contract every backend adapter fulfils; the error they throw is `model/errors.ts`'s BackendError. */
import type { Comment, CommentPage, NewComment, SortOrder, TextFormat } from '../model/comment.js';

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

/*
 * Reading features: sorting, likes and new comments while reading. Each is optional for a backend; the section
 * shows a control only when its backend has what the control needs.
 */

/** What a like or its undoing is sent with. */
export interface LikeOptions {
  signal: AbortSignal;
  /** The reader's anonymous token: a random id kept in their browser, so a server can count one like per reader. */
  reader: string;
}

export interface ListQuery {
  /** Only comments written after this ISO time (new comments while reading); a backend may ignore it and list from the start. */
  since?: string;
}

export interface CommentBackend {
  /**
   * Likes a comment; resolves to its new count when the backend tells it. A backend with votes sends `likes` on
   * its comments: a comment without them shows no like button, and Top is offered only when they come.
   */
  like?(id: string, options: LikeOptions): Promise<number | undefined>;
  /** Takes the reader's like back; without it, a like cannot be undone. */
  unlike?(id: string, options: LikeOptions): Promise<number | undefined>;
}

/** Comment counts for article lists (`<parley-count>`). */
export interface CommentBackend {
  /**
   * The number of comments of each thread, in one request where the backend allows it. Without it, a count is one
   * `list({ limit: 1 })` per thread, read from its `total`.
   */
  count?(threads: readonly string[], options: { signal: AbortSignal }): Promise<Record<string, number>>;
}
/*
 * What a reader may do beyond reading and posting, by what the backend declares: write in Markdown, ask for mail
 * about replies. Each control appears only where the backend declares it; a captcha token, when the page configured
 * a provider, is passed along with any backend.
 */

/** A capability a backend declares in `features`. */
export type ReaderFeature = 'markdown' | 'notify' | 'edit';

export interface CommentBackend {
  /**
   * The reader features this backend supports. The `rest` adapter reads them from the extensions the server declares
   * in its list answer (`extensions`), so they are known once the first page has arrived.
   */
  readonly features?: readonly ReaderFeature[];
}

/** What an edit or a deletion of the reader's own comment is sent with. */
export interface EditOptions {
  signal: AbortSignal;
  /** The comment's edit token, from the answer that created it (`Comment.editToken`). */
  token: string;
}

/** The new text of a comment the reader edits, written as the comment was (`format`, where the backend has `markdown`). */
export interface CommentChange {
  content: string;
  format?: TextFormat;
}

/*
 * Editing or deleting one's own comment, for a while: a backend that declares `edit` answers a new comment with an
 * `editToken` and an `editableUntil` time, and takes the token back with each change until then.
 */
export interface CommentBackend {
  /** Changes the text of the reader's own comment; resolves to the comment as it now is (with `editedAt`). */
  edit?(id: string, change: CommentChange, options: EditOptions): Promise<Comment>;
  /** Deletes the reader's own comment. */
  remove?(id: string, options: EditOptions): Promise<void>;
}

/**
 * A captcha the site owner plugs in (Turnstile, hCaptcha, reCAPTCHA v3: the README shows each): Parley asks it for
 * a token right before each attempt to post, and the adapter sends the token along (`NewComment.captcha`).
 */
export interface CaptchaProvider {
  token(): Promise<string>;
}

/** Whether `backend` declares `feature` (a server's declaration is read as it came, so it is checked here). */
export const supports = (backend: CommentBackend, feature: ReaderFeature): boolean =>
  Array.isArray(backend.features) && backend.features.includes(feature);
