/** <parley-comment-list>: a new reply or a further page draws only the comments it changes, not the whole thread. */
import { expect, oneEvent } from '@open-wc/testing';
import { deep, deepAll, mountSection, settle, stored, type, until, useRestBackend } from '../helpers.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import type { ParleyComment } from '../../src/components/comment/comment.js';
import type { ParleyPostedEvent } from '../../src/posting/posting-events.js';

/** 200 comments: every fourth answers the one before it. */
const thread = () =>
  Array.from({ length: 200 }, (_, i) => stored({ id: `t${i + 1}`, parentId: (i + 1) % 4 === 0 ? `t${i}` : null }));

const comments = (section: ParleyComments) => deepAll<ParleyComment>(section.shadowRoot!, 'parley-comment');

/** Notes the element of every comment drawn now; `drawnAgain()` later gives the ids of those whose element was replaced. */
function watchRedraws(section: ParleyComments): { drawnAgain: () => string[] } {
  const before = new Map(comments(section).map((element) => [element.node.comment.id, element]));
  return {
    drawnAgain: () =>
      comments(section)
        .filter((element) => before.has(element.node.comment.id) && before.get(element.node.comment.id) !== element)
        .map((element) => element.node.comment.id)
        .sort(),
  };
}

/**
 * Makes the list's clock say that each reading comes `stepMs` after the last one (0: drawing takes no time) until
 * the returned function puts the real clock back.
 */
function clockStepping(stepMs: number): () => void {
  const start = performance.now();
  let readings = 0;
  Object.defineProperty(performance, 'now', { configurable: true, value: () => start + stepMs * readings++ });
  return () => void delete (performance as { now?: unknown }).now;
}

/** How many top-level comments each frame shows, from the first that shows one until all `total` are there. */
async function topLevelPerFrame(section: ParleyComments, total: number): Promise<number[]> {
  const counts: number[] = [];
  const list = () => deep(section.shadowRoot!, 'parley-comment-list').shadowRoot!;
  while (counts.at(-1) !== total) {
    await new Promise(requestAnimationFrame);
    const count = list()?.querySelectorAll('[part=list] > li').length ?? 0;
    if (count && count !== counts.at(-1)) counts.push(count);
  }
  return counts;
}

describe('<parley-comment-list>', () => {
  // The section fetches the form's code with its first page; have it here, so every test meets the whole section.
  before(() => import('../../src/components/comment-form/form-chunk.js'));
  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('draws again only the comments on the path to a new reply', async () => {
    await useRestBackend(thread());
    const section = await mountSection({ 'page-size': '200' });
    expect(comments(section).length).to.equal(200);
    deep(section.shadowRoot!, '#comment-t4 [part=reply-button]').click();
    await settle(section);
    const form = deep(section.shadowRoot!, '#comment-t4 parley-comment-form').shadowRoot!;
    const redraws = watchRedraws(section);
    type(form.querySelector<HTMLTextAreaElement>('#content')!, 'A reply deep in the thread');
    type(form.querySelector<HTMLInputElement>('#author')!, 'Rosa');
    type(form.querySelector<HTMLInputElement>('#email')!, 'rosa@example.com');
    const posted = oneEvent<ParleyPostedEvent>(section, 'parley-posted');
    form.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    const { detail } = await posted;
    await until(() => comments(section).length === 201, 'the new reply drawn');
    await settle(section);
    expect(deep(section.shadowRoot!, `#comment-t4 + [part=replies] #comment-${CSS.escape(detail.comment.id)}`)).to
      .exist;
    expect(redraws.drawnAgain()).to.deep.equal(['t3', 't4']);
  });

  it('keeps an open reply form, with what was typed in it, when a further page draws its comment again', async () => {
    await useRestBackend([...thread(), stored({ id: 'late', parentId: 't50' })]);
    const section = await mountSection({ 'page-size': '101' });
    const replyButton = () => deep<HTMLButtonElement>(section.shadowRoot!, '#comment-t50 > [part=reply-button]');
    replyButton().click();
    await settle(section);
    const content = () =>
      deep(section.shadowRoot!, '#comment-t50 parley-comment-form').shadowRoot!.querySelector<HTMLTextAreaElement>(
        '#content',
      )!;
    type(content(), 'Half a thought');
    const before = replyButton();
    deep(section.shadowRoot!, '[part=load-more]').click();
    await oneEvent(section, 'parley-load');
    await until(() => comments(section).length === 201, 'the second page drawn');
    await settle(section);
    expect(replyButton(), 'the comment drawn anew').not.to.equal(before);
    expect(content().value).to.equal('Half a thought');
    expect(replyButton().getAttribute('aria-expanded')).to.equal('true');
    expect(deepAll(section.shadowRoot!, 'parley-comment-form')).to.have.length(1);
  });

  it('moves the reply form to the comment whose Reply was pressed last, and collapses the one before', async () => {
    await useRestBackend(thread());
    const section = await mountSection({ 'page-size': '200' });
    const replyButton = (id: string) =>
      deep<HTMLButtonElement>(section.shadowRoot!, `#comment-${id} > [part=reply-button]`);
    replyButton('t1').click();
    await settle(section);
    replyButton('t120').click();
    await settle(section);
    expect(replyButton('t1').getAttribute('aria-expanded')).to.equal('false');
    expect(replyButton('t120').getAttribute('aria-expanded')).to.equal('true');
    expect(
      deepAll(section.shadowRoot!, 'parley-comment-form').map((form) => form.closest('article')?.id),
    ).to.deep.equal(['comment-t120']);
  });

  it('draws again only the comments a further page answers', async () => {
    await useRestBackend([...thread(), stored({ id: 'late', parentId: 't50' })]);
    const section = await mountSection({ 'page-size': '101' });
    expect(comments(section).length).to.equal(101);
    const redraws = watchRedraws(section);
    deep(section.shadowRoot!, '[part=load-more]').click();
    await oneEvent(section, 'parley-load');
    await until(() => comments(section).length === 201, 'the second page drawn');
    await settle(section);
    expect(deep(section.shadowRoot!, '#comment-t50 + [part=replies] #comment-late')).to.exist;
    expect(redraws.drawnAgain()).to.deep.equal(['t50']);
  });

  describe('a long thread, a chunk a frame', () => {
    /** 150 top-level comments, each with one reply. */
    const tall = () =>
      Array.from({ length: 300 }, (_, i) => stored({ id: `c${i}`, parentId: i % 2 ? `c${i - 1}` : null }));
    let restoreClock = () => {};
    afterEach(() => restoreClock());

    it('draws the first screenful, then in the next frame every comment that fits in the time of one chunk', async () => {
      await useRestBackend(tall());
      const section = await mountSection({ 'page-size': '300' }, false);
      await oneEvent(section, 'parley-load');
      restoreClock = clockStepping(0);
      expect(await topLevelPerFrame(section, 150)).to.deep.equal([10, 150]);
    });

    it('draws no more in a frame than fits in the time of one chunk, however fast the last one was', async () => {
      await useRestBackend(tall());
      const section = await mountSection({ 'page-size': '300' }, false);
      await oneEvent(section, 'parley-load');
      // Each block of ten takes 15 ms: two fit in the 40 ms of a chunk, a third would not.
      restoreClock = clockStepping(15);
      const counts = await topLevelPerFrame(section, 150);
      const added = counts.slice(1).map((count, i) => count - counts[i]);
      expect(
        added.every((blocks) => blocks <= 20),
        `added per frame: ${added.join(', ')}`,
      ).to.equal(true);
    });
  });
});
