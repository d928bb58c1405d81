/**
 * The like button of every comment, for a backend with likes: its own chunk, loaded while the first page is asked
 * for. The button is part of each comment's blank, so a long thread pays a copy for it, and one listener per button
 * is a shared function set as a property, not a closure each.
 */
import type { CommentBackend } from '../../backends/backend.js';
import type { Comment } from '../../model/comment.js';
import { Ui } from '../../i18n/ui.js';
import { enLikes } from '../../i18n/en-likes.js';
import { AnnounceRequestEvent } from '../../section/requests.js';
import type { CommentAddon, ParleyComment } from '../comment/comment.js';
import { h } from '../comment/dom.js';
import { isLiked, readerToken, rememberLike } from './liked.js';

/** The like button of a comment, by its own class: whatever other controls a comment gains, and wherever. */
const buttonOf = (article: Element) => article.getElementsByClassName('like')[0] as HTMLButtonElement;

/** A count a backend sent, when it is one: a whole number, not negative. */
const countOf = (likes: unknown): number | undefined =>
  Number.isSafeInteger(likes) && (likes as number) >= 0 ? (likes as number) : undefined;

/** Like buttons that send through `backend`, which has `like` (and, to undo one, `unlike`). */
export function likeButtons(backend: CommentBackend): CommentAddon {
  /** The section's words with the buttons' English, and its numbers, set with the blank. */
  let ui: Ui;
  let numbers: Intl.NumberFormat;

  function show(button: HTMLButtonElement, count: number, liked: boolean): void {
    button.lastElementChild!.textContent = numbers.format(count);
    button.setAttribute('aria-pressed', String(liked));
    // Liked, on a backend that cannot take a like back, the button has nothing left to do.
    button.setAttribute('aria-disabled', String(liked && !backend.unlike));
  }

  async function handleClick(event: Event): Promise<void> {
    const button = event.currentTarget as HTMLButtonElement;
    const { comment } = (button.closest('parley-comment') as ParleyComment).node;
    const liked = button.getAttribute('aria-pressed') === 'true';
    const send = liked ? backend.unlike : backend.like;
    if (!send || button.hasAttribute('aria-busy')) return;
    const before = countOf(comment.likes) ?? 0;
    if (button.nextElementSibling?.matches('[part=like-error]')) button.nextElementSibling.remove();
    // The count changes at once; the backend's answer corrects it, or puts it back.
    show(button, Math.max(0, before + (liked ? -1 : 1)), !liked);
    button.setAttribute('aria-busy', 'true');
    try {
      const after = countOf(
        await send.call(backend, comment.id, { signal: new AbortController().signal, reader: await readerToken() }),
      );
      comment.likes = after ?? Math.max(0, before + (liked ? -1 : 1));
      void rememberLike(comment.id, !liked);
      show(button, comment.likes, !liked);
    } catch {
      show(button, before, liked);
      const message = ui.text('likeFailed');
      button.after(h('span', { part: 'like-error', class: 'like-error', role: 'status' }, message));
      button.dispatchEvent(new AnnounceRequestEvent(message));
    } finally {
      button.removeAttribute('aria-busy');
    }
  }

  return {
    blank(article, sectionUi) {
      ui = new Ui(sectionUi.lang, sectionUi.strings, enLikes);
      numbers = new Intl.NumberFormat(ui.lang);
      article.lastElementChild!.before(
        h(
          'button',
          { part: 'like', class: 'like', 'aria-pressed': 'false' },
          h('span', { 'aria-hidden': 'true' }, '♥ '),
          `${ui.text('like')} `,
          h('span', { part: 'like-count' }),
        ),
      );
    },
    fill(article, comment: Comment) {
      const button = buttonOf(article);
      // A comment the reader just posted may come without a count: on a thread with likes, it has none yet.
      const count = countOf(comment.likes ?? (comment.status === 'approved' ? 0 : undefined));
      if (count === undefined) {
        button.hidden = true;
        return;
      }
      // Most comments show a count the reader did not add to: the blank's state, and a number.
      if (isLiked(comment.id)) show(button, count, true);
      else button.lastElementChild!.textContent = numbers.format(count);
      button.onclick = handleClick;
    },
  };
}
