/** `<parley-comment-list>`: the threaded list of a section's comments and its "Load more" button. */
import { LitElement, html, noChange, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sectionContext } from '../../context.js';
import type { SectionState } from '../../context.js';
import type { Comment } from '../../model/comment.js';
import type { ThreadNode } from '../../model/thread.js';
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
  /** Set while top-level comments remain to be drawn: each further update draws one more chunk, a task later. */
  #drawing = false;
  #chunkSize = FIRST_CHUNK;
  #chunkStarted = 0;

  /** One listener for every Reply button of the thread, rather than one per comment. */
  handleReplyClick(event: Event): void {
    const comment = (event.target as Element).closest('[part=reply-button]')?.closest('parley-comment');
    if (comment) this.section.actions.reply(comment.node.comment);
  }

  handleLoadMore(): void {
    this.section.actions.loadMore();
  }

  /** Chunks after the first wait for a task of their own, so the browser can paint and handle input in between. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#drawing ? nextTask().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once every top-level comment is drawn, not after the first chunk only. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#drawing) complete = await super.getUpdateComplete();
    return complete;
  }

  protected override willUpdate(): void {
    const { roots, ui, replyPath } = this.section;
    if (this.#drawing) this.#chunkSize = nextChunkSize(this.#chunkSize, performance.now() - this.#chunkStarted);
    this.#chunkStarted = performance.now();
    const next = this.#drawing ? this.#drawnCount + this.#chunkSize : FIRST_CHUNK;
    const drawn = Math.min(roots.length, Math.max(this.#drawnCount, next));
    this.#chunkEnds = this.#chunkEnds.filter((end) => end < drawn);
    if (drawn) this.#chunkEnds.push(drawn);
    const state = [roots, ui, replyPath];
    if (state.some((value, i) => value !== this.#drawnWith[i])) this.#freshChunks = 0;
    this.#drawnWith = state;
  }

  protected override updated(): void {
    this.#freshChunks = this.#chunkEnds.length;
    this.#drawing = this.#drawnCount < this.section.roots.length;
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
    const { roots, status, hasMore, loadingMore, ui } = this.section;
    return html`
      ${status === 'ready' && roots.length === 0 ? html`<p class="empty">${ui.text('beFirst')}</p>` : nothing}
      ${roots.length
        ? html`<ol part="list" class="comments" @click=${this.handleReplyClick}>
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
