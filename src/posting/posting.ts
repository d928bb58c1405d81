/** Posting that never loses a comment: the draft kept per thread, retries with backoff under one key, 429 waits, an offline queue. Loaded on demand. */
import type { CommentBackend } from '../backends/backend.js';
import { BackendError } from '../backends/backend.js';
import type { Comment, NewComment } from '../model/comment.js';
import type { Ui } from '../i18n/ui.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { backoff, policy } from './policy.js';
import { loadSavedPost, storeSavedPost } from './saved-post.js';
import type { SavedPost } from './saved-post.js';

/** What posting needs from its section. */
export interface PostingHost {
  readonly thread: string;
  ui(): Ui;
  /** Aborts when the section leaves the page. */
  signal(): AbortSignal;
  backend(): Promise<CommentBackend>;
  /** Tells the reader what is happening to their post; an empty string clears it. */
  notify(message: string): void;
  /** The backend confirmed the post. */
  delivered(comment: Comment, input: NewComment): void;
}

/** Resolves on the next `online` event; rejects when the signal aborts first. */
function whenOnline(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    addEventListener('online', () => resolve(), { once: true, signal });
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

export class Posting {
  readonly #host: PostingHost;
  readonly #thread: string;
  #saved: SavedPost;
  #sending: { body: string; result: Promise<Comment> } | null = null;

  constructor(host: PostingHost) {
    this.#host = host;
    this.#thread = host.thread;
    this.#saved = loadSavedPost(this.#thread);
  }

  /** The thread whose draft this keeps. */
  get thread(): string {
    return this.#thread;
  }

  /** What the reader had written before the page was reloaded, and the comment they were answering. */
  get draft(): Readonly<Pick<SavedPost, 'content' | 'replyTo'>> {
    return this.#saved;
  }

  /** Keeps what the reader typed, as they type it. */
  keep(content: string, replyTo: Comment | null): void {
    this.#saved = { ...this.#saved, content, replyTo };
    this.#save();
  }

  /** Sends the post that was on its way when the page was closed or reloaded, if any. */
  resume(): void {
    const pending = this.#saved.pending;
    if (pending?.auto) this.send(pending.input).catch(() => undefined);
  }

  /**
   * Sends a comment and resolves once the backend confirmed it. Every attempt of the same comment
   * carries the same `Idempotency-Key`, also after a reload, so it is created exactly once.
   */
  send(input: NewComment): Promise<Comment> {
    const body = JSON.stringify(input);
    if (this.#sending?.body === body) return this.#sending.result;
    const result = this.#deliver(input, body).finally(() => {
      if (this.#sending?.result === result) this.#sending = null;
    });
    this.#sending = { body, result };
    return result;
  }

  async #deliver(input: NewComment, body: string): Promise<Comment> {
    const ui = this.#host.ui();
    const signal = this.#host.signal();
    const previous = this.#saved.pending;
    const key = previous && JSON.stringify(previous.input) === body ? previous.key : newIdempotencyKey();
    this.#saved = { ...this.#saved, pending: { input, key, auto: true } };
    this.#save();
    try {
      for (let attempt = 1; ; ) {
        if (!policy.online()) {
          this.#host.notify(ui.text('queuedOffline'));
          await whenOnline(signal);
        }
        try {
          const backend = await this.#host.backend();
          const comment = await backend.create(input, { signal, idempotencyKey: key });
          this.#saved = { content: '', replyTo: null, pending: null };
          this.#save();
          this.#host.notify('');
          this.#host.delivered(comment, input);
          return comment;
        } catch (error) {
          if (signal.aborted || !(error instanceof BackendError) || !error.retryable) throw error;
          // Lost connection: wait for it to come back, which costs no attempt.
          if (error.kind === 'network' && !policy.online()) continue;
          if (attempt >= policy.attempts) throw error;
          attempt++;
          const delay = Math.min(policy.maxDelay, error.retryAfter ?? backoff(attempt - 1));
          this.#host.notify(
            error.kind === 'rate-limited'
              ? ui.text('sendingAt', { time: new Intl.DateTimeFormat(ui.lang, { timeStyle: 'medium' }).format(policy.now() + delay) })
              : ui.text('retrying', { attempt, attempts: policy.attempts }),
          );
          await policy.wait(delay, signal);
        }
      }
    } catch (error) {
      if (!signal.aborted) {
        this.#host.notify('');
        const pending = this.#saved.pending;
        if (pending?.key === key) this.#saved = { ...this.#saved, pending: { ...pending, auto: false } };
        this.#save();
      }
      throw error;
    }
  }

  #save(): void {
    storeSavedPost(this.#thread, this.#saved);
  }
}
