/** <parley-comment>: what one comment shows, and that nothing a backend sends becomes markup or an unsafe link. */
import { expect } from '@open-wc/testing';
import { deep, deepAll, mountSection, stored, text, useRestBackend } from '../helpers.js';
import { commentFromWordPress } from '../../src/backends/wordpress.js';
import { CommentDrawer } from '../../src/components/comment/comment.js';
import { en } from '../../src/i18n/en.js';
import { Ui } from '../../src/i18n/ui.js';
import { renderRich } from '../../src/components/comment/rich-body.js';
import type { CommentBackend } from '../../src/backends/backend.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import type { Comment } from '../../src/model/comment.js';
import type { RichNode } from '../../src/model/rich-text.js';

/** A section drawing what a custom backend (the `backend` property) lists. */
async function mountWithBackend(comments: Comment[]): Promise<ParleyComments> {
  const backend: CommentBackend = {
    richText: true,
    list: async () => ({ comments, total: comments.length, next: null }),
    create: () => Promise.reject(new Error('not in this test')),
  };
  const section = document.createElement('parley-comments');
  section.backend = backend;
  section.setAttribute('loading', 'eager');
  section.setAttribute('lang', 'en');
  const loaded = new Promise((resolve) => section.addEventListener('parley-load', resolve, { once: true }));
  document.body.append(section);
  await loaded;
  await section.updateComplete;
  return section;
}

const customComment = (id: string, rich: unknown[]): Comment => ({
  id,
  parentId: null,
  author: 'Custom',
  url: null,
  avatar: null,
  content: 'plain',
  createdAt: '2026-11-01T09:00:00Z',
  status: 'approved',
  rich: rich as RichNode[],
});

describe('<parley-comment>', () => {
  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('shows author, date, text with its line breaks, and a Reply button', async () => {
    await useRestBackend([
      stored({ id: 'a', author: 'Ines', content: 'First line\nSecond line', createdAt: '2026-03-04T05:06:00Z' }),
    ]);
    const section = await mountSection();
    const article = deep(section.shadowRoot!, '#comment-a');
    expect(text(article.querySelector('[part=author]')!)).to.equal('Ines');
    const time = article.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-03-04T05:06:00Z');
    expect(text(time)).to.match(/Mar 4, 2026/);
    const body = article.querySelector<HTMLElement>('[part=body]')!;
    expect(body.innerText).to.equal('First line\nSecond line');
    expect(body.getAttribute('dir')).to.equal('auto');
    expect(text(article.querySelector('[part=reply-button]')!)).to.equal('Reply');
  });

  it("links each date to the comment's permalink, named as a link to the comment", async () => {
    await useRestBackend([stored({ id: 'a', createdAt: '2026-03-04T05:06:00Z' })]);
    const section = await mountSection();
    const date = deep<HTMLAnchorElement>(section.shadowRoot!, '#comment-a [part=date]');
    expect(date.getAttribute('href')).to.equal('#comment-a');
    expect(date.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-04T05:06:00Z');
    expect(text(date)).to.match(/^Mar 4, 2026, \S+ [AP]M Link to this comment$/);
    expect(text(date.querySelector('.visually-hidden')!)).to.equal('Link to this comment');
    await expect(section).to.be.accessible();
  });

  it("links dates exactly as WordPress does (#comment-<id>), so WordPress's own links land", () => {
    const comment = commentFromWordPress({
      id: 123,
      parent: 0,
      author_name: 'Wen',
      author_url: '',
      date_gmt: '2026-03-04T05:06:00',
      content: { rendered: '<p>Hi</p>' },
      status: 'approved',
    });
    const item = new CommentDrawer(new Ui('en', {}, en)).draw(
      { comment, parent: null, replies: [], level: 0 },
      () => [],
    );
    expect(item.querySelector('[part=date]')!.getAttribute('href')).to.equal('#comment-123');
    expect(item.querySelector('article')!.id).to.equal('comment-123');
  });

  it('links the author only to an http(s) website, as user-generated and nofollow', async () => {
    await useRestBackend([
      stored({ id: 'web', author: 'Web', url: 'https://web.example/me' }),
      stored({ id: 'js', author: 'Js', url: 'javascript:alert(1)' }),
      stored({ id: 'data', author: 'Data', url: 'data:text/html,<script>alert(1)</script>' }),
    ]);
    const section = await mountSection();
    const webLink = deep<HTMLAnchorElement>(section.shadowRoot!, '#comment-web a[part=author]');
    expect(webLink.href).to.equal('https://web.example/me');
    expect(webLink.rel).to.equal('nofollow ugc noopener');
    expect(deepAll(section.shadowRoot!, '#comment-js a:not([part=date]), #comment-data a[part=author]')).to.be.empty;
    expect(text(deep(section.shadowRoot!, '#comment-js [part=author]'))).to.equal('Js');
  });

  it('shows markup in a body as text and links bare http(s) addresses only', async () => {
    const content = '<img src=x onerror="window.hacked=1"> see https://example.com/a. and javascript:alert(1)';
    await useRestBackend([stored({ id: 'x', content })]);
    const section = await mountSection();
    const body = deep(section.shadowRoot!, '#comment-x [part=body]');
    expect(body.querySelector('img')).to.be.null;
    expect(body.textContent).to.equal(content);
    const links = [...body.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['https://example.com/a']);
    expect(links[0].rel).to.equal('nofollow ugc noopener');
    expect((window as { hacked?: number }).hacked).to.be.undefined;
  });

  it('uses the backend avatar only when it is http(s), without a referrer, else an initial', async () => {
    await useRestBackend([
      stored({ id: 'pic', author: 'Pia', avatar: 'https://img.example/p.png' }),
      stored({ id: 'bad', author: 'zoë', avatar: 'javascript:alert(1)' }),
    ]);
    const section = await mountSection();
    const image = deep<HTMLImageElement>(section.shadowRoot!, '#comment-pic img[part=avatar]');
    expect(image.getAttribute('src')).to.equal('https://img.example/p.png');
    expect(image.referrerPolicy).to.equal('no-referrer');
    expect(image.loading).to.equal('lazy');
    expect(image.alt).to.equal('');
    const initial = deep(section.shadowRoot!, '#comment-bad [part=avatar]');
    expect(initial.tagName).to.equal('SPAN');
    expect(text(initial)).to.equal('Z');
  });

  it('styles a rich body: paragraphs as paragraphs, quotes set off, code scrolling on its own', async () => {
    const section = await mountWithBackend([
      customComment('rich', [
        { tag: 'p', children: ['One'] },
        { tag: 'blockquote', children: ['Quoted'] },
        { tag: 'pre', children: ['code'] },
      ]),
    ]);
    const body = deep(section.shadowRoot!, '#comment-rich [part=body]');
    expect(getComputedStyle(body).whiteSpace).to.equal('normal');
    expect(getComputedStyle(body.querySelector('p')!).marginBlockStart).to.equal('0px');
    expect(getComputedStyle(body.querySelector('blockquote')!).borderInlineStartWidth).to.equal('3px');
    expect(getComputedStyle(body.querySelector('pre')!).overflowX).to.equal('auto');
    section.remove();
  });

  it('describes a reply as in reply to its parent’s author', async () => {
    await useRestBackend([stored({ id: 'p', author: 'Olu' }), stored({ id: 'r', parentId: 'p' })]);
    const section = await mountSection();
    const reply = deep(section.shadowRoot!, '#comment-r');
    const description =
      reply.getRootNode() instanceof ShadowRoot
        ? (reply.getRootNode() as ShadowRoot).getElementById(reply.getAttribute('aria-describedby')!)
        : null;
    expect(text(description!)).to.equal('In reply to Olu');
  });

  it('ends a bare address before the punctuation after it, keeping a parenthesis the address opened', async () => {
    const content =
      'See https://en.example/wiki/Lisp_(language). (Or https://b.example/x), https://c.example/?q=(a)(b))!';
    await useRestBackend([stored({ id: 'links', content })]);
    const section = await mountSection();
    const links = deepAll<HTMLAnchorElement>(section.shadowRoot!, '#comment-links [part=body] a');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://en.example/wiki/Lisp_(language)',
      'https://b.example/x',
      'https://c.example/?q=(a)(b)',
    ]);
    expect(text(deep(section.shadowRoot!, '#comment-links [part=body]'))).to.equal(content);
  });

  it('draws rich bodies with their links, never a link inside a link', () => {
    const host = document.createElement('div');
    host.append(
      ...renderRich([
        {
          tag: 'p',
          children: [
            'See ',
            { tag: 'a', href: 'https://x.example/', children: ['https://x.example/'] },
            ' or https://y.example',
          ],
        },
        { tag: 'a', href: 'javascript:alert(1)', children: ['bad'] },
      ]),
    );
    expect([...host.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://x.example/',
      'https://y.example',
    ]);
    expect(host.querySelector('a a')).to.be.null;
    expect(host.textContent).to.contain('bad');
  });

  it('adds no attribute of a polluted Object.prototype to any drawn comment', async () => {
    await useRestBackend([
      stored({
        id: 'parent',
        author: 'Ana',
        url: 'https://ana.example/',
        avatar: 'https://img.example/a.png',
        content: 'See https://x.example/',
      }),
      stored({ id: 'reply', parentId: 'parent', content: 'A reply' }),
    ]);
    const polluted = ['onfocus', 'onmouseover', 'hidden', 'inert'];
    const prototype = Object.prototype as Record<string, unknown>;
    for (const name of polluted) prototype[name] = 'window.parleyPwned = 1';
    let section: ParleyComments;
    try {
      section = await mountSection();
    } finally {
      for (const name of polluted) delete prototype[name];
    }
    const drawn = deepAll(section.shadowRoot!, '[part=comment], [part=comment] *, [part=replies]');
    expect(drawn.length).to.be.greaterThan(10);
    // The author's website and the address in the text, besides each comment's permalink.
    expect(deepAll(section.shadowRoot!, '[part=comment] a[href]:not([part=date])').length).to.equal(2);
    for (const element of drawn) {
      const added = polluted.filter((name) => element.hasAttribute(name));
      expect(added, `${element.localName} has no attribute from Object.prototype`).to.deep.equal([]);
    }
  });

  it('draws elements outside the rich-text model from a custom backend as their content only', async () => {
    const hostile = [
      { tag: 'script', children: ['window.parleyPwned = 1'] },
      { tag: 'iframe', src: 'javascript:window.parleyPwned = 1', children: ['framed'] },
      { tag: 'img', src: 'x', onerror: 'window.parleyPwned = 1', children: [] },
      { tag: 'style', children: ['* { display: none }'] },
      { tag: 'p', children: ['kept ', { tag: 'object', children: ['inner'] }] },
      { tag: '__proto__', children: ['proto'] },
    ];
    const section = await mountWithBackend([customComment('custom', hostile)]);
    const body = deep(section.shadowRoot!, '#comment-custom [part=body]');
    expect([...body.querySelectorAll('*')].map((element) => element.localName)).to.deep.equal(['p']);
    expect(body.textContent).to.equal('window.parleyPwned = 1framed* { display: none }kept innerproto');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { parleyPwned?: number }).parleyPwned).to.equal(undefined);
  });
});
