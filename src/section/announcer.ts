/** The section's live region: what screen readers are told, one message at a time. */
import type { ReactiveControllerHost } from 'lit';

export class Announcer {
  /** The text of the live region. */
  message = '';

  constructor(private readonly host: ReactiveControllerHost) {}

  announce(message: string): void {
    // The same words twice in a row would not be read again: make the second differ invisibly.
    this.message = message === this.message ? `${message}\u00a0` : message;
    this.host.requestUpdate();
  }
}
