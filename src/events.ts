/** The events a section fires (the README's Events section): one class each, bubbling and composed. */
import type { Comment, NewComment } from './model/comment.js';

const init = { bubbles: true, composed: true } as const;

/** A page of comments arrived; `total` counts every comment of the thread. */
export class ParleyLoadEvent extends CustomEvent<{ total: number }> {
  constructor(total: number) {
    super('parley-load', { ...init, detail: { total } });
  }
}

/** A reader is about to post; cancel it to veto the post. */
export class ParleySubmitEvent extends CustomEvent<{ comment: NewComment }> {
  constructor(comment: NewComment) {
    super('parley-submit', { ...init, cancelable: true, detail: { comment } });
  }
}

/** The backend accepted a comment (it may still await moderation: see `comment.status`) for `thread`. */
export class ParleyPostedEvent extends CustomEvent<{ comment: Comment; thread: string }> {
  constructor(comment: Comment, thread: string) {
    super('parley-posted', { ...init, detail: { comment, thread } });
  }
}

/** Loading or posting failed; the section shows the reader what happened. */
export class ParleyErrorEvent extends CustomEvent<{ error: Error; phase: 'load' | 'post' }> {
  /** Whatever was thrown becomes an `Error`, so a page's listener can always read `error.message`. */
  constructor(error: unknown, phase: 'load' | 'post') {
    super('parley-error', {
      ...init,
      detail: { error: error instanceof Error ? error : new Error(String(error)), phase },
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'parley-load': ParleyLoadEvent;
    'parley-submit': ParleySubmitEvent;
    'parley-posted': ParleyPostedEvent;
    'parley-error': ParleyErrorEvent;
  }
}
