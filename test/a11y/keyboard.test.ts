/** Keyboard only, with real key presses: the tab order, replying, cancelling, posting, and where focus goes each time. */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { focused, mountSection, settle, stored, text, until, useRestBackend } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';

/** How a person would name the focused control: its part, and its text or id. */
function describeFocus(): string {
  const element = focused() as HTMLElement | null;
  if (!element) return 'nothing';
  const part = element.getAttribute('part') ?? element.localName;
  return `${part}:${element.getAttribute('aria-label') ?? element.id}`.replace(/:$/, '');
}

async function press(key: string, times = 1): Promise<void> {
  for (let index = 0; index < times; index++) await sendKeys({ press: key });
}

async function typeText(value: string): Promise<void> {
  await sendKeys({ type: value });
}

describe('keyboard', () => {
  // The section fetches the form's code with its first page; have it here, so every test meets the whole section.
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  let section: ParleyComments;

  beforeEach(async () => {
    await useRestBackend([
      stored({ id: 'p1', author: 'Ada', url: 'https://example.com/ada' }),
      stored({ id: 'p2', author: 'Grace', parentId: 'p1' }),
    ]);
    await fixture(html`<button id="before">Before</button>`);
    section = await mountSection();
    // The sort control comes with the reader's tools, after the first comments: the first stop in the section.
    await until(() => section.shadowRoot!.querySelector('parley-reading-tools:defined'), 'the sort control');
    await settle(section);
  });

  afterEach(() => {
    section.remove();
    document.getElementById('before')?.remove();
  });

  it('reaches every control in reading order, and nothing that is not a control', async () => {
    document.getElementById('before')!.focus();
    const order: string[] = [];
    for (let step = 0; step < 12; step++) {
      await press('Tab');
      order.push(describeFocus());
    }
    expect(order).to.deep.equal([
      'sort-select:order',
      'author',
      'date',
      'reply-button:Reply to Ada',
      'date',
      'reply-button:Reply to Grace',
      'textarea:content',
      'input:author',
      'input:email',
      'input:url',
      'input:consent',
      'submit',
    ]);
    await press('Tab');
    expect(
      section.contains(focused()) || section.shadowRoot!.contains(focused()),
      'focus leaves the section after Post Comment',
    ).to.be.false;
  });

  it('Reply moves focus into the reply form; Escape and Cancel reply return it to that Reply button', async () => {
    const root = section.shadowRoot!;
    document.getElementById('before')!.focus();
    await press('Tab', 6);
    expect(describeFocus()).to.equal('reply-button:Reply to Grace');
    await press('Enter');
    await until(() => describeFocus() === 'textarea:content', 'focus in the reply form');
    const reply = focused()!.getRootNode() as ShadowRoot;
    expect(text(reply.querySelector('[part=form-title]')!)).to.equal('Leave a Reply to Grace');
    expect(root.querySelectorAll('parley-comment-form').length, 'the main form gives way to the reply form').to.equal(
      0,
    );

    await press('Escape');
    await until(() => describeFocus() === 'reply-button:Reply to Grace', 'focus back on Reply after Escape');
    expect(focused()!.getAttribute('aria-expanded')).to.equal('false');

    await press('Space');
    await until(() => describeFocus() === 'textarea:content', 'focus in the reply form again');
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(describeFocus()).to.equal('cancel-reply');
    await press('Enter');
    await until(() => describeFocus() === 'reply-button:Reply to Grace', 'focus back on Reply after Cancel reply');
  });

  it('posts a reply with the keyboard alone; focus lands on the new comment, which is announced', async () => {
    document.getElementById('before')!.focus();
    await press('Tab', 4);
    await press('Enter');
    await until(() => describeFocus() === 'textarea:content', 'focus in the reply form');
    await typeText('Thank you, Ada.');
    await press('Tab');
    await typeText('Linus');
    await press('Tab');
    await typeText('linus@example.com');
    await press('Tab', 3);
    expect(describeFocus()).to.equal('submit');
    await press('Enter');
    await until(() => (focused() as HTMLElement | null)?.localName === 'article', 'focus on the new comment');
    const article = focused() as HTMLElement;
    await settle(section);
    expect(text(article)).to.contain('Thank you, Ada.');
    expect(text(article.querySelector('.author')!)).to.equal('Linus');
    expect(article.closest('[part=replies]'), 'the reply is drawn among the replies to Ada').to.not.equal(null);
    expect(text(section.shadowRoot!.querySelector('[role=status]')!)).to.equal('Comment posted');
    expect(getComputedStyle(article).outlineStyle, 'the focused comment shows a focus ring').to.not.equal('none');
  });

  it('moves focus to the first invalid field and ties each message to its field', async () => {
    document.getElementById('before')!.focus();
    await press('Tab', 7);
    await typeText('Hello');
    await press('Tab', 2);
    await typeText('not an address');
    await press('Tab', 3);
    await press('Enter');
    await until(() => describeFocus() === 'input:author', 'focus on Name');
    const field = focused() as HTMLInputElement;
    const form = field.getRootNode() as ShadowRoot;
    for (const id of ['author', 'email']) {
      const input = form.getElementById(id)!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const message = form.getElementById(input.getAttribute('aria-describedby')!)!;
      expect(text(message)).to.not.equal('');
    }
    expect(text(section.shadowRoot!.querySelector('[role=status]')!)).to.equal(
      'Please correct the 2 highlighted fields. Please enter your name. Please enter a valid email address, like name@example.com.',
    );
  });
});
