/**
 * Posting that never loses a comment: retries with backoff under one `Idempotency-Key`, 429 waits, and an offline
 * queue that survives reloads (kept by `Drafts`). A controller of the section, one per thread; loaded on demand.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CaptchaProvider, CommentBackend } from '../backends/backend.js';
import type { Drafts } from '../drafts/drafts.js';
import { keepEditable } from '../drafts/editable.js';
import type { Comment, NewComment } from '../model/comment.js';
import { BackendError } from '../model/errors.js';
import { whenRemoved } from '../tasks.js';
import { ParleyPostedEvent } from './posting-events.js';
import type { Ui } from '../i18n/ui.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { backoff, defaultRetryPolicy } from './retry-policy.js';
import type { RetryPolicy } from './retry-policy.js';

export interface PostingOptions {
  thread: string;
  /** Where the post on its way is kept, and the draft it clears once delivered. */
  drafts: Drafts;
  backend(): Promise<CommentBackend>;
  /** The page's changes to how posts are retried, read at each post. */
  policy(): Partial<RetryPolicy>;
  /** The section's current language. */
  locale: { readonly ui: Ui };
  /** Reads messages to screen-reader users. */
  announcer: { announce(message: string): void };
}

/** Resolves on the next `online` event; rejects when the signal aborts first. */
function whenOnline(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    addEventListener('online', () => resolve(), { once: true, signal });
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/**
 * Whether two posts are the same comment: the same text, in answer to the same comment of the same thread. A reader
 * who posts again what Parley is already sending (say, after a reload) sends that comment, under its key, once.
 */
const sameComment = (a: NewComment, b: NewComment) =>
  a.thread === b.thread && a.parentId === b.parentId && a.content === b.content;

export class Posting implements ReactiveController {
  /** What is happening to the reader's post (retrying, waiting, queued offline); empty when nothing is. */
  notice = '';

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: PostingOptions;
  /** Never aborted: a request that has started reaches the backend, whatever becomes of the section meanwhile. */
  readonly #sent = new AbortController().signal;
  /**
   * Ends the waits between attempts (a backoff, the connection) when the section is removed from the page, not
   * when it is only moved: the post then waits in the queue for the next page, which sends it under the same key.
   */
  #lifetime = new AbortController();
  #sending: { input: NewComment; result: Promise<Comment> } | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PostingOptions) {
    (this.#host = host).addController(this);
    this.#options = options;
  }

  /** The backend this thread's posts go to: the form's options show what it supports. */
  backend(): Promise<CommentBackend> {
    return this.#options.backend();
  }

  hostConnected(): void {
    if (this.#lifetime.signal.aborted) this.#lifetime = new AbortController();
  }

  hostDisconnected(): void {
    const lifetime = this.#lifetime;
    whenRemoved(this.#host, () => lifetime.abort());
  }

  /** Sends the post that was on its way when the page was closed or reloaded, if any. */
  resume(): void {
    const { pending } = this.#options.drafts;
    if (pending?.auto) this.send(pending.input).catch(() => undefined);
  }

  /**
   * Sends a comment and resolves once the backend confirmed it. Every attempt of the same comment
   * carries the same `Idempotency-Key`, also after a reload, so it is created exactly once.
   */
  send(input: NewComment): Promise<Comment> {
    if (this.#sending && sameComment(this.#sending.input, input)) return this.#sending.result;
    const result = this.#deliver(input).finally(() => {
      if (this.#sending?.result === result) this.#sending = null;
    });
    this.#sending = { input, result };
    return result;
  }

  async #deliver(input: NewComment): Promise<Comment> {
    const { thread, drafts, locale } = this.#options;
    const policy = { ...defaultRetryPolicy, ...this.#options.policy() };
    const signal = this.#lifetime.signal;
    // The same comment keeps its key: after a reload, a failure or a Retry, the backend creates it once.
    const previous = drafts.pending;
    const key = previous && sameComment(previous.input, input) ? previous.key : newIdempotencyKey();
    drafts.queue({ input, key, auto: true });
    try {
      for (let attempt = 1; ;) {
        // Removed from the page while waiting: the queue keeps the post for the next page.
        signal.throwIfAborted();
        if (!policy.online()) {
          this.#notify(locale.ui.text('queuedOffline'));
          await whenOnline(signal);
        }
        try {
          const backend = await this.backend();
          // A fresh token for each attempt (they are good for one use), never kept with the post.
          const captcha = await (this.#host as { captcha?: CaptchaProvider }).captcha?.token();
          const { editToken, editableUntil, ...comment } = await backend.create(
            captcha ? { ...input, captcha } : input,
            { signal: this.#sent, idempotencyKey: key },
          );
          // The token that lets the reader change it for a while stays in their browser, not in the list or the page's event.
          keepEditable(thread, { ...comment, editToken, editableUntil }, input.format);
          drafts.delivered();
          this.#notify('');
          this.#options.announcer.announce(
            locale.ui.text(comment.status === 'pending' ? 'awaitingModeration' : 'posted'),
          );
          this.#host.dispatchEvent(new ParleyPostedEvent(comment, thread));
          return comment;
        } catch (error) {
          if (!(error instanceof BackendError) || !error.retryable) throw error;
          // Lost connection: wait for it to come back, which costs no attempt.
          if (error.kind === 'network' && !policy.online()) continue;
          if (attempt >= policy.attempts) throw error;
          attempt++;
          const delay = Math.min(policy.maxDelay, error.retryAfter ?? backoff(attempt - 1, policy));
          const { ui } = locale;
          this.#notify(
            error.kind === 'rate-limited'
              ? ui.text('sendingAt', {
                  time: new Intl.DateTimeFormat(ui.lang, { timeStyle: 'medium' }).format(policy.now() + delay),
                })
              : ui.text('retrying', { attempt, attempts: policy.attempts }),
          );
          await policy.wait(delay, signal);
        }
      }
    } catch (error) {
      // Removed while waiting: the post stays queued, to be sent by the next page; nobody is left to tell.
      if (signal.aborted) throw error;
      this.#notify('');
      drafts.gaveUp(key, error instanceof BackendError && error.kind === 'rejected');
      throw error;
    }
  }

  /** Shows the reader what is happening to their post, and announces it; an empty message clears it. */
  #notify(message: string): void {
    this.notice = message;
    if (message) this.#options.announcer.announce(message);
    this.#host.requestUpdate();
  }
}
