/**
 * `<parley-news>`: looks for comments written since the thread was loaded, and offers them ("3 new comments · Show")
 * rather than moving the page under the reader. It looks when the tab is shown again and at an interval that
 * backs off; never in a hidden tab, never while the section is off screen (a collapsed section does not hold it).
 */
import { LitElement, css, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sectionContext } from '../../context.js';
import type { Comment } from '../../model/comment.js';
import { Ui } from '../../i18n/ui.js';
import { enLive } from '../../i18n/en-live.js';
import { AnnounceRequestEvent } from '../../section/requests.js';
import { sharedStyles } from '../shared.styles.js';

/** How long after a look the next one comes: first this, then twice as long each time nothing new came, up to `MAX_DELAY`. */
export const FIRST_DELAY = 30_000;
export const MAX_DELAY = 10 * 60_000;

/**
 * The notice of new comments, with the button that shows them.
 *
 * @csspart news - The notice: "3 new comments".
 * @csspart news-show - Its Show button.
 */
export class ParleyNews extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      p {
        margin: 0;
        padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
        border: var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
    `,
  ];

  #section = new ContextConsumer(this, { context: sectionContext, subscribe: true });
  /** Comments found and not shown yet, newest first. */
  #fresh: Comment[] = [];
  #delay = FIRST_DELAY;
  #timer?: ReturnType<typeof setTimeout>;
  #onScreen = false;
  #looking?: AbortController;
  #observer?: IntersectionObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.handleVisibilityChange);
    this.#observer = new IntersectionObserver((entries) => {
      this.#onScreen = entries.some((entry) => entry.isIntersecting);
      this.#schedule();
    });
    // The section, not this notice, which is empty most of the time.
    this.#observer.observe(this.parentElement ?? this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.handleVisibilityChange);
    this.#observer?.disconnect();
    this.#onScreen = false;
    this.#schedule();
  }

  /** Back in a tab shown again: a look at once, then the interval from where it was. */
  handleVisibilityChange = (): void => {
    if (document.visibilityState === 'visible' && this.#onScreen) void this.look();
    else this.#schedule();
  };

  handleShow(): void {
    const { loader } = this.#section.value!;
    const fresh = this.#fresh;
    this.#fresh = [];
    this.#delay = FIRST_DELAY;
    // In the order of the list: above the others when the newest come first, else after them, oldest first.
    loader.add(loader.query?.order === 'newest' ? fresh : [...fresh].reverse());
    this.requestUpdate();
    this.#schedule();
  }

  /** Asks the backend for comments newer than the newest shown; resolves once the answer is in (or given up). */
  async look(): Promise<void> {
    clearTimeout(this.#timer);
    const { loader } = this.#section.value!;
    const { query } = loader;
    if (!query || loader.status !== 'ready' || this.#looking) {
      this.#schedule();
      return;
    }
    const known = new Set([...loader.comments, ...this.#fresh].map(({ id }) => id));
    const newest = loader.comments.reduce((latest, { createdAt }) => (createdAt > latest ? createdAt : latest), '');
    const since = newest && !Number.isNaN(Date.parse(newest)) ? new Date(newest).toJSON() : undefined;
    const looking = (this.#looking = new AbortController());
    let found: Comment[] = [];
    try {
      const { backend } = await loader.options.source.get();
      const page = await backend.list(
        { thread: query.thread, limit: query.limit, order: 'newest', ...(since ? { since } : {}) },
        { signal: looking.signal },
      );
      // A backend that does not filter by time sends its first page: what the list holds already is not news.
      found = page.comments.filter(
        (comment) =>
          !known.has(comment.id) &&
          comment.status === 'approved' &&
          (!since || Date.parse(comment.createdAt) > Date.parse(since)) &&
          // The thread shown may have changed meanwhile.
          loader.query === query,
      );
    } catch {
      // Not reachable now: the next look comes later than planned.
    }
    if (this.#looking !== looking) return;
    this.#looking = undefined;
    if (found.length) {
      this.#fresh = [...found, ...this.#fresh];
      this.#delay = FIRST_DELAY;
      this.requestUpdate();
      await this.updateComplete;
      this.dispatchEvent(new AnnounceRequestEvent(this.#words().plural('newComments', this.#fresh.length)));
    } else {
      this.#delay = Math.min(this.#delay * 2, MAX_DELAY);
    }
    this.#schedule();
  }

  /** The next look, when the section is on screen in a tab shown; none otherwise, so a section out of sight costs nothing. */
  #schedule(): void {
    clearTimeout(this.#timer);
    if (!this.#onScreen || document.visibilityState !== 'visible' || !this.isConnected) {
      this.#looking?.abort();
      this.#looking = undefined;
      return;
    }
    this.#timer = setTimeout(() => void this.look(), this.#delay);
  }

  #wordsFor?: Ui;
  #words(): Ui {
    const { ui } = this.#section.value!;
    if (this.#wordsFor?.strings !== ui.strings) this.#wordsFor = new Ui(ui.lang, ui.strings, enLive);
    return this.#wordsFor;
  }

  protected override render() {
    const { loader } = this.#section.value!;
    // Shown or reloaded meanwhile: what was found is in the list now.
    if (this.#fresh.some(({ id }) => loader.comments.some((comment) => comment.id === id))) {
      this.#fresh = this.#fresh.filter(({ id }) => !loader.comments.some((comment) => comment.id === id));
    }
    if (!this.#fresh.length) return nothing;
    const words = this.#words();
    return html`<p part="news">
      ${words.plural('newComments', this.#fresh.length)} ·
      <button part="news-show" class="link" @click=${this.handleShow}>${words.text('showNew')}</button>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-news': ParleyNews;
  }
}
