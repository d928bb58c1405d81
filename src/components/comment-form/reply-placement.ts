/** Where the reply form stands: at the end of the comment it answers, under its Reply button. Arrives with the form's chunk. */
import type { Comment } from '../../model/comment.js';
import { h } from '../comment/dom.js';
import { PARTS } from '../parts.js';

/** A comment's own Reply button, not those of its replies. */
const BUTTON = ':scope > [part=reply-button]';

export class ReplyPlacement {
  #form?: HTMLElement;
  #for?: string;

  /**
   * Puts the reply form at the end of the comment `replyTo` in the list's `root`, under its Reply button, and marks
   * that button expanded. A comment that offers no Reply (at the deepest level) still takes the reply a reader
   * started there before. The same form moves along when its comment is drawn anew, so nothing typed in it is lost;
   * a reply to another comment, or none, takes it away. Called once the list has drawn.
   */
  place(root: ParentNode, replyTo: Comment | null): void {
    const form = this.#form;
    if (form && this.#for !== replyTo?.id) {
      const button = form.parentElement?.querySelector<HTMLElement>(BUTTON);
      button?.setAttribute('aria-expanded', 'false');
      form.remove();
      this.#form = undefined;
      // Closed (cancelled, or posted): focus goes back to the Reply button that opened it, unless the form had none.
      if (!replyTo) button?.focus();
    }
    const comment = replyTo && root.querySelector(`#comment-${CSS.escape(replyTo.id)}`);
    if (!comment || comment.lastElementChild === this.#form) return;
    this.#for = replyTo.id;
    this.#form ??= h(
      'parley-comment-form',
      { exportparts: PARTS },
      h('slot', { name: 'privacy-note', slot: 'privacy-note' }),
    );
    comment.append(this.#form);
    comment.querySelector(BUTTON)?.setAttribute('aria-expanded', 'true');
  }
}
