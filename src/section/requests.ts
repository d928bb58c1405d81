/**
 * What a section's children ask of it. These events bubble out of the children's shadow roots and stop at the
 * section, which handles them; a page never sees them.
 */
import type { Comment } from '../model/comment.js';

const init = { bubbles: true, composed: true } as const;

/** Open the reply form under `comment`, or close it (null). */
export class ReplyRequestEvent extends Event {
  constructor(readonly comment: Comment | null) {
    super('parley-reply-request', init);
  }
}

/** Load the next page of comments. */
export class LoadMoreRequestEvent extends Event {
  constructor() {
    super('parley-load-more-request', init);
  }
}

/** Read `message` to screen-reader users. */
export class AnnounceRequestEvent extends Event {
  constructor(readonly message: string) {
    super('parley-announce-request', init);
  }
}
