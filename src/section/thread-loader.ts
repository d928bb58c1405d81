/**
 * Loading and paging a section's thread: the lazy start, one list request at a time (a newer one aborts the
 * older, so a stale answer never shows), the cursor of the next page, and the comments posted meanwhile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkComment, isThreadable, unreadableError } from '../model/comment.js';
import type { Comment, CommentPage, SortOrder } from '../model/comment.js';
import { buildThread } from '../model/thread.js';
import type { ThreadNode } from '../model/thread.js';
import { ParleyErrorEvent, ParleyLoadEvent } from '../events.js';
import { nextTask, whenRemoved } from '../tasks.js';
import type { Announcer } from './announcer.js';
import type { BackendSource } from './backend-source.js';
import type { LocaleController } from './locale.js';
import { answerRequests } from './requests.js';
import type { RichRenderer } from '../components/comment/comment-body.js';
import type { CommentAddon } from '../components/comment/comment.js';

const hasMarkdown = (comments: readonly Comment[]) =>
  comments.some((comment) => (comment as Comment | null)?.format === 'markdown');

/** How far below the viewport a lazy section starts loading. */
const LAZY_MARGIN = '600px';

export interface ThreadQuery {
  thread: string;
  limit: number;
  order: SortOrder;
}

export interface ThreadLoaderOptions {
  source: BackendSource;
  locale: LocaleController;
  announcer: Announcer;
  /** What to ask for: read when a first page is requested. */
  query(): ThreadQuery;
  /** The deepest reply level the tree nests. */
  maxDepth(): number;
  /** Told of each first page requested, with a promise that settles once it is drawn, or failed, or moot. */
  firstPage(drawn: Promise<unknown>): void;
  /**
   * When the first page loads: `eager` at once, `lazy` once the section nears the viewport, `closed` not before
   * the reader opens the section (then it asks for it with `loadFirst`).
   */
  start(): 'eager' | 'lazy' | 'closed';
}

/** The section's properties whose change, once loading has begun, loads the thread again. */
const QUERY_KEYS = ['api', 'adapter', 'credentials', 'postId', 'backend', 'thread', 'order', 'pageSize'];

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated?: boolean };

export class ThreadLoader implements ReactiveController {
  comments: readonly Comment[] = [];
  /** Every comment of the thread, as the backend counts them. */
  total = 0;
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** The load failure shown with a Retry button. */
  error: { message: string; retry: () => void } | null = null;
  loadingMore = false;
  /** The comment that should take focus once drawn (the one just posted). */
  focusId: string | null = null;
  renderRich?: RichRenderer;
  /** What a backend's features add to each comment (its like buttons). */
  addon?: CommentAddon;
  /** What the thread shown was asked for, once a first page was. */
  query?: ThreadQuery;
  /** The first page as the server rendered it (`parley-comments/ssr`): the first load shows it instead of asking the backend. */
  servedPage?: CommentPage;
  /** The items the server drew for it, by comment id: the list keeps them rather than draws them anew. */
  servedItems?: Map<string, Element>;

  readonly #host: Host;
  /** What it loads with: the new-comments notice asks the same backend (`source`). */
  readonly options: ThreadLoaderOptions;
  #next: string | null = null;
  #lifetime = new AbortController();
  #request?: AbortController;
  #observer?: IntersectionObserver;
  #roots: ThreadNode[] = [];
  /** The comments and depth `#roots` was built from. */
  #builtFrom?: [readonly Comment[], number];
  /** Whether the backend fills `rich` bodies itself. */
  #richText = false;
  /** The renderer that came with the first comment written in Markdown. */
  #markdownRich?: RichRenderer;

  constructor(host: Host, options: ThreadLoaderOptions) {
    (this.#host = host).addController(this);
    this.options = options;
    host.addEventListener('parley-posted', ({ detail }) => {
      if (detail.thread === this.query?.thread) this.add([detail.comment]);
    });
    answerRequests(host, 'parley-load-more-request', () => void this.loadMore());
  }

  get hasMore(): boolean {
    return this.#next !== null;
  }

  /** The reply tree of the comments, built again only when they or the deepest level change. */
  get roots(): ThreadNode[] {
    const depth = this.options.maxDepth();
    const [builtComments, builtDepth] = this.#builtFrom ?? [];
    if (this.comments !== builtComments || depth !== builtDepth) {
      this.#roots = buildThread(this.comments, depth, this.#roots);
      this.#builtFrom = [this.comments, depth];
    }
    return this.#roots;
  }

  /** The thread shown, or about to be. */
  get thread(): string {
    return (this.query ?? this.options.query()).thread;
  }

  hostConnected(): void {
    if (this.#lifetime.signal.aborted) this.#lifetime = new AbortController();
    // Back after a removal (a move leaves the loading as it was): load what was not loaded.
    if (this.#host.hasUpdated && this.status !== 'ready' && this.status !== 'loading') this.start();
  }

  /**
   * Removed from the page, the section's reads are cancelled. Moved (taken out and put back in the same task, as
   * frameworks and drag and drop do), it is still connected a moment later, and nothing is cancelled.
   */
  hostDisconnected(): void {
    whenRemoved(this.#host, () => {
      this.#lifetime.abort();
      this.#observer?.disconnect();
      if (this.status === 'loading') this.status = 'idle';
      this.loadingMore = false;
    });
  }

  /** Loads the first page when the section's `start` option says: now, once the section nears the viewport, or not yet. */
  start(): void {
    const when = this.options.start();
    if (when === 'closed') return;
    this.#observer?.disconnect();
    if (when === 'eager' || !('IntersectionObserver' in window)) {
      void this.loadFirst();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.loadFirst();
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.#observer.observe(this.#host);
  }

  /** Loads the thread again when a property it is asked or loaded with `changed` (not its first value), once loading has begun. */
  reloadOn(changed: ReadonlyMap<PropertyKey, unknown>): void {
    if (QUERY_KEYS.some((key) => changed.has(key) && changed.get(key) !== undefined) && this.status !== 'idle')
      void this.loadFirst();
  }

  /** Loads the thread from its first page; resolves to whether it is shown (undefined when a newer request made it moot). */
  loadFirst(): Promise<boolean | undefined> {
    this.#observer?.disconnect();
    this.query = this.options.query();
    this.status = 'loading';
    this.loadingMore = false;
    const shown = this.#fetch(
      null,
      (page) => {
        this.comments = page.comments;
        this.status = 'ready';
      },
      () => void this.loadFirst(),
    );
    void shown.then((result) => {
      if (result === false) {
        this.status = 'error';
        this.#host.requestUpdate();
      }
    });
    // Drawn: once the list has drawn every chunk of it, and the frame is painted.
    const list = () => this.#host.renderRoot.querySelector('parley-comment-list')?.updateComplete;
    this.options.firstPage(shown.then(list).then(() => nextTask(true)));
    return shown;
  }

  async loadMore(): Promise<void> {
    if (!this.#next || this.loadingMore) return;
    this.loadingMore = true;
    await this.#fetch(
      this.#next,
      (page) => {
        const known = new Set(this.comments.map((comment) => comment.id));
        const added = page.comments.filter((comment) => !known.has(comment.id));
        this.comments = [...this.comments, ...added];
        this.options.announcer.announce(this.options.locale.ui.plural('moreLoaded', added.length));
      },
      () => void this.loadMore(),
    );
    // Shown, failed or made moot: the button is free again (a first page asked meanwhile has reset it already).
    this.loadingMore = false;
    this.#host.requestUpdate();
  }

  /**
   * Asks for one page, superseding any list request still running, and hands it to `show`.
   * Resolves to whether it was shown, or undefined when a newer request or the section's removal made it moot.
   */
  async #fetch(
    cursor: string | null,
    show: (page: CommentPage) => void,
    retry: () => void,
  ): Promise<boolean | undefined> {
    this.#request?.abort();
    this.#request = new AbortController();
    const signal = AbortSignal.any([this.#request.signal, this.#lifetime.signal]);
    this.error = null;
    this.#host.requestUpdate();
    try {
      const { backend, renderRich, addon } = await this.options.source.get();
      const served = cursor ? undefined : this.servedPage;
      this.servedPage = undefined;
      const listing = served ? undefined : backend.list({ ...this.query!, ...(cursor ? { cursor } : {}) }, { signal });
      if (!cursor) {
        // The first date and number formats load the browser's calendar and number data: now that the request is
        // out, while the answer is on its way, so it can be drawn as soon as it arrives.
        const { ui } = this.options.locale;
        ui.date(new Date().toJSON());
        ui.plural('commentCount', 0);
      }
      const page = served ?? (await listing!);
      // Like buttons go on a thread whose comments carry counts: a `rest` server without likes sends none.
      if (!cursor) this.addon = page.comments.some((comment) => comment.likes !== undefined) ? await addon : undefined;
      this.#richText = !!backend.richText;
      const bodies = await this.#readMarkdown(page.comments);
      // Parsing the answer had a task of its own (see `request`), and only its envelope is checked here, so the
      // first comments are drawn at once: as soon as the section's language is in.
      await this.options.locale.ready;
      if (signal.aborted) return undefined;
      this.renderRich = renderRich ?? this.#markdownRich;
      this.total = page.total;
      this.#next = page.next;
      // What cannot even be placed in the reply tree is left out now; the rest is checked as it is drawn.
      const comments: Comment[] = [];
      const unreadable = [...(page.unreadable ?? [])];
      for (const comment of bodies) {
        if (isThreadable(comment)) comments.push(comment);
        // Named by its first wrong field, as the check before drawing names the others.
        else unreadable.push(checkComment(comment)!);
      }
      show({ ...page, comments });
      this.#host.requestUpdate();
      this.#host.dispatchEvent(new ParleyLoadEvent(page.total));
      if (unreadable.length) this.#host.dispatchEvent(new ParleyErrorEvent(unreadableError(unreadable), 'load'));
      return true;
    } catch (error) {
      if (signal.aborted) return undefined;
      // Told in the section's language, as comments are: an answer that fails fast comes before the table.
      await this.options.locale.ready;
      const { ui } = this.options.locale;
      // The words for what went wrong load when something fails; when they cannot load either, the connection is the cause.
      const why = await import('../i18n/describe-error.js').then(
        ({ describeError }) => describeError(error, ui),
        () => ui.text('errorNetwork'),
      );
      if (signal.aborted) return undefined;
      const message = `${ui.text('loadFailed')} ${why}`;
      this.error = { message, retry };
      this.#host.requestUpdate();
      this.reportFailure(error, message);
      return false;
    }
  }

  /** Announces what failed to load and tells the page through `parley-error`. */
  reportFailure(error: unknown, message: string): void {
    this.options.announcer.announce(message);
    this.#host.dispatchEvent(new ParleyErrorEvent(error, 'load'));
  }

  /** Comments new to the list (the one the reader posted, or new ones they asked to see) join it; the first takes focus once drawn. */
  add(comments: Comment[]): void {
    if (!this.#markdownIn(comments)) return this.#add(comments);
    void this.#readMarkdown(comments).then((bodies) => {
      this.renderRich ??= this.#markdownRich;
      this.#add(bodies);
    });
  }

  /**
   * Whether `comments` go through the Markdown reader: when they hold Markdown, and once its renderer is in, since it
   * would draw a rich body a plain server sent along.
   */
  #markdownIn(comments: Comment[]): boolean {
    return !!this.#markdownRich || hasMarkdown(comments);
  }

  /** Comments written in Markdown get their rich bodies, from a chunk loaded with the first; without it, they show as typed. */
  async #readMarkdown(comments: Comment[]): Promise<Comment[]> {
    if (!this.#markdownIn(comments)) return comments;
    try {
      const { readMarkdownBodies, renderRich } = await import('./markdown-bodies.js');
      this.#markdownRich = renderRich;
      return readMarkdownBodies(comments, this.#richText);
    } catch {
      return comments;
    }
  }

  #add(comments: Comment[]): void {
    this.comments = this.query!.order === 'newest' ? [...comments, ...this.comments] : [...this.comments, ...comments];
    this.total += comments.length;
    this.focusId = comments[0].id;
    this.#host.requestUpdate();
  }
}
