/**
 * Reply is offered only where a reply can be made: not on the reader's own comment awaiting moderation, and not at the
 * deepest level (`max-depth`), where a reply could not nest.
 */
import { expect } from '@open-wc/testing';
import { savedPostKey } from '../../src/drafts/drafts.js';
import {
  THREAD,
  deep,
  deepAll,
  mountSection,
  settle,
  stored,
  submitComment,
  until,
  useRestBackend,
} from '../helpers.js';

/** Whether the comment `id` shows a Reply button. */
const offersReply = (section: Element, id: string) =>
  deepAll(section.shadowRoot!, `#comment-${id} > [part=reply-button]`).some((button) => button.checkVisibility());

describe('where Reply is offered', () => {
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it("offers no Reply on the reader's own comment awaiting moderation", async () => {
    await useRestBackend([stored({ id: 'top' })], { holdWords: ['moderate'] });
    const section = await mountSection();
    submitComment(section, 'Please moderate this one.');
    await until(() => deepAll(section.shadowRoot!, '[part=pending-notice]').length === 1, 'the held comment');
    await settle(section);
    const held = deep(section.shadowRoot!, '[part=pending-notice]').closest('article')!;
    expect(offersReply(section, held.id.replace('comment-', ''))).to.equal(false);
    expect(offersReply(section, 'top')).to.equal(true);
  });
  it('offers no Reply at the deepest level, and follows a changed max-depth', async () => {
    await useRestBackend([
      stored({ id: 'top' }),
      stored({ id: 'second', parentId: 'top' }),
      stored({ id: 'third', parentId: 'second' }),
      stored({ id: 'fourth', parentId: 'third' }),
    ]);
    const section = await mountSection({ 'max-depth': '3' });
    expect(offersReply(section, 'top')).to.equal(true);
    expect(offersReply(section, 'second')).to.equal(true);
    expect(offersReply(section, 'third')).to.equal(false);
    // Deeper replies attach at the deepest level: no Reply there either.
    expect(offersReply(section, 'fourth')).to.equal(false);

    section.setAttribute('max-depth', '4');
    await settle(section);
    expect(offersReply(section, 'third')).to.equal(true);
    expect(offersReply(section, 'fourth')).to.equal(false);
    await expect(section).to.be.accessible();
  });

  it('still shows a reply begun earlier under a comment that now offers none', async () => {
    const deepest = stored({ id: 'deepest', parentId: 'top', author: 'Deep Dora' });
    await useRestBackend([stored({ id: 'top' }), deepest]);
    const { thread: _thread, email: _email, ...comment } = deepest;
    localStorage.setItem(
      savedPostKey(THREAD),
      JSON.stringify({ savedAt: Date.now(), content: 'Begun earlier', replyTo: comment, pending: null }),
    );
    const section = await mountSection({ 'max-depth': '2' });
    await until(() => deepAll(section.shadowRoot!, '#comment-deepest parley-comment-form').length === 1, 'the form');
    await settle(section);
    expect(offersReply(section, 'deepest')).to.equal(false);
    expect(deep<HTMLTextAreaElement>(section.shadowRoot!, '#content').value).to.equal('Begun earlier');
  });
});
