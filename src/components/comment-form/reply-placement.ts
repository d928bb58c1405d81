/** Where the reply form stands: under the Reply button of the comment it answers. Arrives with the form's chunk. */
import type { Comment } from '../../model/comment.js';
import { h } from '../comment/dom.js';
import { PARTS } from '../parts.js';

export class ReplyPlacement {
  #form?: HTMLElement;
  #for?: string;

  /**
   * Puts the reply form under the Reply button of `replyTo` in the list's `root`, and marks that button expanded.
   * The same form moves along when its comment is drawn anew, so nothing typed in it is lost; a reply to another
   * comment, or none, takes it away.
   */
  place(root: ParentNode, replyTo: Comment | null): void {
    const form = this.#form;
    if (form && this.#for !== replyTo?.id) {
      form.previousElementSibling?.setAttribute('aria-expanded', 'false');
      form.remove();
      this.#form = undefined;
    }
    const button = replyTo && root.querySelector(`#comment-${CSS.escape(replyTo.id)} > [part=reply-button]`);
    if (!button || button.nextSibling === this.#form) return;
    this.#for = replyTo.id;
    this.#form ??= h(
      'parley-comment-form',
      { exportparts: PARTS },
      h('slot', { name: 'privacy-note', slot: 'privacy-note' }),
    );
    button.after(this.#form);
    button.setAttribute('aria-expanded', 'true');
  }
}
