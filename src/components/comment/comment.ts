/** `<parley-comment>`: one comment with its replies. Drawn in its list's shadow root, so a thread of thousands costs no shadow roots. */
import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclarations } from 'lit';
import type { ThreadNode } from '../../model/thread.js';
import type { Ui } from '../../i18n/ui.js';
import { PARTS } from '../parts.js';
import { bodyOf } from './comment-body.js';
import { isHttpUrl } from '../../model/url.js';

const AVATAR_HUES = 4;

/** One comment as an item of a list (the thread's, or its parent's replies); only comments on the reply path get it. */
export const renderCommentItem = (node: ThreadNode, ui: Ui, replyPath: readonly string[] | null | undefined) =>
  html`<li>
    <parley-comment
      .node=${node}
      .ui=${ui}
      .replyPath=${replyPath?.includes(node.comment.id) ? replyPath : null}
    ></parley-comment>
  </li>`;

/**
 * One comment: avatar, author, date, body, Reply button, and its replies.
 *
 * @csspart comment - The comment itself, without its replies.
 * @csspart comment-header - Avatar, author and date.
 * @csspart avatar - The author's picture, or their initial.
 * @csspart author - The author's name (a link when they gave a website).
 * @csspart date - When it was written.
 * @csspart body - The text.
 * @csspart reply-button - The Reply button.
 * @csspart pending-notice - "Your comment is awaiting moderation."
 * @csspart replies - The list of replies.
 */
export class ParleyComment extends LitElement {
  static override properties: PropertyDeclarations = {
    node: { attribute: false },
    ui: { attribute: false },
    replyPath: { attribute: false },
  };

  /** The comment and its replies. */
  node!: ThreadNode;
  /** Strings and formats of the section's language. */
  ui!: Ui;
  /** Ids from the top level down to the comment being replied to, when it is this one or one of its replies. */
  replyPath?: readonly string[] | null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  // Text that is the whole content of an element is bound as its `.textContent`: a child binding would cost
  // every comment a marker node and a part object more.
  protected override render() {
    const { comment, parent, replies } = this.node;
    const ui = this.ui;
    const author = comment.author.trim() || ui.text('anonymous');
    const id = `comment-${comment.id}`;
    // Whole attribute values, not `id="${id}-author"`: a binding with one value keeps no array of values per comment.
    const authorId = `${id}-author`;
    const contextId = `${id}-context`;
    const replying = this.replyPath?.at(-1) === comment.id;
    const body = bodyOf(comment);
    const linked = isHttpUrl(comment.url);
    return html`<article
        part="comment"
        class="comment"
        id=${id}
        tabindex="-1"
        aria-labelledby=${authorId}
        aria-describedby=${parent ? contextId : nothing}
      >
        <header part="comment-header" class="header">
          ${this.renderAvatar(author)}
          <h3 part=${linked ? nothing : 'author'} class="author" id=${authorId}>
            ${linked ? html`<a part="author" href=${comment.url} rel="nofollow ugc noopener">${author}</a>` : author}
          </h3>
          <time part="date" datetime=${comment.createdAt} .textContent=${ui.date(comment.createdAt)}></time>
          ${parent
            ? html`<span
                class="visually-hidden"
                id=${contextId}
                .textContent=${ui.text('inReplyTo', { name: parent.author.trim() || ui.text('anonymous') })}
              ></span>`
            : nothing}
        </header>
        ${comment.status === 'pending'
          ? html`<p part="pending-notice" class="pending" .textContent=${ui.text('awaitingModeration')}></p>`
          : nothing}
        <div part="body" class=${body.rich ? 'body rich' : 'body'} dir="auto">${body.content}</div>
        <button
          part="reply-button"
          class="link"
          aria-label=${ui.text('replyTo', { name: author })}
          aria-expanded=${replying ? 'true' : 'false'}
          .textContent=${ui.text('reply')}
        ></button>
        ${replying
          ? html`<parley-comment-form exportparts=${PARTS}>
              <slot name="privacy-note" slot="privacy-note"></slot>
            </parley-comment-form>`
          : nothing}
      </article>
      ${replies.length
        ? html`<ol part="replies" class="replies">
            ${replies.map((reply) => renderCommentItem(reply, ui, this.replyPath))}
          </ol>`
        : nothing}`;
  }

  private renderAvatar(author: string) {
    const { avatar } = this.node.comment;
    if (isHttpUrl(avatar)) {
      return html`<img
        part="avatar"
        class="avatar"
        src=${avatar}
        alt=""
        width="40"
        height="40"
        loading="lazy"
        referrerpolicy="no-referrer"
      />`;
    }
    let hash = 0;
    for (const char of author) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
    const initial = [...author][0]?.toLocaleUpperCase(this.ui.lang) ?? '?';
    return html`<span part="avatar" class=${`avatar initial hue-${hash % AVATAR_HUES}`} aria-hidden="true" .textContent=${initial}></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-comment': ParleyComment;
  }
}
