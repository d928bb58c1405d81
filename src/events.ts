/**
 * The events a section fires (the README's Events section): one class each, bubbling and composed. Those of a
 * reader's post (`parley-submit`, `parley-posted`) are in `posting/posting-events.ts`, with the code that posts.
 */
import type { ParleyPostedEvent, ParleySubmitEvent } from './posting/posting-events.js';

export const init = { bubbles: true, composed: true } as const;

/** A page of comments arrived; `total` counts every comment of the thread. */
export class ParleyLoadEvent extends CustomEvent<{ total: number }> {
  constructor(total: number) {
    super('parley-load', { ...init, detail: { total } });
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
