/** Reply is offered only where a reply can be made: not on the reader's own comment awaiting moderation. */
import { expect } from '@open-wc/testing';
import { deep, deepAll, mountSection, settle, stored, submitComment, until, useRestBackend } from '../helpers.js';

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
});
