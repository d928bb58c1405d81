/**
 * `<parley-comment>`: one comment with its replies, in its list's shadow root. A comment never changes once
 * drawn (a changed comment is drawn anew), so it is built as plain DOM: a thread of thousands keeps no
 * template parts, update cycles or shadow roots, only its elements.
 */
import type { Comment } from '../../model/comment.js';
import { isTime } from '../../model/comment.js';
import type { ThreadNode } from '../../model/thread.js';
import type { Ui } from '../../i18n/ui.js';
import { isHttpUrl } from '../../model/url.js';
import { fillBody } from './comment-body.js';
import type { RichRenderer } from './comment-body.js';
import { h } from './dom.js';
import { ElementBase } from '../element-base.js';

/** How many colours initials are drawn on, spread evenly around the colour wheel. */
const AVATAR_HUES = 8;

/**
 * What a backend's features add to every comment (the like button), from a chunk loaded with that backend: put into
 * the blank once, then filled per comment, so a long thread pays a copy, not a build, for it.
 */
export interface CommentAddon {
  blank(article: HTMLElement, ui: Ui): void;
  fill(article: HTMLElement, comment: Comment): void;
}

/**
 * One comment: avatar, author, date, body, Reply button, and its replies.
 *
 * @customElement parley-comment
 * @csspart comment - The comment itself, without its replies.
 * @csspart comment-header - Avatar, author and date.
 * @csspart avatar - The author's picture, or their initial.
 * @csspart author - The author's name (a link when they gave a website).
 * @csspart date - When it was written: a link to the comment (`#comment-<id>`), its permalink.
 * @csspart edited - "Edited", beside the date of a comment its author changed; when they did is its tooltip.
 * @csspart edit-button - "Edit", on the reader's own comment while the backend lets them change it.
 * @csspart delete-button - "Delete", beside it.
 * @csspart edit-form - The comment's text open for editing, in place of the text.
 * @csspart edit-label - "Edit your comment", the label of the box.
 * @csspart edit-textarea - The box holding the text.
 * @csspart edit-error - What went wrong with a change or a deletion (or with the text), under the box or the question.
 * @csspart edit-save - The Save button.
 * @csspart edit-cancel - The Cancel button of the box.
 * @csspart delete-confirm - "Delete this comment?" with its two buttons, asked in place of Edit and Delete.
 * @csspart delete-question - The question.
 * @csspart delete-confirm-button - "Yes, delete".
 * @csspart delete-cancel - The Cancel button of the question.
 * @csspart body - The text.
 * @csspart reply-button - The Reply button.
 * @csspart pending-notice - "Your comment is awaiting moderation."
 * @csspart replies - The list of replies.
 * @csspart like - The like button, with its count (`aria-pressed` when the reader liked it), where the backend has likes.
 * @csspart like-count - The number of likes inside it.
 * @csspart like-error - Beside it, what went wrong when the backend refused a like.
 */
export class ParleyComment extends ElementBase {
  /** The comment and its replies, set by the list that draws it. @internal */
  node!: ThreadNode;
}

/**
 * Draws comments for one list, in one language. Every comment starts as a copy of a blank that holds what
 * all comments have, which costs less than building it.
 */
export class CommentDrawer {
  #blank?: HTMLLIElement;

  constructor(
    readonly ui: Ui,
    /** Draws rich bodies, for backends that send them. */
    readonly renderRich?: RichRenderer,
    readonly addon?: CommentAddon,
    /** Whether the backend's avatar pictures are shown; else initials only. */
    readonly pictures = true,
  ) {}

  /**
   * One comment as an item of a list (the thread's, or its parent's replies), drawn with its replies;
   * `item` gives the items of each reply, so a list can hand back the ones it has drawn before.
   */
  draw(node: ThreadNode, item: (reply: ThreadNode) => Node[]): HTMLLIElement {
    const { ui } = this;
    const copy = (this.#blank ??= blankComment(ui, this.addon)).cloneNode(true) as HTMLLIElement;
    const element = copy.firstChild as ParleyComment;
    const article = element.firstChild as HTMLElement;
    const header = article.firstChild as HTMLElement;
    const initial = header.firstChild as HTMLElement;
    const heading = initial.nextSibling as HTMLElement;
    const date = heading.nextSibling as HTMLAnchorElement;
    const time = date.firstChild as HTMLTimeElement;
    const body = header.nextSibling as HTMLElement;
    const { comment, parent, replies } = node;
    const author = nameOf(comment, ui);
    const id = `comment-${comment.id}`;

    element.node = node;
    article.id = id;
    article.setAttribute('aria-labelledby', (heading.id = `${id}-author`));
    drawAvatar(initial, comment, author, ui, this.pictures);
    if (isHttpUrl(comment.url)) {
      heading.append(h('a', { part: 'author', href: comment.url, rel: 'nofollow ugc noopener' }, author));
    } else {
      heading.setAttribute('part', 'author');
      heading.textContent = author;
    }
    date.href = `#${id}`;
    time.dateTime = comment.createdAt;
    time.textContent = ui.date(comment.createdAt);
    ui.relative?.(time, ui.lang);
    const { editedAt } = comment;
    if (isTime(editedAt)) {
      const when = ui.date(editedAt);
      date.after(h('time', { part: 'edited', class: 'date', datetime: editedAt, title: when }, ui.text('edited')));
    }
    if (parent) {
      header.append(
        h(
          'span',
          { class: 'visually-hidden', id: `${id}-context` },
          ui.text('inReplyTo', { name: nameOf(parent, ui) }),
        ),
      );
      article.setAttribute('aria-describedby', `${id}-context`);
    }
    if (comment.status === 'pending') {
      body.before(h('p', { part: 'pending-notice', class: 'pending' }, ui.text('awaitingModeration')));
    }
    if (comment.lang) body.lang = comment.lang;
    fillBody(body, comment, this.renderRich);
    // Set once the text is in: under `dir="auto"` each added node would make the browser read the direction anew.
    body.dir = 'auto';
    const reply = article.lastElementChild as HTMLElement;
    reply.setAttribute('aria-label', ui.text('replyTo', { name: author }));
    // A held comment cannot be answered yet, and at the deepest level a reply could not nest: no Reply there.
    reply.hidden = comment.status === 'pending' || !!node.deepest;
    this.addon?.fill(article, comment);
    if (replies.length) element.append(h('ol', { part: 'replies', class: 'replies' }, ...replies.flatMap(item)));
    return copy;
  }
}

/** What every comment has, in the language of `ui`. */
function blankComment(ui: Ui, addon?: CommentAddon): HTMLLIElement {
  const item = h(
    'li',
    {},
    h(
      'parley-comment',
      {},
      h(
        'article',
        { part: 'comment', class: 'comment', tabindex: '-1' },
        h(
          'header',
          { part: 'comment-header', class: 'header' },
          h('span', { part: 'avatar', 'aria-hidden': 'true' }),
          h('h3', { class: 'author' }),
          h(
            'a',
            { part: 'date', class: 'date' },
            h('time'),
            // The space keeps the date and these words apart when they are read as one name.
            h('span', { class: 'visually-hidden' }, ` ${ui.text('permalink')}`),
          ),
        ),
        // Readers write in the section's language, whatever language its words fell back to.
        h('div', { part: 'body', class: 'body', lang: ui.lang }),
        h('button', { part: 'reply-button', class: 'link', 'aria-expanded': 'false' }, ui.text('reply')),
      ),
    ),
  ) as HTMLLIElement;
  addon?.blank(item.querySelector('article')!, ui);
  return item;
}

const nameOf = (comment: Comment, ui: Ui) => comment.author.trim() || ui.text('anonymous');

/** The author's picture when the backend gives one (and pictures are shown), else their initial on a colour their name picks. */
function drawAvatar(initial: HTMLElement, { avatar }: Comment, author: string, ui: Ui, pictures: boolean): void {
  if (pictures && isHttpUrl(avatar)) {
    initial.replaceWith(
      h('img', {
        // How to fetch it is set before where from.
        loading: 'lazy',
        referrerpolicy: 'no-referrer',
        part: 'avatar',
        class: 'avatar',
        alt: '',
        width: '40',
        height: '40',
        src: avatar,
      }),
    );
    return;
  }
  let hash = 0;
  for (let i = 0; i < author.length; i++) hash = (hash * 31 + author.charCodeAt(i)) >>> 0;
  initial.className = 'avatar initial';
  initial.style.setProperty('--_hue', `${(hash % AVATAR_HUES) * (360 / AVATAR_HUES)}deg`);
  initial.textContent = String.fromCodePoint(author.codePointAt(0) ?? 63).toLocaleUpperCase(ui.lang);
}

declare global {
  interface HTMLElementTagNameMap {
    'parley-comment': ParleyComment;
  }
}
