/** `<parley-comment-list>`: the threaded list of a section's comments and its "Load more" button. */
import { LitElement, html, noChange, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sectionContext } from '../../context.js';
import type { SectionState } from '../../context.js';
import type { Comment } from '../../model/comment.js';
import { renderCommentItem } from '../comment/comment.js';
import { sharedStyles } from '../shared.styles.js';
import { styles } from './comment-list.styles.js';
import { BLOCK, nextChunkSize, nextTask } from './chunks.js';

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
  #focusedId?: string | null;
  /** How many blocks of top-level comments are drawn, and how many of those are drawn for the current section state. */
  #blocks = 0;
  #freshBlocks = 0;
  #drawnFor?: SectionState;
  /** Set while blocks remain to be drawn: each further update draws a chunk of them, a task later. */
  #drawing = false;
  #chunk = 1;
  #chunkStarted = 0;

  /** One listener for every Reply button of the thread, rather than one per comment. */
  handleReplyClick(event: Event): void {
    const comment = (event.target as Element).closest('[part=reply-button]')?.closest('parley-comment');
    if (comment) this.section.actions.reply(comment.node.comment);
  }

  handleLoadMore(): void {
    this.section.actions.loadMore();
  }

  /** Chunks after the first wait for a task of their own (the second for the first block's frame), so the browser can paint and handle input in between. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#drawing ? nextTask(this.#blocks === 1).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once every top-level comment is drawn, not after the first chunk only. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#drawing) complete = await super.getUpdateComplete();
    return complete;
  }

  protected override willUpdate(): void {
    const now = performance.now();
    this.#chunk = this.#drawing ? nextChunkSize(this.#chunk, now - this.#chunkStarted) : 1;
    this.#chunkStarted = now;
    this.#blocks = Math.min(this.#blockCount, Math.max(this.#blocks, 1) + (this.#drawing ? this.#chunk : 0));
    if (this.section !== this.#drawnFor) this.#freshBlocks = 0;
    this.#drawnFor = this.section;
  }

  protected override updated(): void {
    this.#freshBlocks = this.#blocks;
    this.#drawing = this.#blocks < this.#blockCount;
    if (this.#drawing) this.requestUpdate();
    const { focusId, replyTo } = this.section;
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
    const { roots, status, hasMore, loadingMore, ui, replyPath } = this.section;
    return html`
      ${status === 'ready' && roots.length === 0 ? html`<p class="empty">${ui.text('beFirst')}</p>` : nothing}
      ${roots.length
        ? html`<ol part="list" class="comments" @click=${this.handleReplyClick}>
            ${Array.from({ length: this.#blocks }, (_, i) =>
              i < this.#freshBlocks ? noChange : roots.slice(i * BLOCK, i * BLOCK + BLOCK).map((node) => renderCommentItem(node, ui, replyPath)),
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
  }

  get #blockCount(): number {
    return Math.ceil(this.section.roots.length / BLOCK);
  }

  /** Long lists draw in chunks, and comments draw their replies a moment after the list draws them: wait until the target exists, then focus it. */
  async #focusWhenDrawn(selector: string): Promise<void> {
    await this.updateComplete;
    for (let round = 0; round < 16; round++) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) {
        target.focus();
        return;
      }
      const drawing = [...this.renderRoot.querySelectorAll('parley-comment')].filter((comment) => comment.isUpdatePending);
      if (!drawing.length) return;
      await Promise.all(drawing.map((comment) => comment.updateComplete));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-comment-list': ParleyCommentList;
  }
}
