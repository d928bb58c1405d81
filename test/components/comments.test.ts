/** <parley-comments>: loading, threading, paging, errors, events, configuration and theming, as a reader and a site owner see them. */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import {
  deep,
  deepAll,
  mountSection,
  settle,
  stored,
  text,
  THREAD,
  until,
  useHandlers,
  useRestBackend,
} from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import type { CommentBackend } from '../../src/backends/backend.js';
import type { ParleyErrorEvent, ParleyLoadEvent } from '../../src/events.js';

const authors = (section: Element) => deepAll(section.shadowRoot!, '.author').map(text);

describe('<parley-comments>', () => {
  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('is accessible with a thread and the form', async () => {
    await useRestBackend([stored(), stored({ parentId: 'c1' })]);
    const section = await mountSection();
    await expect(section).to.be.accessible();
  });

  it('shows the count, the threaded comments and the Leave a Reply form', async () => {
    const [first, second, reply] = [stored(), stored(), stored()];
    reply.parentId = first.id;
    await useRestBackend([first, second, reply]);
    const section = await mountSection();
    expect(text(deep(section.shadowRoot!, '[part=heading]'))).to.equal('3 comments');
    const topLevel = section
      .shadowRoot!.querySelector('parley-comment-list')!
      .shadowRoot!.querySelectorAll('[part=list] > li');
    expect(topLevel.length).to.equal(2);
    const nested = topLevel[0].querySelector('[part=replies] article')!;
    expect(text(nested)).to.contain(reply.content);
    expect(text(deep(section.shadowRoot!, '[part=form-title]'))).to.equal('Leave a Reply');
    expect(text(deep(section.shadowRoot!, '[part=privacy-note]'))).to.equal(
      'Your email address will not be published. Required fields are marked *',
    );
  });

  it('says so when there are no comments yet', async () => {
    await useRestBackend([]);
    const section = await mountSection();
    expect(text(deep(section.shadowRoot!, '[part=heading]'))).to.equal('No comments yet');
    expect(text(deep(section.shadowRoot!, '.empty'))).to.contain('Be the first');
  });

  it('asks for the requested order and page size', async () => {
    const asked: URL[] = [];
    await useHandlers(
      http.get('/api/comments', ({ request }) => {
        asked.push(new URL(request.url));
        return HttpResponse.json({ comments: [], total: 0, next: null });
      }),
    );
    await mountSection({ order: 'newest', 'page-size': '7', thread: '/posts/42' });
    expect(asked.length).to.equal(1);
    expect(Object.fromEntries(asked[0].searchParams)).to.deep.equal({
      thread: '/posts/42',
      limit: '7',
      order: 'newest',
    });
  });

  it('uses the page path as the thread when none is given', async () => {
    const asked: string[] = [];
    await useHandlers(
      http.get('/api/comments', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('thread')!);
        return HttpResponse.json({ comments: [], total: 0, next: null });
      }),
    );
    const section = await fixture<ParleyComments>(html`<parley-comments api="/api" loading="eager"></parley-comments>`);
    await oneEvent(section, 'parley-load');
    expect(asked).to.deep.equal([location.pathname]);
  });

  it('loads more comments with the next cursor and announces them', async () => {
    await useRestBackend(Array.from({ length: 5 }, () => stored()));
    const section = await mountSection({ 'page-size': '2' });
    expect(authors(section).length).to.equal(2);
    expect(text(deep(section.shadowRoot!, '[part=heading]'))).to.equal('5 comments');
    deep(section.shadowRoot!, '[part=load-more]').click();
    await oneEvent(section, 'parley-load');
    await settle(section);
    expect(authors(section).length).to.equal(4);
    expect(text(deep(section.shadowRoot!, '[role=status]'))).to.equal('2 more comments loaded');
    deep(section.shadowRoot!, '[part=load-more]').click();
    await oneEvent(section, 'parley-load');
    await settle(section);
    expect(authors(section).length).to.equal(5);
    expect(deepAll(section.shadowRoot!, '[part=load-more]')).to.be.empty;
  });

  it('places a reply that arrives before its parent once the parent arrives, and keeps orphans', async () => {
    const parent = stored({ id: 'p1' });
    const reply = stored({ id: 'r1', parentId: 'p1' });
    const orphan = stored({ id: 'o1', parentId: 'gone' });
    await useRestBackend([parent, reply, orphan]);
    const section = await mountSection({ order: 'newest', 'page-size': '2' });
    // Newest first: the orphan and the reply come first, the parent on the next page.
    expect(authors(section)).to.deep.equal([orphan.author, reply.author]);
    deep(section.shadowRoot!, '[part=load-more]').click();
    await oneEvent(section, 'parley-load');
    await settle(section);
    const parentArticle = deep(section.shadowRoot!, `#comment-p1`);
    const parentItem = parentArticle.closest('parley-comment')!;
    expect(text(parentItem.querySelector('[part=replies]')!)).to.contain(reply.content);
  });

  it('shows a clear error with Retry when the backend fails, and recovers', async () => {
    let fail = true;
    await useHandlers(
      http.get('/api/comments', () =>
        fail ? new HttpResponse('oops', { status: 503 }) : HttpResponse.json({ comments: [], total: 0, next: null }),
      ),
    );
    const section = await fixture<ParleyComments>(html`<parley-comments api="/api" loading="eager"></parley-comments>`);
    const error = await oneEvent<ParleyErrorEvent>(section, 'parley-error');
    expect(error.detail.phase).to.equal('load');
    await settle(section);
    const status = deep(section.shadowRoot!, '.status.error');
    expect(text(status)).to.contain('The comments could not be loaded. The comments server had a problem.');
    await expect(section).to.be.accessible();
    fail = false;
    deep(section.shadowRoot!, '[part=retry]').click();
    await oneEvent(section, 'parley-load');
    await settle(section);
    expect(deepAll(section.shadowRoot!, '.status.error')).to.be.empty;
    expect(text(deep(section.shadowRoot!, '[part=heading]'))).to.equal('No comments yet');
  });

  it('refuses an answer that does not fit the protocol, with a clear message', async () => {
    await useHandlers(http.get('/api/comments', () => HttpResponse.json({ comments: [{ id: 1 }], total: 'many' })));
    const section = await fixture<ParleyComments>(html`<parley-comments api="/api" loading="eager"></parley-comments>`);
    const error = await oneEvent<ParleyErrorEvent>(section, 'parley-error');
    expect(error.detail.error.message).to.match(/Unexpected answer at total/);
    await settle(section);
    expect(text(deep(section.shadowRoot!, '.status.error'))).to.contain('sent an answer that cannot be read');
  });

  it('fires parley-load with the total', async () => {
    await useRestBackend([stored(), stored()]);
    const section = await fixture<ParleyComments>(
      html`<parley-comments api="/api" thread=${THREAD} loading="eager"></parley-comments>`,
    );
    const event = await oneEvent<ParleyLoadEvent>(section, 'parley-load');
    expect(event.detail.total).to.equal(2);
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('requests nothing until the section nears the viewport', async () => {
    let requests = 0;
    await useHandlers(
      http.get('/api/comments', () => {
        requests++;
        return HttpResponse.json({ comments: [], total: 0, next: null });
      }),
    );
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    document.body.append(spacer);
    const section = document.createElement('parley-comments');
    section.setAttribute('api', '/api');
    document.body.append(section);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(requests).to.equal(0);
    section.scrollIntoView();
    await oneEvent(section, 'parley-load');
    expect(requests).to.equal(1);
    spacer.remove();
  });

  it('shows only "Click to comment" when collapsed, and loads when opened', async () => {
    let requests = 0;
    await useHandlers(
      http.get('/api/comments', () => {
        requests++;
        return HttpResponse.json({ comments: [], total: 0, next: null });
      }),
    );
    const section = await fixture<ParleyComments>(
      html`<parley-comments api="/api" loading="eager" collapsed></parley-comments>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).to.equal(0);
    const toggle = deep<HTMLButtonElement>(section.shadowRoot!, '[part=toggle]');
    expect(text(toggle)).to.equal('Click to comment');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(deepAll(section.shadowRoot!, 'form')).to.be.empty;
    await expect(section).to.be.accessible();
    toggle.click();
    await oneEvent(section, 'parley-load');
    expect(requests).to.equal(1);
    await until(() => deepAll(section.shadowRoot!, 'form').length === 1, 'the form');
  });

  it('uses a backend object given as a property instead of api', async () => {
    const backend: CommentBackend = {
      list: async () => ({
        comments: [{ ...stored({ author: 'From the object' }) }],
        total: 1,
        next: null,
      }),
      create: async () => {
        throw new Error('not used');
      },
    };
    const section = document.createElement('parley-comments');
    section.backend = backend;
    section.loading = 'eager';
    document.body.append(section);
    await oneEvent(section, 'parley-load');
    await settle(section);
    expect(authors(section)).to.deep.equal(['From the object']);
  });

  it('tells the site owner about an unknown adapter or a missing api', async () => {
    const failure = (attributes: Record<string, string>) => {
      const section = document.createElement('parley-comments');
      for (const [name, value] of Object.entries({ loading: 'eager', ...attributes }))
        section.setAttribute(name, value);
      const error = oneEvent<ParleyErrorEvent>(section, 'parley-error');
      document.body.append(section);
      return error;
    };
    expect((await failure({ api: '/api', adapter: 'nope' })).detail.error.message).to.contain('unknown adapter "nope"');
    expect((await failure({})).detail.error.message).to.contain('set the api attribute, or the backend property');
  });

  it('loads again on refresh() and when the thread changes', async () => {
    const asked: string[] = [];
    await useHandlers(
      http.get('/api/comments', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('thread')!);
        return HttpResponse.json({ comments: [], total: 0, next: null });
      }),
    );
    const section = await mountSection({ thread: '/a' });
    void section.refresh();
    await oneEvent(section, 'parley-load');
    section.thread = '/b';
    await oneEvent(section, 'parley-load');
    expect(asked).to.deep.equal(['/a', '/a', '/b']);
  });

  it('sends no cookies unless the site owner asks', async () => {
    const modes: string[] = [];
    await useHandlers(
      http.get('/api/comments', ({ request }) => {
        modes.push(request.credentials);
        return HttpResponse.json({ comments: [], total: 0, next: null });
      }),
    );
    await mountSection();
    await mountSection({ credentials: 'include' });
    expect(modes).to.deep.equal(['omit', 'include']);
  });

  it('lets the page style every part and token', async () => {
    await useRestBackend([stored(), stored({ parentId: 'c1', status: 'approved' })]);
    const style = document.createElement('style');
    style.textContent = `
      parley-comments.themed { --parley-color-accent: rgb(1, 2, 3); }
      parley-comments.themed::part(author) { color: rgb(200, 0, 0); }
      parley-comments.themed::part(submit) { border-color: rgb(0, 200, 0); }
      parley-comments.themed::part(heading) { letter-spacing: 3px; }`;
    document.head.append(style);
    const section = await mountSection({ class: 'themed' });
    expect(getComputedStyle(deep(section.shadowRoot!, '[part=author]')).color).to.equal('rgb(200, 0, 0)');
    expect(getComputedStyle(deep(section.shadowRoot!, '[part=submit]')).borderTopColor).to.equal('rgb(0, 200, 0)');
    expect(getComputedStyle(deep(section.shadowRoot!, '[part=heading]')).letterSpacing).to.equal('3px');
    expect(getComputedStyle(deep(section.shadowRoot!, '[part=submit]')).backgroundColor).to.equal('rgb(1, 2, 3)');
    style.remove();
  });

  it('inherits the page font and colour by default, and has its own in light and dark themes', async () => {
    await useRestBackend([stored()]);
    const host = await fixture(html`<div style="font-family: Georgia; color: rgb(10, 20, 30)"></div>`);
    const section = await mountSection();
    host.append(section);
    await settle(section);
    const body = deep(section.shadowRoot!, '[part=body]');
    expect(getComputedStyle(body).fontFamily).to.equal('Georgia');
    expect(getComputedStyle(body).color).to.equal('rgb(10, 20, 30)');
    section.theme = 'dark';
    await settle(section);
    const dark = getComputedStyle(section).backgroundColor;
    section.theme = 'light';
    await settle(section);
    const light = getComputedStyle(section).backgroundColor;
    expect(dark).to.not.equal(light);
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(body).color).to.not.equal('rgb(10, 20, 30)');
  });

  it('works with two sections on one page without interference', async () => {
    await useHandlers(
      http.get('/api/comments', ({ request }) => {
        const thread = new URL(request.url).searchParams.get('thread');
        return HttpResponse.json({ comments: [{ ...stored({ author: `Only in ${thread}` }) }], total: 1, next: null });
      }),
    );
    const one = await mountSection({ thread: 'one' });
    const two = await mountSection({ thread: 'two' });
    expect(authors(one)).to.deep.equal(['Only in one']);
    expect(authors(two)).to.deep.equal(['Only in two']);
  });
});
