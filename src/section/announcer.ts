/** The section's live region: what screen readers are told, one message at a time, whether a unit or a child asks. */
import { answerRequests } from './requests.js';
import type { AnnounceRequestEvent, RequestedSection } from './requests.js';

export class Announcer {
  /** The text of the live region. */
  message = '';

  constructor(private readonly host: RequestedSection) {
    answerRequests(host, 'parley-announce-request', (request: AnnounceRequestEvent) => this.announce(request.message));
  }

  announce(message: string): void {
    // The same words twice in a row would not be read again: make the second differ invisibly.
    this.message = message === this.message ? `${message}\u00a0` : message;
    this.host.requestUpdate();
  }
}
