// The form's code cannot be loaded (the connection dropped, or a new deploy removed the chunk an old parley.js asks for).
// This file never imports the form itself, so the section's own import is the first and fails.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { deep, deepAll, mountSection, stored, text, until, useRestBackend } from '../helpers.js';
import type { ParleyErrorEvent } from '../../src/events.js';

describe('reliability: the form’s code cannot be loaded', () => {
  it('shows the comments, says where the form would be that it could not load, announces it and tells the page', async () => {
    const comment = stored({ content: 'Still readable' });
    const missing = http.get(/\/comment-form\/form-chunk\./, () => new HttpResponse(null, { status: 404 }));
    await useRestBackend([comment], { first: [missing] });
    const phases: string[] = [];
    const onError = (event: Event) => phases.push((event as ParleyErrorEvent).detail.phase);
    document.addEventListener('parley-error', onError);
    try {
      const section = await mountSection({}, false);
      const message = 'The comment form could not be loaded. Reload the page to leave a reply.';
      await until(() => deepAll(section.shadowRoot!, `#comment-${comment.id}`).length, 'the comment');
      await until(
        () => deepAll(section.shadowRoot!, '[part=status]').some((status) => text(status) === message),
        'the message',
      );
      expect(text(deep(section.shadowRoot!, `#comment-${comment.id} [part=body]`))).to.equal('Still readable');
      expect(deepAll(section.shadowRoot!, 'parley-comment-form')).to.have.length(0);
      expect(text(section.shadowRoot!.querySelector('[role=status]')!)).to.equal(message);
      expect(phases).to.deep.equal(['load']);
    } finally {
      document.removeEventListener('parley-error', onError);
    }
  });
});
