/**
 * Drafts as a reader meets them again: restored without moving the page, each form with its own text, and a reply
 * whose comment is gone turned into a top-level comment, with a word saying so.
 */
import { expect } from '@open-wc/testing';
import { savedPostKey } from '../../src/drafts/drafts.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import {
  THREAD,
  deep,
  deepAll,
  focused,
  mountSection,
  settle,
  stored,
  text,
  type,
  until,
  useRestBackend,
} from '../helpers.js';

const contentBox = (section: ParleyComments) => deep<HTMLTextAreaElement>(section.shadowRoot!, '#content');
const title = (section: ParleyComments) => text(deep(section.shadowRoot!, '[part=form-title]'));
const replyForms = (section: ParleyComments) => deepAll(section.shadowRoot!, 'parley-comment parley-comment-form');

/** A reply draft saved on an earlier visit, answering `parent`. */
function saveReplyDraft(parent: ReturnType<typeof stored>, content: string): void {
  const { thread: _thread, email: _email, ...comment } = parent;
  localStorage.setItem(
    savedPostKey(THREAD),
    JSON.stringify({ savedAt: Date.now(), content, replyTo: comment, pending: null }),
  );
}

async function pressReply(section: ParleyComments, id: string): Promise<void> {
  deep(section.shadowRoot!, `#comment-${id} [part=reply-button]`).click();
  await until(() => replyForms(section).length === 1, 'the reply form');
  await settle(section);
}

describe('restoring drafts', () => {
  let spacer: HTMLElement | undefined;

  before(() => import('../../src/components/comment-form/form-chunk.js'));

  afterEach(() => {
    document.querySelectorAll('parley-comments').forEach((element) => element.remove());
    spacer?.remove();
    scrollTo(0, 0);
  });

  it('restores a reply draft far down the page without scrolling to it or taking focus', async () => {
    const parent = stored({ id: 'p1', author: 'Grace' });
    await useRestBackend([parent]);
    saveReplyDraft(parent, 'Half a reply');
    // The article above the comments: the reader starts reading at its top.
    spacer = Object.assign(document.createElement('div'), { style: 'block-size: 3000px' });
    document.body.prepend(spacer);
    const section = await mountSection();
    await until(() => replyForms(section).length === 1, 'the restored reply form');
    await settle(section);
    await new Promise(requestAnimationFrame);
    expect(contentBox(section).value).to.equal('Half a reply');
    expect(title(section)).to.equal('Leave a Reply to Grace');
    expect(scrollY).to.equal(0);
    expect(focused()).to.equal(document.body);
  });

  it('still moves focus into a reply form the reader opens', async () => {
    await useRestBackend([stored({ id: 'p1' })]);
    const section = await mountSection();
    await pressReply(section, 'p1');
    expect(focused()).to.equal(contentBox(section));
  });

  it('keeps the top-level draft and each reply draft apart', async () => {
    await useRestBackend([stored({ id: 'p1' }), stored({ id: 'p2' })]);
    let section = await mountSection();
    type(contentBox(section), 'About the maintenance');
    await pressReply(section, 'p1');
    expect(contentBox(section).value).to.equal('');
    type(contentBox(section), 'Reply draft to p1');
    await pressReply(section, 'p2');
    expect(contentBox(section).value).to.equal('');
    await pressReply(section, 'p1');
    expect(contentBox(section).value).to.equal('Reply draft to p1');
    deep(section.shadowRoot!, '[part=cancel-reply]').click();
    await until(() => replyForms(section).length === 0, 'the reply form to close');
    await settle(section);
    expect(contentBox(section).value).to.equal('About the maintenance');

    // A reload keeps both.
    await pressReply(section, 'p1');
    section.remove();
    section = await mountSection();
    await until(() => replyForms(section).length === 1, 'the restored reply form');
    await settle(section);
    expect(contentBox(section).value).to.equal('Reply draft to p1');
    deep(section.shadowRoot!, '[part=cancel-reply]').click();
    await until(() => replyForms(section).length === 0, 'the reply form to close');
    await settle(section);
    expect(contentBox(section).value).to.equal('About the maintenance');
  });

  it('turns a reply to a comment that is gone into a top-level draft, and says so', async () => {
    const gone = stored({ id: 'gone', author: 'Deleted Dan' });
    await useRestBackend([stored({ id: 'p1' })]);
    saveReplyDraft(gone, 'Still worth saying');
    const section = await mountSection();
    await until(() => contentBox(section).value === 'Still worth saying', 'the restored text');
    await settle(section);
    expect(title(section)).to.equal('Leave a Reply');
    expect(deepAll(section.shadowRoot!, '[part=cancel-reply]')).to.have.length(0);
    expect(text(deep(section.shadowRoot!, 'p.note[part=status]'))).to.equal(
      'The comment you were replying to is gone, so your reply will be posted as a new comment.',
    );
    const saved = JSON.parse(localStorage.getItem(savedPostKey(THREAD))!) as { replyTo: unknown; content: string };
    expect(saved.replyTo).to.equal(null);
    expect(saved.content).to.equal('Still worth saying');
    await expect(section).to.be.accessible();
  });

  it('keeps a reply whose comment is on a page not loaded yet', async () => {
    const later = stored({ id: 'later', author: 'Later Lou' });
    await useRestBackend([stored(), stored(), later]);
    saveReplyDraft(later, 'For the third comment');
    const section = await mountSection({ 'page-size': '2' });
    await settle(section);
    expect(title(section)).to.equal('Leave a Reply to Later Lou');
    deep(section.shadowRoot!, '[part=load-more]').click();
    await until(() => replyForms(section).length === 1, 'the reply form under the comment, once loaded');
    expect(contentBox(section).value).to.equal('For the third comment');
  });
});
