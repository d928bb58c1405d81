/** `<parley-comments>`: the root of a comments section. It owns the configuration, the backend and the thread. */
import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { sectionContext } from '../../context.js';
import type { Draft, SectionState } from '../../context.js';
import type { CommentBackend } from '../../backends/backend.js';
import { createBackend } from '../../backends/registry.js';
import type { Comment, CommentPage, NewComment, SortOrder } from '../../model/comment.js';
import { buildThread } from '../../model/thread.js';
import type { ThreadNode } from '../../model/thread.js';
import { ParleyErrorEvent, ParleyLoadEvent, ParleyPostedEvent } from '../../events.js';
import { locales, matchLocale, usableLang } from '../../i18n/locales.js';
import type { Strings } from '../../i18n/strings.js';
import { Ui } from '../../i18n/ui.js';
import { describeError } from '../../i18n/describe-error.js';
import type { Posting } from '../../posting/posting.js';
import { PARTS } from '../parts.js';
import { nextTask } from '../../tasks.js';
import { sharedStyles } from '../shared.styles.js';
import { styles } from './comments.styles.js';

/** How far below the viewport a lazy section starts loading. */
const LAZY_MARGIN = '600px';
/** How long the form waits for the comments to be drawn before it is drawn anyway. */
const FORM_WAIT = 500;

/**
 * An embeddable comments section: the thread of one page and the "Leave a Reply" form.
 *
 * @fires parley-load - A page of comments arrived: `{ total }`.
 * @fires parley-submit - A reader is about to post (cancelable): `{ comment }`.
 * @fires parley-posted - The backend accepted a comment: `{ comment }`.
 * @fires parley-error - Loading or posting failed: `{ error, phase }`.
 * @slot privacy-note - Replaces the privacy note above the form fields.
 * @csspart section - The whole section.
 * @csspart heading - The heading with the number of comments.
 * @csspart count - The number of comments in the heading.
 * @csspart toggle - The "Click to comment" button of a collapsed section.
 * @csspart status - Loading and error messages.
 * @csspart retry - The Retry button of an error message.
 * @cssprop --parley-font - Font of the section (default: the page's).
 * @cssprop --parley-color-text - Text colour (default: the page's).
 * @cssprop --parley-color-muted - Secondary text: dates, notes.
 * @cssprop --parley-color-bg - Background of the section.
 * @cssprop --parley-color-surface - Background of comments and fields.
 * @cssprop --parley-color-accent - Links, buttons and focus rings.
 * @cssprop --parley-color-error - Error messages and invalid fields.
 * @cssprop --parley-radius - Corner radius.
 * @cssprop --parley-space - The base spacing unit.
 * @cssprop --parley-border - Border of comments, fields and buttons.
 */
export class ParleyComments extends LitElement {
  static override styles = [sharedStyles, styles];

  static override properties: PropertyDeclarations = {
    api: {},
    adapter: {},
    thread: {},
    postId: { attribute: 'post-id' },
    language: { attribute: 'lang' },
    theme: { reflect: true },
    collapsed: { type: Boolean },
    loading: {},
    order: {},
    maxDepth: { type: Number, attribute: 'max-depth' },
    pageSize: { type: Number, attribute: 'page-size' },
    privacyUrl: { attribute: 'privacy-url' },
    credentials: {},
    backend: { attribute: false },
    strings: { attribute: false },
    ...Object.fromEntries(
      ['comments', 'total', 'next', 'status', 'error', 'loadingMore', 'replyTo', 'focusId', 'opened', 'announcement', 'localeStrings', 'notice', 'formFailed'].map(
        (name) => [name, { state: true }],
      ),
    ),
  };

  /** Base URL of a backend speaking the Parley REST protocol (or the adapter's backend). */
  api = '';
  /** Which built-in adapter speaks to `api`. */
  adapter = 'rest';
  /** Key of the discussion; defaults to the page's path. */
  thread = '';
  /** The post's id, for backends that key threads by post (`post-id`). */
  postId = '';
  /** UI language (the element's own `lang` attribute); defaults to the page's. */
  language = '';
  /** `light`, `dark` or `auto` (follows the reader's system setting). */
  theme: 'light' | 'dark' | 'auto' = 'auto';
  /** Show only a "Click to comment" button until the reader opens the section. */
  collapsed = false;
  /** `lazy`: load when the section nears the viewport; `eager`: at once. */
  loading: 'lazy' | 'eager' = 'lazy';
  /** `oldest` or `newest` first. */
  order: SortOrder = 'oldest';
  /** Deepest reply level; deeper replies attach to the deepest allowed parent (`max-depth`). */
  maxDepth = 3;
  /** Comments fetched per page (`page-size`). */
  pageSize = 50;
  /** When set, the privacy note links to it (`privacy-url`). */
  privacyUrl = '';
  /** Fetch credentials mode for backend requests. */
  credentials: RequestCredentials = 'omit';
  /** A backend object; it wins over `api` and `adapter`. */
  backend?: CommentBackend;
  /** Overrides of any UI text. */
  strings: Partial<Strings> = {};

  private comments: readonly Comment[] = [];
  private total = 0;
  private next: string | null = null;
  private status: SectionState['status'] = 'idle';
  private error: { message: string; retry: () => void } | null = null;
  private loadingMore = false;
  private replyTo: Comment | null = null;
  private focusId: string | null = null;
  private opened = false;
  private announcement = '';
  private localeStrings: Partial<Strings> = {};
  /** What is happening to the reader's post (retrying, queued), shown in the form. */
  private notice = '';
  /** The form's code could not be loaded: a message stands in its place. */
  private formFailed = false;

  #provider = new ContextProvider(this, { context: sectionContext });
  #lifetime = new AbortController();
  #listRequest?: AbortController;
  #observer?: IntersectionObserver | null;
  #backendPromise?: Promise<CommentBackend> | null;
  #roots: ThreadNode[] = [];
  #ui!: Ui;
  #draft: Draft = { content: '', author: '', email: '', url: '', consent: false };
  /** Drafts, retries and the offline queue: loaded with the first page, like the form. */
  #posting?: Promise<Posting> | null;
  #postingThread?: string;

  #actions = {
    send: async (input: NewComment) => (await this.#loadPosting()).send(input),
    loadMore: () => void this.#loadMore(),
    reply: (to: Comment | null) => {
      this.replyTo = to;
      this.#keepDraft();
    },
    saveDraft: <K extends keyof Draft>(field: K, value: Draft[K]) => {
      this.#draft[field] = value;
      if (field === 'content') this.#keepDraft();
    },
    announce: (message: string) => this.#announce(message),
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#lifetime.signal.aborted) this.#lifetime = new AbortController();
    if (this.hasUpdated && this.status !== 'ready') this.#startLoading();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lifetime.abort();
    this.#observer?.disconnect();
    this.#observer = null;
    if (this.status === 'loading') this.status = 'idle';
  }

  /** The language the section speaks: its own `lang`, else the nearest in the page, else English. */
  get resolvedLang(): string {
    return usableLang(this.language || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('language')) void this.#loadLocale();
    if (!this.#ui || changed.has('strings') || changed.has('localeStrings') || changed.has('language')) {
      this.#ui = new Ui(this.resolvedLang, { ...this.localeStrings, ...this.strings });
    }
    if (changed.has('comments') || changed.has('maxDepth')) {
      this.#roots = buildThread(this.comments, this.maxDepth);
    }
    this.#provider.setValue({
      ui: this.#ui,
      status: this.status,
      error: this.error?.message ?? null,
      roots: this.#roots,
      total: this.total,
      hasMore: this.next !== null,
      loadingMore: this.loadingMore,
      replyTo: this.replyTo,
      thread: this.#threadKey,
      focusId: this.focusId,
      privacyUrl: this.privacyUrl || null,
      draft: this.#draft,
      notice: this.notice,
      actions: this.#actions,
    });
  }

  protected override firstUpdated(): void {
    this.#startLoading();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A new source or query: build the backend anew (cheap) and, once loading has begun, load again.
    const query = ['api', 'adapter', 'credentials', 'postId', 'backend', 'thread', 'order', 'pageSize'] as const;
    if (query.some((key) => changed.has(key) && changed.get(key) !== undefined)) {
      this.#backendPromise = null;
      if (this.status !== 'idle') void this.refresh();
    }
  }

  handleOpen(): void {
    this.opened = true;
    void this.#loadFirstPage();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#heading')?.focus());
  }

  /** Loads the thread again from its first page. */
  async refresh(): Promise<void> {
    await this.#loadFirstPage();
  }

  protected override render() {
    const open = !this.collapsed || this.opened;
    return html`<section part="section" dir=${this.#ui.text('dir')} aria-labelledby=${open ? 'heading' : nothing}>
      ${open
        ? this.renderThread()
        : html`<button part="toggle" class="primary" aria-expanded="false" @click=${this.handleOpen}>
            ${this.#ui.text('openComments')}
          </button>`}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderThread() {
    const ui = this.#ui;
    const heading =
      this.status === 'ready' || this.total > 0
        ? this.total > 0
          ? ui.plural('commentCount', this.total)
          : ui.text('noComments')
        : ui.text('comments');
    const privacySlot = html`<slot name="privacy-note" slot="privacy-note"></slot>`;
    return html`
      <h2 part="heading" id="heading" tabindex="-1"><span part="count">${heading}</span></h2>
      ${this.status === 'loading' ? html`<p part="status" class="status">${ui.text('loading')}</p>` : nothing}
      <parley-comment-list exportparts=${PARTS}>${this.replyTo ? privacySlot : nothing}</parley-comment-list>
      ${this.error
        ? html`<div part="status" class="status error">
            <p>${this.error.message}</p>
            <button part="retry" @click=${this.error.retry}>${ui.text('retry')}</button>
          </div>`
        : nothing}
      ${this.formFailed
        ? html`<p part="status" class="status error">${ui.text('formFailed')}</p>`
        : this.replyTo && this.comments.some(({ id }) => id === this.replyTo!.id)
          ? nothing
          : html`<parley-comment-form exportparts=${PARTS}>${privacySlot}</parley-comment-form>`}
    `;
  }

  #startLoading(): void {
    if (this.collapsed && !this.opened) return;
    if (this.loading === 'eager' || !('IntersectionObserver' in window)) {
      void this.#loadFirstPage();
      return;
    }
    this.#observer?.disconnect();
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#observer?.disconnect();
        this.#observer = null;
        void this.#loadFirstPage();
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#observer.observe(this);
  }

  async #loadLocale(): Promise<void> {
    const name = matchLocale(this.resolvedLang);
    const { default: strings } = await locales[name]();
    if (matchLocale(this.resolvedLang) === name) this.localeStrings = strings;
  }

  #backendFor(): Promise<CommentBackend> {
    if (this.backend) return Promise.resolve(this.backend);
    if (!this.api) {
      return Promise.reject(new Error('Parley: set the api attribute, or the backend property'));
    }
    this.#backendPromise ??= createBackend(this.adapter, {
      api: this.api,
      credentials: this.credentials,
      postId: this.postId || undefined,
    });
    return this.#backendPromise;
  }

  get #threadKey(): string {
    return this.thread || location.pathname;
  }

  /**
   * Asks for one page, superseding any list request still running, and hands it to `show`.
   * Resolves to whether it was shown, or undefined when a newer request or the section's removal made it moot.
   */
  async #fetchPage(cursor: string | null, show: (page: CommentPage) => void, retry: () => void): Promise<boolean | undefined> {
    this.#listRequest?.abort();
    this.#listRequest = new AbortController();
    const signal = AbortSignal.any([this.#listRequest.signal, this.#lifetime.signal]);
    this.error = null;
    try {
      const query = { thread: this.#threadKey, limit: this.pageSize, order: this.order, ...(cursor ? { cursor } : {}) };
      const page = await (await this.#backendFor()).list(query, { signal });
      // Checking a long page takes a while: drawing it waits for a task of its own.
      await nextTask();
      if (signal.aborted) return undefined;
      this.total = page.total;
      this.next = page.next;
      show(page);
      this.dispatchEvent(new ParleyLoadEvent(page.total));
      return true;
    } catch (error) {
      if (signal.aborted) return undefined;
      this.#fail(error, retry);
      return false;
    }
  }

  async #loadFirstPage(): Promise<void> {
    this.#observer?.disconnect();
    // The first date format loads the browser's calendar data: now, so the answer can be drawn as soon as it arrives.
    this.#ui.date(new Date().toJSON());
    this.status = 'loading';
    this.loadingMore = false;
    const shown = this.#fetchPage(
      null,
      (page) => {
        this.comments = page.comments;
        this.status = 'ready';
      },
      () => void this.#loadFirstPage(),
    );
    // Comments come first: the form's code once they are all on screen, or after a moment if they are slow or
    // many. Then posting's, which restores a saved draft and resumes a queued post.
    const drawn = shown.then(() => this.renderRoot.querySelector('parley-comment-list')?.updateComplete).then(() => nextTask(true));
    Promise.race([drawn, new Promise((resolve) => setTimeout(resolve, FORM_WAIT))])
      .then(() => import('../comment-form/register.js'))
      .then(
        () => this.#loadPosting(),
        (error: unknown) => {
          this.formFailed = true;
          this.#reportLoadError(error, this.#ui.text('formFailed'));
        },
      )
      .catch(() => undefined);
    if ((await shown) === false) this.status = 'error';
  }

  async #loadMore(): Promise<void> {
    if (!this.next || this.loadingMore) return;
    this.loadingMore = true;
    const shown = await this.#fetchPage(
      this.next,
      (page) => {
        const known = new Set(this.comments.map((comment) => comment.id));
        const added = page.comments.filter((comment) => !known.has(comment.id));
        this.comments = [...this.comments, ...added];
        this.#announce(this.#ui.plural('moreLoaded', added.length));
      },
      () => void this.#loadMore(),
    );
    if (shown !== undefined) this.loadingMore = false;
  }

  /** A post reached the backend; it joins the list unless the section shows another thread by now. */
  #delivered(comment: Comment, thread: string): void {
    if (thread === this.#threadKey) {
      this.comments = this.order === 'newest' ? [comment, ...this.comments] : [...this.comments, comment];
      this.total += 1;
      this.replyTo = null;
      this.focusId = comment.id;
      this.#draft.content = '';
    }
    this.#announce(this.#ui.text(comment.status === 'pending' ? 'awaitingModeration' : 'posted'));
    this.dispatchEvent(new ParleyPostedEvent(comment));
  }

  /** The posting machinery for this thread; on first load it restores the reader's draft and resumes a queued post. */
  #loadPosting(): Promise<Posting> {
    const thread = this.#threadKey;
    if (this.#postingThread !== thread) {
      // Another thread's draft is not this one's.
      if (this.#postingThread !== undefined) {
        this.#draft.content = '';
        this.replyTo = null;
      }
      this.#postingThread = thread;
      this.#posting = null;
    }
    this.#posting ??= import('../../posting/posting.js').then(({ Posting }) => {
      const posting = new Posting({
        thread,
        ui: () => this.#ui,
        signal: () => this.#lifetime.signal,
        backend: () => this.#backendFor(),
        notify: (message) => {
          this.notice = message;
          if (message) this.#announce(message);
        },
        delivered: (comment) => this.#delivered(comment, thread),
      });
      const { content, replyTo } = posting.draft;
      this.#draft.content ||= content;
      this.replyTo ??= replyTo;
      this.requestUpdate();
      posting.resume();
      return posting;
    }, (error: unknown) => {
      this.#postingThread = undefined;
      throw error;
    });
    return this.#posting;
  }

  #keepDraft(): void {
    void this.#loadPosting().then((posting) => posting.keep(this.#draft.content, this.replyTo), () => undefined);
  }

  #fail(error: unknown, retry: () => void): void {
    const message = `${this.#ui.text('loadFailed')} ${describeError(error, this.#ui)}`;
    this.error = { message, retry };
    this.#reportLoadError(error, message);
  }

  /** Announces what failed to load and tells the page through `parley-error`. */
  #reportLoadError(error: unknown, message: string): void {
    this.#announce(message);
    this.dispatchEvent(new ParleyErrorEvent(error, 'load'));
  }

  #announce(message: string): void {
    // The same words twice in a row would not be read again: make the second differ invisibly.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'parley-comments': ParleyComments;
  }
}
