/** The events of a reader's post, which travel with the code that posts (the others are in `events.ts`). */
import type { Comment, NewComment } from '../model/comment.js';
import { init } from '../events.js';

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
