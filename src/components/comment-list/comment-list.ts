/** `<parley-comment-list>`: the threaded list of a section's comments and its "Load more" button. */
import { LitElement, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sectionContext } from '../../context.js';
import type { SectionState } from '../../context.js';
import type { Comment } from '../../model/comment.js';
import type { ReplyRequestEvent } from '../comment/comment.js';
import { sharedStyles } from '../shared.styles.js';
import { styles } from './comment-list.styles.js';

/**
 * The threaded list of comments. Comments are drawn in this element's shadow root.
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

  handleReplyRequest(event: ReplyRequestEvent): void {
    this.section.actions.reply(event.node.comment);
  }

  handleLoadMore(): void {
    this.section.actions.loadMore();
  }

  protected override updated(): void {
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
        ? html`<ol part="list" class="comments" @parley-reply-request=${this.handleReplyRequest}>
            ${roots.map(
              (node) =>
                html`<li>
                  <parley-comment
                    .node=${node}
                    .ui=${ui}
                    .replyPath=${replyPath?.[0] === node.comment.id ? replyPath : null}
                  ></parley-comment>
                </li>`,
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

  /** Comments draw their replies a moment after the list draws them: wait until the target exists, then focus it. */
  async #focusWhenDrawn(selector: string): Promise<void> {
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
