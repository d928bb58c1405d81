/** Permalinks: a page opened at `#comment-<id>`, or moved there, shows that comment, however far down the thread it is. */
import { expect } from '@open-wc/testing';
import { deep, deepAll, focused, mountSection, stored, text, THREAD, until, useRestBackend } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import type { StoredComment } from '../../demo/mock-backend.js';

/** Points the address at `fragment` without a `hashchange`, as a page opened at that address would be. */
const openAt = (fragment: string) =>
  history.replaceState(null, '', `${location.pathname}${location.search}${fragment}`);

/** Twelve top-level comments and, answering the last, the comment `target`: in pages of 5, the reply is on page 3. */
function longThread(): StoredComment[] {
  const comments = Array.from({ length: 12 }, (_, index) => stored({ id: `top${index + 1}` }));
  return [...comments, stored({ id: 'target', author: 'Grace', parentId: 'top12', content: 'The linked reply' })];
}

const targetOf = (section: ParleyComments) =>
  deepAll(section.shadowRoot!, "[part~='target']").map((element) => element.id);
const announced = (section: ParleyComments) => text(section.shadowRoot!.querySelector('[role=status]')!);
const requests = (log: string[]) => log.filter((url) => url.includes('/api/comments?')).length;

describe('permalinks', () => {
  // The section fetches the form's code with its first page; have it here, so every test meets the whole section.
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  let log: string[];
  const record = (entries: PerformanceObserverEntryList) => {
    for (const entry of entries.getEntries()) log.push(entry.name);
  };
  let observer: PerformanceObserver;

  beforeEach(() => {
    log = [];
    observer = new PerformanceObserver(record);
    observer.observe({ type: 'resource' });
  });

  afterEach(() => {
    observer.disconnect();
    openAt('');
    document.querySelectorAll('parley-comments').forEach((element) => element.remove());
  });

  it('opens a reply on page 3: loads the pages, highlights it (part target), focuses it and says so', async () => {
    await useRestBackend(longThread());
    openAt('#comment-target');
    const section = await mountSection({ 'page-size': '5' });
    await until(() => targetOf(section).length, 'the linked comment marked as target');
    expect(targetOf(section)).to.deep.equal(['comment-target']);
    const article = deep(section.shadowRoot!, '#comment-target');
    await until(() => focused() === article, 'focus on the linked comment');
    expect(text(article.querySelector('[part=body]')!)).to.equal('The linked reply');
    expect(announced(section)).to.equal('Showing the linked comment by Grace.');
    const box = article.getBoundingClientRect();
    expect(box.top, 'scrolled into view').to.be.within(-1, innerHeight);
    expect(getComputedStyle(article).backgroundColor, 'highlighted').to.not.equal('rgba(0, 0, 0, 0)');
    await until(() => requests(log) >= 3);
    expect(requests(log), 'three pages, no more').to.equal(3);
    await expect(section).to.be.accessible();
  });

  it('says plainly that a missing comment is gone or held, and highlights nothing', async () => {
    await useRestBackend([stored({ id: 'a' }), stored({ id: 'b' })]);
    openAt('#comment-removed');
    const section = await mountSection();
    await until(() => deepAll(section.shadowRoot!, '[part=status]').length, 'a notice');
    const notice = text(deep(section.shadowRoot!, '[part=status]'));
    expect(notice).to.contain(
      'The linked comment could not be found. It may have been deleted, or it may be awaiting moderation.',
    );
    expect(announced(section)).to.equal(
      'The linked comment could not be found. It may have been deleted, or it may be awaiting moderation.',
    );
    expect(targetOf(section)).to.deep.equal([]);
    expect(deepAll(section.shadowRoot!, '[part=comment]').length, 'the thread is still shown').to.equal(2);
  });

  it('stops at a bound and says how far it looked', async () => {
    await useRestBackend(Array.from({ length: 25 }, (_, index) => stored({ id: `n${index + 1}` })));
    openAt('#comment-n25');
    const section = await mountSection({ 'page-size': '1' });
    await until(() => deepAll(section.shadowRoot!, '[part=status]').length, 'a notice');
    expect(text(deep(section.shadowRoot!, '[part=status]'))).to.contain(
      'The linked comment is not among the first 20 comments.',
    );
    expect(requests(log)).to.equal(20);
  });

  it('follows the address when it moves to another comment (hashchange)', async () => {
    await useRestBackend([stored({ id: 'a' }), stored({ id: 'b', author: 'Linus' })]);
    const section = await mountSection();
    expect(targetOf(section)).to.deep.equal([]);
    location.hash = '#comment-b';
    await until(() => targetOf(section).length, 'the linked comment marked as target');
    expect(targetOf(section)).to.deep.equal(['comment-b']);
    expect(focused()).to.equal(deep(section.shadowRoot!, '#comment-b'));
    location.hash = '#comment-a';
    await until(() => targetOf(section)[0] === 'comment-a', 'the new target');
    expect(targetOf(section), 'one target at a time').to.deep.equal(['comment-a']);
  });

  it('a click on a date opens that comment', async () => {
    await useRestBackend([stored({ id: 'a' }), stored({ id: 'b' })]);
    const section = await mountSection();
    deep(section.shadowRoot!, '#comment-b [part=date]').click();
    await until(() => targetOf(section).length, 'the clicked comment marked as target');
    expect(targetOf(section)).to.deep.equal(['comment-b']);
    expect(location.hash).to.equal('#comment-b');
  });

  it('opens a collapsed, lazy section at once', async () => {
    await useRestBackend([stored({ id: 'a' }), stored({ id: 'deep', author: 'Ada' })]);
    openAt('#comment-deep');
    const spacer = document.createElement('div');
    spacer.style.height = '300vh';
    document.body.append(spacer);
    try {
      const section = await mountSection({ collapsed: '', loading: 'lazy', thread: THREAD }, false);
      spacer.after(section);
      await until(() => targetOf(section).length, 'the linked comment marked as target');
      expect(deepAll(section.shadowRoot!, '[part=toggle]')).to.deep.equal([]);
      await until(() => focused() === deep(section.shadowRoot!, '#comment-deep'), 'focus on the linked comment');
      expect(announced(section)).to.equal('Showing the linked comment by Ada.');
    } finally {
      spacer.remove();
    }
  });

  it('speaks the section’s language', async () => {
    await useRestBackend([stored({ id: 'a', author: 'Zoë' })]);
    openAt('#comment-a');
    const section = await mountSection({ lang: 'de' });
    await until(() => targetOf(section).length, 'the linked comment marked as target');
    await until(() => announced(section).startsWith('Der verlinkte'), 'the German announcement');
    expect(announced(section)).to.equal('Der verlinkte Kommentar von Zoë wird angezeigt.');
  });
});
