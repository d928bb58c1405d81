/** The requests a section's children send up (reply, load more, announce): the section acts on them, and keeps them to itself. */
import { expect } from '@open-wc/testing';
import { deep, deepAll, mountSection, settle, stored, text, until, useRestBackend } from '../helpers.js';
import { AnnounceRequestEvent } from '../../src/section/requests.js';

const REQUESTS = ['parley-reply-request', 'parley-load-more-request', 'parley-announce-request'];

/** Every request event that reached the page: on `document`, on `window`, or on the section element itself. */
function listenOutside(section: Element) {
  const heard: string[] = [];
  const hear = (event: Event) => heard.push(event.type);
  const targets: EventTarget[] = [document, window, section];
  for (const target of targets) for (const type of REQUESTS) target.addEventListener(type, hear);
  const stop = () => {
    for (const target of targets) for (const type of REQUESTS) target.removeEventListener(type, hear);
  };
  return { heard, stop };
}

const region = (section: Element) => text(deep(section.shadowRoot!, '[role=status]'));

describe('requests from a section’s children', () => {
  before(() => import('../../src/components/comment-form/form-chunk.js'));
  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('are acted on by the section and never reach the page', async () => {
    await useRestBackend([stored({ id: 'p', author: 'Fay' }), stored({ id: 'q' }), stored({ id: 'r' })]);
    const section = await mountSection({ 'page-size': '2' });
    const root = section.shadowRoot!;
    const outside = listenOutside(section);

    // Reply: the form moves under the comment, and Cancel reply brings it back.
    deep(root, '#comment-p [part=reply-button]').click();
    await settle(section);
    const replyForm = deep(root, '#comment-p parley-comment-form');
    expect(text(replyForm.shadowRoot!.querySelector('[part=form-title]')!)).to.equal('Leave a Reply to Fay');
    replyForm.shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel-reply]')!.click();
    await settle(section);
    expect(deepAll(root, '#comment-p parley-comment-form')).to.be.empty;

    // Load more: the next page joins the list.
    deep(root, '[part=load-more]').click();
    await until(() => deepAll(root, '#comment-r').length, 'the next page');

    // Announce: the form's message for empty fields is read out.
    deep(root, '[part=submit]').click();
    await until(() => region(section).startsWith('Please correct'), 'the announcement');

    outside.stop();
    expect(outside.heard).to.deep.equal([]);
  });

  it('read out an announcement a child asks for, again when the words repeat', async () => {
    await useRestBackend([stored()]);
    const section = await mountSection();
    const list = deep(section.shadowRoot!, 'parley-comment-list');
    const outside = listenOutside(section);
    list.dispatchEvent(new AnnounceRequestEvent('Link copied'));
    await settle(section);
    const first = deep(section.shadowRoot!, '[role=status]').textContent;
    list.dispatchEvent(new AnnounceRequestEvent('Link copied'));
    await settle(section);
    const second = deep(section.shadowRoot!, '[role=status]').textContent;
    expect(region(section)).to.equal('Link copied');
    expect(second, 'the region changes, so a screen reader reads it again').to.not.equal(first);
    outside.stop();
    expect(outside.heard).to.deep.equal([]);
  });
});
