/** <parley-comment-form>: validation, posting, replies, moderation, consent and server errors, as a reader meets them. */
import { expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import {
  deep,
  deepAll,
  focused,
  mountSection,
  settle,
  stored,
  text,
  THREAD,
  type,
  until,
  useHandlers,
  useRestBackend,
} from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import type { ParleyErrorEvent } from '../../src/events.js';
import type { ParleyPostedEvent } from '../../src/posting/posting-events.js';

const form = (section: ParleyComments) => deep(section.shadowRoot!, 'parley-comment-form').shadowRoot!;
const field = (section: ParleyComments, name: string) => form(section).querySelector<HTMLInputElement>(`#${name}`)!;

function fill(section: ParleyComments, values: Partial<Record<'content' | 'author' | 'email' | 'url', string>>) {
  for (const [name, value] of Object.entries(values)) type(field(section, name), value);
}

/** The Post Comment button is no longer busy with the last post. */
const ready = (section: ParleyComments) =>
  form(section).querySelector('[part=submit]')!.getAttribute('aria-disabled') === 'false';
const submit = (section: ParleyComments) => form(section).querySelector<HTMLButtonElement>('[part=submit]')!.click();

describe('<parley-comment-form>', () => {
  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('is accessible, with labelled fields and required marks', async () => {
    await useRestBackend([]);
    const section = await mountSection();
    await expect(deep(section.shadowRoot!, 'parley-comment-form')).to.be.accessible();
    const labels = [...form(section).querySelectorAll('[part=label]')].map(text);
    expect(labels).to.deep.equal(['Comment *', 'Name *', 'Email *', 'Website']);
    expect(field(section, 'consent').checked).to.be.false;
    expect(text(form(section).querySelector('[part=consent]')!)).to.equal(
      'Save my name, email, and website in this browser for the next time I comment.',
    );
  });

  it('shows errors on their fields, focuses the first, and sends nothing', async () => {
    let posts = 0;
    await useHandlers(
      http.get('/api/comments', () => HttpResponse.json({ comments: [], total: 0, next: null })),
      http.post('/api/comments', () => {
        posts++;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    const section = await mountSection();
    fill(section, { email: 'not-an-email', url: 'javascript:alert(1)' });
    submit(section);
    await settle(section);
    await until(() => focused() === field(section, 'content'), 'focus on the comment box');
    const errors = Object.fromEntries(
      ['content', 'author', 'email', 'url'].map((name) => {
        const input = field(section, name);
        const message = form(section).querySelector(`#${input.getAttribute('aria-describedby')}`);
        return [name, input.getAttribute('aria-invalid') === 'true' && message ? text(message) : null];
      }),
    );
    expect(errors).to.deep.equal({
      content: 'Please type your comment.',
      author: 'Please enter your name.',
      email: 'Please enter a valid email address, like name@example.com.',
      url: 'Please enter a web address starting with http:// or https://.',
    });
    expect(text(deep(section.shadowRoot!, '[role=status]'))).to.contain('Please correct the 4 highlighted fields.');
    await expect(deep(section.shadowRoot!, 'parley-comment-form')).to.be.accessible();
    expect(posts).to.equal(0);
    expect(field(section, 'email').value).to.equal('not-an-email');
  });

  it('posts a comment, shows it in place, focuses and announces it', async () => {
    const store = await useRestBackend([stored()]);
    const section = await mountSection();
    fill(section, { content: 'Hello\nworld  ', author: ' Ada ', email: 'ada@example.com', url: 'example.com' });
    const posted = oneEvent<ParleyPostedEvent>(section, 'parley-posted');
    submit(section);
    const event = await posted;
    expect(event.detail.comment.content).to.equal('Hello\nworld');
    await settle(section);
    expect(text(deep(section.shadowRoot!, '[part=heading]'))).to.equal('2 comments');
    const article = deep(section.shadowRoot!, `#comment-${CSS.escape(event.detail.comment.id)}`);
    expect(text(article.querySelector('[part=body]')!)).to.equal('Hello world');
    expect(article.querySelector('[part=body]')!.textContent).to.contain('Hello\nworld');
    await until(() => focused() === article, 'focus on the new comment');
    expect(text(deep(section.shadowRoot!, '[role=status]'))).to.equal('Comment posted');
    const saved = store.load().at(-1)!;
    expect(saved).to.include({ author: 'Ada', email: 'ada@example.com', url: 'https://example.com', parentId: null });
    expect(field(section, 'content').value).to.equal('');
    expect(field(section, 'author').value).to.equal(' Ada ');
  });

  it('sends the Parley protocol request with an Idempotency-Key', async () => {
    const seen: Array<{ headers: Headers; body: unknown }> = [];
    await useHandlers(
      http.get('/api/comments', () => HttpResponse.json({ comments: [], total: 0, next: null })),
      http.post('/api/comments', async ({ request }) => {
        seen.push({ headers: request.headers, body: await request.json() });
        return HttpResponse.json(
          { ...stored({ content: 'ok' }), thread: undefined, email: undefined },
          { status: 201 },
        );
      }),
    );
    const section = await mountSection({ thread: '/t/x' });
    fill(section, { content: 'Hi', author: 'Bo', email: 'bo@example.com' });
    submit(section);
    await oneEvent(section, 'parley-posted');
    expect(seen.length).to.equal(1);
    expect(seen[0].headers.get('content-type')).to.equal('application/json');
    expect(seen[0].headers.get('idempotency-key')).to.match(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(seen[0].body).to.deep.equal({
      thread: '/t/x',
      parentId: null,
      author: 'Bo',
      email: 'bo@example.com',
      url: null,
      content: 'Hi',
    });
  });

  it('posts once on a double click, showing Posting… meanwhile', async () => {
    let posts = 0;
    const counted = http.post('/api/comments', async () => {
      posts++;
      await delay(150);
    });
    const store = await useRestBackend([], { first: [counted] });
    const section = await mountSection();
    fill(section, { content: 'Once', author: 'Cy', email: 'cy@example.com' });
    submit(section);
    submit(section);
    await settle(section);
    const button = form(section).querySelector('[part=submit]')!;
    expect(text(button)).to.equal('Posting…');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await oneEvent(section, 'parley-posted');
    expect(posts).to.equal(1);
    expect(store.load().length).to.equal(1);
  });

  it('shows a held comment to its author as awaiting moderation', async () => {
    await useRestBackend([], { holdWords: ['casino'] });
    const section = await mountSection();
    fill(section, { content: 'Visit my casino', author: 'Spam', email: 'spam@example.com' });
    submit(section);
    await oneEvent(section, 'parley-posted');
    await settle(section);
    expect(text(deep(section.shadowRoot!, '[part=pending-notice]'))).to.equal('Your comment is awaiting moderation.');
    expect(text(deep(section.shadowRoot!, '[role=status]'))).to.equal('Your comment is awaiting moderation.');
    await expect(section).to.be.accessible();
  });

  it('shows the server’s field errors on the matching fields and keeps the text', async () => {
    await useHandlers(
      http.get('/api/comments', () => HttpResponse.json({ comments: [], total: 0, next: null })),
      http.post('/api/comments', () =>
        HttpResponse.json({ error: 'Not accepted.', fields: { author: 'That name is reserved.' } }, { status: 422 }),
      ),
    );
    const section = await mountSection();
    fill(section, { content: 'My words', author: 'admin', email: 'a@example.com' });
    const failed = oneEvent<ParleyErrorEvent>(section, 'parley-error');
    submit(section);
    expect((await failed).detail.phase).to.equal('post');
    await settle(section);
    const author = field(section, 'author');
    expect(author.getAttribute('aria-invalid')).to.equal('true');
    expect(text(form(section).querySelector('#author-error')!)).to.equal('That name is reserved.');
    await until(() => focused() === author, 'focus on the name');
    expect(field(section, 'content').value).to.equal('My words');
  });

  it('keeps the text and says why when the backend is down', async () => {
    await useHandlers(
      http.get('/api/comments', () => HttpResponse.json({ comments: [], total: 0, next: null })),
      http.post('/api/comments', () => HttpResponse.error()),
    );
    const section = await mountSection();
    fill(section, { content: 'Do not lose me', author: 'Di', email: 'di@example.com' });
    submit(section);
    await oneEvent(section, 'parley-error');
    await settle(section);
    expect(text(form(section).querySelector('[part=status]')!)).to.contain('Your comment was not posted.');
    expect(text(form(section).querySelector('[part=status]')!)).to.contain('could not be reached');
    expect(field(section, 'content').value).to.equal('Do not lose me');
  });

  it('lets the page veto a post through parley-submit', async () => {
    const store = await useRestBackend([]);
    const section = await mountSection();
    section.addEventListener('parley-submit', (event) => event.preventDefault(), { once: true });
    fill(section, { content: 'Vetoed', author: 'Ed', email: 'ed@example.com' });
    submit(section);
    await settle(section);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.load()).to.be.empty;
    expect(field(section, 'content').value).to.equal('Vetoed');
  });

  it('replies under a comment with Cancel reply, and posts with its parent id', async () => {
    const store = await useRestBackend([stored({ id: 'p', author: 'Fay' })]);
    const section = await mountSection();
    fill(section, { content: 'Typed before replying' });
    const reply = deep<HTMLButtonElement>(section.shadowRoot!, '#comment-p [part=reply-button]');
    expect(reply.getAttribute('aria-label')).to.equal('Reply to Fay');
    reply.click();
    await settle(section);
    const replyForm = deep(section.shadowRoot!, '#comment-p parley-comment-form');
    expect(text(replyForm.shadowRoot!.querySelector('[part=form-title]')!)).to.equal('Leave a Reply to Fay');
    expect(deepAll(section.shadowRoot!, 'parley-comment-form').length).to.equal(1);
    await until(() => focused() === field(section, 'content'), 'focus in the reply form');
    // The reply has a draft of its own: the top-level text stays with the top-level form.
    expect(field(section, 'content').value).to.equal('');
    await expect(section).to.be.accessible();
    replyForm.shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel-reply]')!.click();
    await settle(section);
    await until(() => focused() === reply, 'focus back on Reply');
    expect(text(form(section).querySelector('[part=form-title]')!)).to.equal('Leave a Reply');
    expect(field(section, 'content').value).to.equal('Typed before replying');
    reply.click();
    await settle(section);
    fill(section, { content: 'A reply', author: 'Gus', email: 'gus@example.com' });
    submit(section);
    await oneEvent(section, 'parley-posted');
    await settle(section);
    expect(store.load().at(-1)!.parentId).to.equal('p');
    const parent = deep(section.shadowRoot!, '#comment-p').closest('parley-comment')!;
    expect(text(parent.querySelector('[part=replies]')!)).to.contain('A reply');
    expect(deepAll(section.shadowRoot!, 'parley-comment-form').length).to.equal(1);
  });

  it('closes the reply form with Escape and returns focus to Reply', async () => {
    await useRestBackend([stored({ id: 'p' })]);
    const section = await mountSection();
    const reply = deep<HTMLButtonElement>(section.shadowRoot!, '#comment-p [part=reply-button]');
    reply.click();
    await settle(section);
    field(section, 'content').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await settle(section);
    await until(() => focused() === reply, 'focus back on Reply');
  });

  it('remembers name, email and website only when the reader consents', async () => {
    await useRestBackend([]);
    let section = await mountSection();
    fill(section, { content: 'One', author: 'Hal', email: 'hal@example.com', url: 'https://hal.example' });
    submit(section);
    await oneEvent(section, 'parley-posted');
    await until(() => ready(section), 'the form ready for another comment');
    expect(localStorage.getItem('parley:identity')).to.be.null;
    field(section, 'consent').click();
    fill(section, { content: 'Two' });
    submit(section);
    await oneEvent(section, 'parley-posted');
    await until(() => ready(section), 'the form ready for another comment');
    section.remove();
    section = await mountSection();
    expect(field(section, 'author').value).to.equal('Hal');
    expect(field(section, 'email').value).to.equal('hal@example.com');
    expect(field(section, 'url').value).to.equal('https://hal.example');
    expect(field(section, 'consent').checked).to.be.true;
  });

  it('ignores a remembered identity that is not one', async () => {
    localStorage.setItem('parley:identity', '{"author": 5}');
    await useRestBackend([]);
    const section = await mountSection();
    expect(field(section, 'author').value).to.equal('');
  });

  it('shows its own privacy note, linked when privacy-url is set, in the reply form too', async () => {
    await useRestBackend([stored({ id: 'p' })]);
    const section = await mountSection({ 'privacy-url': '/privacy' });
    const note = () => form(section).querySelector<HTMLElement>('[part=privacy-note]')!;
    expect(note().innerText).to.equal(
      'Your email address will not be published. Required fields are marked * · Privacy policy',
    );
    const link = note().querySelector<HTMLAnchorElement>('a')!;
    expect(link.getAttribute('href')).to.equal('/privacy');
    deep<HTMLButtonElement>(section.shadowRoot!, '#comment-p [part=reply-button]').click();
    await settle(section);
    expect(note().innerText).to.contain('Your email address will not be published.');
  });

  it('lets the page replace the privacy note through the privacy-note slot, in every form', async () => {
    await useRestBackend([stored({ id: 'p' })]);
    const custom = document.createElement('span');
    custom.slot = 'privacy-note';
    custom.textContent = 'We keep your email for 30 days.';
    const section = document.createElement('parley-comments');
    section.append(custom);
    for (const [name, value] of Object.entries({ api: '/api', thread: THREAD, loading: 'eager' }))
      section.setAttribute(name, value);
    const loaded = oneEvent(section, 'parley-load');
    document.body.append(section);
    await loaded;
    await until(() => section.shadowRoot!.querySelector('parley-comment-form:defined'), 'the form');
    await settle(section);
    const shown = () => {
      const note = form(section).querySelector('[part=privacy-note]')!;
      const slot = note.querySelector('slot')!;
      return { slotted: slot.assignedNodes({ flatten: true }).map((node) => node.textContent), own: text(note) };
    };
    // The form learns of the page's note from its slot's slotchange event, a moment after it is drawn.
    const replaced = () => shown().own === '';
    await until(replaced, 'the built-in note replaced');
    expect(shown()).to.deep.equal({ slotted: ['We keep your email for 30 days.'], own: '' });
    deep<HTMLButtonElement>(section.shadowRoot!, '#comment-p [part=reply-button]').click();
    await settle(section);
    await until(replaced, 'the built-in note replaced in the reply form');
    expect(shown()).to.deep.equal({ slotted: ['We keep your email for 30 days.'], own: '' });
  });
});
