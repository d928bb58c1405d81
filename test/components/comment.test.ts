/** <parley-comment>: what one comment shows, and that nothing a backend sends becomes markup or an unsafe link. */
import { expect } from '@open-wc/testing';
import { deep, deepAll, mountSection, stored, text, useRestBackend } from '../helpers.js';
import { renderRich } from '../../src/components/comment/rich-body.js';

describe('<parley-comment>', () => {
  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('shows author, date, text with its line breaks, and a Reply button', async () => {
    await useRestBackend([stored({ id: 'a', author: 'Ines', content: 'First line\nSecond line', createdAt: '2026-03-04T05:06:00Z' })]);
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
    expect(deepAll(section.shadowRoot!, '#comment-js a, #comment-data a[part=author]')).to.be.empty;
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

  it('describes a reply as in reply to its parent’s author', async () => {
    await useRestBackend([stored({ id: 'p', author: 'Olu' }), stored({ id: 'r', parentId: 'p' })]);
    const section = await mountSection();
    const reply = deep(section.shadowRoot!, '#comment-r');
    const description = reply.getRootNode() instanceof ShadowRoot
      ? (reply.getRootNode() as ShadowRoot).getElementById(reply.getAttribute('aria-describedby')!)
      : null;
    expect(text(description!)).to.equal('In reply to Olu');
  });

  it('ends a bare address before the punctuation after it, keeping a parenthesis the address opened', async () => {
    const content = 'See https://en.example/wiki/Lisp_(language). (Or https://b.example/x), https://c.example/?q=(a)(b))!';
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
        { tag: 'p', children: ['See ', { tag: 'a', href: 'https://x.example/', children: ['https://x.example/'] }, ' or https://y.example'] },
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
});
