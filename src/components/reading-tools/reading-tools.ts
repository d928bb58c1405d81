/**
 * `<parley-reading-tools>`, above the list: the sort control, and the notice of new comments (its own chunk, loaded
 * unless `live="off"`). Sorting offers Oldest and Newest always, Top (most liked) when the backend has likes; the
 * choice is kept for the whole site, and the thread loads again in it, an open draft staying as it is.
 */
import { LitElement, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sectionContext } from '../../context.js';
import type { SortOrder } from '../../model/comment.js';
import { Ui } from '../../i18n/ui.js';
import { enSort } from '../../i18n/en-sort.js';
import { ORDER_KEY, ORDER_NAMES, keepForPage } from '../../section/sort-choice.js';
import { AnnounceRequestEvent } from '../../section/requests.js';
import { sharedStyles } from '../shared.styles.js';
import { styles } from './reading-tools.styles.js';

/** Keeps the reader's choice for the site, or for this page where the browser keeps nothing (sandboxed frames, blocked cookies, a full storage). */
function choose(order: SortOrder): void {
  try {
    localStorage.setItem(ORDER_KEY, order);
    if (localStorage.getItem(ORDER_KEY) === order) return keepForPage(undefined);
  } catch {
    // Closed or full: kept for the page.
  }
  keepForPage(order);
}

/**
 * The reader's tools. The sort control shows once a thread has two comments or more.
 *
 * @csspart sort-label - "Sort by".
 * @csspart sort-select - The list of orders.
 * @csspart news - The notice of new comments: "3 new comments".
 * @csspart news-show - Its Show button.
 */
export class ParleyReadingTools extends LitElement {
  static override styles = [sharedStyles, styles];

  static override properties = { live: {} };

  /** `off`: no notice of new comments (the section's `live`). */
  live: 'on' | 'off' = 'on';

  #section = new ContextConsumer(this, { context: sectionContext, subscribe: true });
  /** The section's words with the control's English, made anew when the section's change. */
  #words?: Ui;

  async handleChange(event: Event): Promise<void> {
    const order = (event.target as HTMLSelectElement).value as SortOrder;
    const { loader } = this.#section.value!;
    choose(order);
    // The first page again, in the order chosen; drafts belong to the thread, not the list, so an open one stays.
    if (await loader.loadFirst()) this.dispatchEvent(new AnnounceRequestEvent(this.#text('sorted', order)));
  }

  #text(key: 'sorted', order: SortOrder): string {
    return this.#words!.text(key, { order: this.#words!.text(ORDER_NAMES[order]) });
  }

  protected override render() {
    const { ui, loader } = this.#section.value!;
    if (this.#words?.strings !== ui.strings) this.#words = new Ui(ui.lang, ui.strings, enSort);
    const words = this.#words;
    const news = this.live === 'off' ? nothing : html`<parley-news exportparts="news, news-show"></parley-news>`;
    const { comments, query, addon } = loader;
    if (!query || comments.length < 2) return news;
    // Top means something only when the comments carry likes.
    const orders: SortOrder[] =
      addon && comments.some((comment) => comment.likes !== undefined)
        ? ['oldest', 'newest', 'top']
        : ['oldest', 'newest'];
    return html`<div class="sort">
        <label part="sort-label" for="order">${words.text('sortLabel')}</label>
        <select part="sort-select" id="order" @change=${this.handleChange}>
          ${orders.map(
            (order) =>
              html`<option value=${order} ?selected=${order === query.order}>${words.text(ORDER_NAMES[order])}</option>`,
          )}
        </select>
      </div>
      ${news}`;
  }

  protected override updated(): void {
    // The notice's code comes when it is first wanted.
    if (this.live !== 'off') void import('../live/live-chunk.js');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-reading-tools': ParleyReadingTools;
  }
}
