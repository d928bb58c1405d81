/**
 * What a section's children ask of it. These events bubble out of the children's shadow roots and stop at the
 * section's own, where the unit whose job it is answers them (`answerRequests`); a page never sees them.
 */
import type { ReactiveControllerHost } from 'lit';
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

/** A section to the units that answer its requests: it holds controllers, and the requests reach its shadow root. */
export type RequestedSection = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Makes `handle` the section's answer to the requests of type `type`. Each request stops at the section's shadow
 * root, so the page never sees it.
 */
export function answerRequests<R extends Event>(section: RequestedSection, type: string, handle: (request: R) => void) {
  const listener = (request: Event) => {
    request.stopPropagation();
    handle(request as R);
  };
  // The same listener each time the section is connected: a section moved in the page answers once.
  section.addController({ hostConnected: () => section.renderRoot.addEventListener(type, listener) });
}
