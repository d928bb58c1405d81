/** `<parley-comment-list>`: the threaded list of a section's comments and its "Load more" button. */
import { LitElement, html, noChange, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sectionContext } from '../../context.js';
import type { SectionState } from '../../context.js';
import type { Comment } from '../../model/comment.js';
import type { ThreadNode } from '../../model/thread.js';
import type { ReplyRequestEvent } from '../comment/comment.js';
import { sharedStyles } from '../shared.styles.js';
import { styles } from './comment-list.styles.js';
import { FIRST_CHUNK, nextChunkSize, nextTask } from './chunks.js';

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
  #replyingTo: Comment | null = null;
  #focusedId: string | null = null;
  /** Where each drawn chunk of top-level comments ends; the last end is how many are drawn. */
  #chunkEnds: number[] = [];
  /** How many chunks are drawn with the current roots, strings and reply path: those are left as they are. */
  #freshChunks = 0;
  #drawnWith: unknown[] = [];
  #drawing = false;

  handleReplyRequest(event: ReplyRequestEvent): void {
    this.section.actions.reply(event.node.comment);
  }

  handleLoadMore(): void {
    this.section.actions.loadMore();
  }

  protected override willUpdate(): void {
    const { roots, ui, replyPath } = this.section;
    const drawn = Math.min(roots.length, Math.max(this.#drawnCount, FIRST_CHUNK));
    this.#chunkEnds = this.#chunkEnds.filter((end) => end < drawn);
    if (drawn) this.#chunkEnds.push(drawn);
    const state = [roots, ui, replyPath];
    if (state.some((value, i) => value !== this.#drawnWith[i])) this.#freshChunks = 0;
    this.#drawnWith = state;
  }

  protected override updated(): void {
    this.#freshChunks = this.#chunkEnds.length;
    if (!this.#drawing && this.#drawnCount < this.section.roots.length) void this.#drawRest();
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
    const { roots, status, hasMore, loadingMore, ui } = this.section;
    return html`
      ${status === 'ready' && roots.length === 0 ? html`<p class="empty">${ui.text('beFirst')}</p>` : nothing}
      ${roots.length
        ? html`<ol part="list" class="comments" @parley-reply-request=${this.handleReplyRequest}>
            ${this.#chunkEnds.map((end, i) =>
              i < this.#freshChunks ? noChange : roots.slice(this.#chunkEnds[i - 1] ?? 0, end).map(this.renderComment, this),
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

  private renderComment(node: ThreadNode) {
    const { ui, replyPath } = this.section;
    return html`<li>
      <parley-comment
        .node=${node}
        .ui=${ui}
        .replyPath=${replyPath?.[0] === node.comment.id ? replyPath : null}
      ></parley-comment>
    </li>`;
  }

  get #drawnCount(): number {
    return this.#chunkEnds.at(-1) ?? 0;
  }

  /** Draws the top-level comments not drawn yet, one chunk per task, each sized to take about the same time. */
  async #drawRest(): Promise<void> {
    this.#drawing = true;
    let size = FIRST_CHUNK;
    let started = performance.now();
    while (this.isConnected && this.#drawnCount < this.section.roots.length) {
      await nextTask();
      size = nextChunkSize(size, performance.now() - started);
      started = performance.now();
      this.#chunkEnds.push(Math.min(this.section.roots.length, this.#drawnCount + size));
      this.requestUpdate();
    }
    this.#drawing = false;
  }

  /** Comments draw their replies a moment after the list draws them, and long lists in chunks: wait until the target exists, then focus it. */
  async #focusWhenDrawn(selector: string): Promise<void> {
    for (let round = 0; round < 16 || (this.#drawing && this.isConnected); round++) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) {
        target.focus();
        return;
      }
      const drawing = [...this.renderRoot.querySelectorAll('parley-comment')].filter((comment) => comment.isUpdatePending);
      if (drawing.length) await Promise.all(drawing.map((comment) => comment.updateComplete));
      else if (this.#drawing) await nextTask();
      else return;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-comment-list': ParleyCommentList;
  }
}
