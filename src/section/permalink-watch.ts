/**
 * Watching the address for a comment's permalink (`#comment-<id>`): after the section's first update, and on every
 * `hashchange` while it is in the page. The code that finds and opens the comment (`linked.ts`) loads only when the
 * address points to one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Section } from './linked.js';

type Host = ReactiveControllerHost & Section;

export class PermalinkWatch implements ReactiveController {
  readonly #host: Host;
  #looked = false;

  constructor(host: Host) {
    (this.#host = host).addController(this);
  }

  // The watch itself is the listener, so a section moved in the page never listens twice.
  hostConnected(): void {
    addEventListener('hashchange', this);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this);
  }

  hostUpdated(): void {
    if (this.#looked) return;
    this.#looked = true;
    this.handleEvent();
  }

  handleEvent(): void {
    if (location.hash.startsWith('#comment-'))
      void import('./linked.js').then((linked) => linked.openLinked(this.#host));
  }
}
