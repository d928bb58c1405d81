/** `<parley-comment-list>`: the threaded list of a section's comments and its "Load more" button. */
import { LitElement, html, noChange, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sectionContext } from '../../context.js';
import type { SectionState } from '../../context.js';
import type { Comment } from '../../model/comment.js';
import type { ThreadNode } from '../../model/thread.js';
import type { Ui } from '../../i18n/ui.js';
import { drawComment } from '../comment/comment.js';
import { h } from '../comment/dom.js';
import { PARTS } from '../parts.js';
import { sharedStyles } from '../shared.styles.js';
import { styles } from './comment-list.styles.js';
import { BLOCK, nextChunkSize } from './chunks.js';
import { nextTask } from '../../tasks.js';

/**
 * The threaded list of comments. Comments are drawn in this element's shadow root: the first
 * screenful at once, the rest in chunks, a task each, so a long thread never blocks the page.
 *
 * @csspart list - The list of top-level comments.
 * @csspart load-more - The "Load more comments" button.
 * @slot privacy-note - Forwarded to the reply form.
 */
export class ParleyCommentList extends LitElement {
  static override styles = [sharedStyles, styles];

  #section = new ContextConsumer(this, { context: sectionContext, subscribe: true });

  private get section(): SectionState {
    return this.#section.value!;
  }

  /** The comment whose reply form is open, to give focus back to its Reply button when the form closes. */
  #replyingTo?: Comment | null;
  /** The open reply form and the id of the comment it answers, under which it is placed once that comment is drawn. */
  #form?: HTMLElement;
  #formFor?: string;
  /**
   * The item drawn for each thread node, in the language it was drawn in. A node the thread keeps
   * (its comment, parent and replies unchanged) keeps its item: only what changed is drawn anew.
   */
  #items = new WeakMap<ThreadNode, HTMLLIElement>();
  #itemsUi?: Ui;
  #focusedId?: string | null;
  /** How many blocks of top-level comments are drawn, and how many of those are drawn for the current section state. */
  #blocks = 0;
  #freshBlocks = 0;
  #drawnFor?: SectionState;
  /** Set while blocks remain to be drawn: each further update draws a chunk of them, a task later. */
  #drawing = false;
  #chunk = 1;
  /** When the current chunk began to draw, and how long the last one took. */
  #chunkStarted = 0;
  #chunkSpent = 0;

  /** One listener for every Reply button of the thread, rather than one per comment. */
  handleReplyClick(event: Event): void {
    const comment = (event.target as Element).closest('[part=reply-button]')?.closest('parley-comment');
    if (comment) this.section.actions.reply(comment.node.comment);
  }

  handleLoadMore(): void {
    this.section.actions.loadMore();
  }

  /**
   * Each chunk after the first waits until the last one is painted: the browser styles what each chunk
   * added in a frame of its own, and handles input in between.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#drawing ? nextTask(true).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once every top-level comment is drawn, not after the first chunk only. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#drawing) complete = await super.getUpdateComplete();
    return complete;
  }

  protected override willUpdate(): void {
    this.#chunk = this.#drawing ? nextChunkSize(this.#chunk, this.#chunkSpent) : 1;
    this.#chunkStarted = performance.now();
    this.#blocks = Math.min(this.#blockCount, Math.max(this.#blocks, 1) + (this.#drawing ? this.#chunk : 0));
    if (this.section !== this.#drawnFor) this.#freshBlocks = 0;
    this.#drawnFor = this.section;
    if (this.section.ui !== this.#itemsUi) {
      this.#items = new WeakMap();
      this.#itemsUi = this.section.ui;
    }
  }

  #item = (node: ThreadNode): HTMLLIElement => {
    let item = this.#items.get(node);
    if (!item) this.#items.set(node, (item = drawComment(node, this.section.ui, this.#item)));
    return item;
  };

  protected override updated(): void {
    this.#chunkSpent = performance.now() - this.#chunkStarted;
    this.#freshBlocks = this.#blocks;
    this.#drawing = this.#blocks < this.#blockCount;
    if (this.#drawing) this.requestUpdate();
    const { focusId, replyTo } = this.section;
    this.#placeForm(replyTo);
    const closed = this.#replyingTo && !replyTo ? this.#replyingTo : null;
    this.#replyingTo = replyTo;
    if (focusId && focusId !== this.#focusedId) {
      this.#focusedId = focusId;
      void this.#focusWhenDrawn(`#comment-${CSS.escape(focusId)}`);
    } else if (closed) {
      void this.#focusWhenDrawn(`#comment-${CSS.escape(closed.id)} [part='reply-button']`);
    }
  }

  protected override render() {
    const { roots, status, hasMore, loadingMore, ui } = this.section;
    /* eslint-disable lit-a11y/click-events-have-key-events -- the list only hears the clicks that bubble up from the
       reply buttons inside it, and a keyboard presses those like any button. */
    return html`
      ${status === 'ready' && roots.length === 0 ? html`<p class="empty">${ui.text('beFirst')}</p>` : nothing}
      ${roots.length
        ? html`<ol part="list" class="comments" @click=${this.handleReplyClick}>
            ${Array.from({ length: this.#blocks }, (_, i) =>
              i < this.#freshBlocks ? noChange : roots.slice(i * BLOCK, i * BLOCK + BLOCK).map(this.#item),
            )}
          </ol>`
        : nothing}
      ${hasMore
        ? html`<button
            part="load-more"
            class="load-more"
            aria-disabled=${loadingMore ? 'true' : 'false'}
            @click=${this.handleLoadMore}
          >
            ${ui.text(loadingMore ? 'loading' : 'loadMore')}
          </button>`
        : nothing}
    `;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }

  get #blockCount(): number {
    return Math.ceil(this.section.roots.length / BLOCK);
  }

  /** Long lists draw in chunks: focuses the target once every chunk is drawn. */
  async #focusWhenDrawn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Puts the reply form under the Reply button of the comment it answers, and marks that button expanded.
   * The same form moves along when its comment is drawn anew, so nothing typed in it is lost; a reply to
   * another comment, or none, takes it away.
   */
  #placeForm(replyTo: Comment | null): void {
    const form = this.#form;
    if (form && this.#formFor !== replyTo?.id) {
      form.previousElementSibling?.setAttribute('aria-expanded', 'false');
      form.remove();
      this.#form = undefined;
    }
    const button = replyTo && this.renderRoot.querySelector(`#comment-${CSS.escape(replyTo.id)} > [part=reply-button]`);
    if (!button || button.nextSibling === this.#form) return;
    this.#formFor = replyTo.id;
    this.#form ??= h('parley-comment-form', { exportparts: PARTS }, h('slot', { name: 'privacy-note', slot: 'privacy-note' }));
    button.after(this.#form);
    button.setAttribute('aria-expanded', 'true');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-comment-list': ParleyCommentList;
  }
}
