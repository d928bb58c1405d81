/** `<parley-comments>`: the root of a comments section. It renders the section and wires the units that do the work to its configuration (`comments.properties.ts`). */
import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { sectionContext } from '../../context.js';
import { Announcer } from '../../section/announcer.js';
import { BackendSource } from '../../section/backend-source.js';
import { Commenting } from '../../section/commenting.js';
import { LocaleController } from '../../section/locale.js';
import { ThreadLoader } from '../../section/thread-loader.js';
import { PermalinkWatch } from '../../section/permalink-watch.js';
import { PageTheme, pageScheme } from '../../section/page-theme.js';
import { listOrder, loadReaderTools } from '../../section/reader-tools.js';
import { PARTS } from '../parts.js';
import { sharedStyles } from '../shared.styles.js';
import { styles } from './comments.styles.js';
import { ParleyCommentsProperties } from './comments.properties.js';
import { renderPageMarkup } from './page-markup.js';

/**
 * An embeddable comments section: the thread of one page and the "Leave a Reply" form.
 *
 * @customElement parley-comments
 * @fires {ParleyLoadEvent} parley-load - A page of comments arrived: `{ total }`.
 * @fires {ParleySubmitEvent} parley-submit - A reader is about to post (cancelable): `{ comment }`.
 * @fires {ParleyPostedEvent} parley-posted - The backend accepted a comment: `{ comment, thread }`.
 * @fires {ParleyErrorEvent} parley-error - Loading or posting failed: `{ error, phase }`.
 * @slot - The page's own rendering of the comments (a CMS's list and form), shown until the first page is drawn.
 * @slot privacy-note - Replaces the privacy note above the form fields.
 * @csspart section - The whole section.
 * @csspart heading - The heading with the number of comments.
 * @csspart count - The number of comments in the heading.
 * @csspart toggle - The "Click to comment" button of a collapsed section.
 * @csspart status - Loading and error messages.
 * @csspart retry - The Retry button of an error message.
 * @csspart target - The comment a permalink (`#comment-<id>`) opened.
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
export class ParleyComments extends ParleyCommentsProperties {
  static override styles = [sharedStyles, styles];

  /** Whether the reader opened a collapsed section. */
  #opened = false;

  #provider = new ContextProvider(this, { context: sectionContext });
  #locale = new LocaleController(this);
  #announcer = new Announcer(this);
  /** Known to Lit as a controller: nothing here reads it. @internal */
  readonly permalinks = new PermalinkWatch(this);
  /** Redraws the section when the page's own theme switch changes (for theme="auto"); nothing reads it. @internal */
  readonly pageTheme = new PageTheme(this);
  #source = new BackendSource();
  #loader = new ThreadLoader(this, {
    source: this.#source,
    locale: this.#locale,
    announcer: this.#announcer,
    query: () => ({
      thread: this.thread || location.pathname,
      limit: this.pageSize,
      order: listOrder(this.order),
    }),
    maxDepth: () => this.maxDepth,
    start: () => (this.collapsed && !this.#opened ? 'closed' : this.loading),
    firstPage: (drawn) => {
      this.#commenting.load(drawn);
      void loadReaderTools(drawn);
    },
  });
  #commenting: Commenting = new Commenting(this, {
    source: this.#source,
    locale: this.#locale,
    announcer: this.#announcer,
    loader: this.#loader,
    policy: () => this.policy,
  });

  /** Set until a section rendered on the server (`parley-comments/ssr`) is taken over: its first update waits for it. */
  #adopting?: Promise<void>;

  /**
   * A section rendered on the server keeps its shadow root, and its chunk (`served.ts`) takes it over before the
   * first update. Should that chunk not load, the server's section stays as it was rendered.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const served = this.shadowRoot;
    if (!served) return super.createRenderRoot();
    this.#adopting = import('./served.js').then(({ adopt }) => adopt(served, this, this.#loader));
    return served;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const adopting = this.#adopting;
    this.#adopting = undefined;
    return adopting ? adopting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#locale.follow(this, this.language, this.strings, this.dates === 'relative');
    this.#source.follow(this, changed);
    this.#provider.setValue({
      ui: this.#locale.ui,
      roots: this.#loader.roots,
      privacyUrl: this.privacyUrl || null,
      pictures: this.avatars !== 'off',
      loader: this.#loader,
      commenting: this.#commenting,
    });
  }

  protected override firstUpdated(): void {
    this.#loader.start();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#loader.reloadOn(changed);
  }

  handleOpen(): void {
    this.#opened = true;
    this.requestUpdate();
    void this.refresh();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#heading')?.focus());
  }

  /** Loads the thread again from its first page. */
  async refresh(): Promise<void> {
    await this.#loader.loadFirst();
  }

  protected override render() {
    const open = !this.collapsed || this.#opened;
    return html`<section
      part="section"
      class=${(this.theme === 'auto' && pageScheme()) || nothing}
      lang=${this.#locale.ui.textLang}
      dir=${this.#locale.ui.text('dir')}
      aria-labelledby=${open ? 'heading' : nothing}
    >
      ${
        open
          ? this.renderThread()
          : html`<button part="toggle" class="primary" aria-expanded="false" @click=${this.handleOpen}>
            ${this.#locale.ui.text('openComments')}
          </button>`
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#announcer.message}</div>
    </section>`;
  }

  private renderThread() {
    const ui = this.#locale.ui;
    const { status, total, error, comments } = this.#loader;
    const { drafts, failed } = this.#commenting;
    const replyTo = drafts?.replyTo;
    const heading =
      status === 'ready' || total > 0
        ? total > 0
          ? ui.plural('commentCount', total)
          : ui.text('noComments')
        : ui.text('comments');
    const privacySlot = html`<slot name="privacy-note" slot="privacy-note"></slot>`;
    return html`
      <h2 part="heading" id="heading" tabindex="-1"><span part="count">${heading}</span></h2>
      ${renderPageMarkup(status, ui)}
      <parley-reading-tools live=${this.live} exportparts="sort-label, sort-select, news, news-show"></parley-reading-tools>
      <parley-comment-list exportparts=${PARTS}>${replyTo ? privacySlot : nothing}</parley-comment-list>
      ${
        error
          ? html`<div part="status" class="status error">
            <p>${error.message}</p>
            <button part="retry" @click=${error.retry}>${ui.text('retry')}</button>
          </div>`
          : nothing
      }
      ${
        failed
          ? html`<p part="status" class="status error">${ui.text('formFailed')}</p>`
          : !drafts || (replyTo && comments.some(({ id }) => id === replyTo.id))
            ? nothing
            : html`<parley-comment-form exportparts=${PARTS}>${privacySlot}</parley-comment-form>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-comments': ParleyComments;
  }
}
