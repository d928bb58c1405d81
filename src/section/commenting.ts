/**
 * The reader's side of a section: when the form's code loads (once the comments are drawn, so they come
 * first), and the drafts and posting of the thread shown.
 */
import type { Comment } from '../model/comment.js';
import type { Drafts } from '../drafts/drafts.js';
import type { Posting } from '../posting/posting.js';
import type { ReplyPlacement } from '../components/comment-form/reply-placement.js';
import type { RetryPolicy } from '../posting/retry-policy.js';
import type { Announcer } from './announcer.js';
import type { BackendSource } from './backend-source.js';
import type { LocaleController } from './locale.js';
import type { ThreadLoader } from './thread-loader.js';
import { answerRequests } from './requests.js';
import type { ReplyRequestEvent, RequestedSection } from './requests.js';

/** How long the form waits for the comments to be drawn before it is drawn anyway. */
const FORM_WAIT = 500;

type FormChunk = typeof import('../components/comment-form/form-chunk.js');

export interface CommentingOptions {
  source: BackendSource;
  locale: LocaleController;
  announcer: Announcer;
  loader: ThreadLoader;
  /** The page's changes to how posts are retried. */
  policy(): Partial<RetryPolicy>;
}

export class Commenting {
  /** The drafts and posting of the thread shown, once the form's code is loaded. */
  drafts?: Drafts;
  posting?: Posting;
  /** Where the reply form stands, once the form's code is loaded. */
  replyPlacement?: ReplyPlacement;
  /** The form's code could not be loaded: a message stands in its place. */
  failed = false;
  /** Edit and Delete on the reader's own comments, once the thread shown has one they may still change. */
  ownEdits?: { show(root: ShadowRoot): void };

  readonly #host: RequestedSection & HTMLElement;
  readonly #options: CommentingOptions;
  #chunk?: Promise<FormChunk>;
  #ready?: Promise<void>;

  constructor(host: RequestedSection & HTMLElement, options: CommentingOptions) {
    this.#host = host;
    this.#options = options;
    answerRequests(host, 'parley-reply-request', (request: ReplyRequestEvent) => this.reply(request.comment));
  }

  /** Loads the form's code once `drawn` settles, or after a moment if the comments are slow or many. */
  load(drawn: Promise<unknown>): void {
    this.#ready = Promise.race([drawn, new Promise((resolve) => setTimeout(resolve, FORM_WAIT))]).then(() =>
      this.#useThread(),
    );
  }

  /** Opens the reply form under `to`, or closes it; waits for the form's code when it is still on its way. */
  reply(to: Comment | null): void {
    if (this.drafts) {
      this.drafts.reply(to);
      this.#host.requestUpdate();
    } else {
      void this.#ready?.then(() => this.drafts && this.reply(to));
    }
  }

  /**
   * The drafts and posting of the thread now shown. On first use for a thread they restore the reader's draft
   * and resume a post that was on its way; the reader's name, email and website carry over from the last thread.
   */
  async #useThread(): Promise<void> {
    const { source, locale, announcer, loader } = this.#options;
    let chunk: FormChunk;
    try {
      chunk = await (this.#chunk ??= import('../components/comment-form/form-chunk.js'));
    } catch (error) {
      this.#chunk = undefined;
      this.failed = true;
      this.#host.requestUpdate();
      loader.reportFailure(error, locale.ui.text('formFailed'));
      return;
    }
    const { thread } = loader;
    if (this.drafts?.thread === thread) return;
    if (!this.drafts) {
      locale.addEnglish(chunk.enForm);
      // From now on the section follows the page's language (the first one was read when it was drawn).
      chunk.followLang(this.#host);
      this.replyPlacement = new chunk.ReplyPlacement();
    }
    ({ drafts: this.drafts, posting: this.posting } = chunk.commentOn(this.#host, thread, this.drafts, {
      backend: async () => (await source.get()).backend,
      policy: this.#options.policy,
      locale,
      announcer,
    }));
    chunk.watchOwnEdits(this.#host, this, this.#options);
    this.#host.requestUpdate();
  }
}
