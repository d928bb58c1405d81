/** The reader's tools: sorting the thread, liking comments, and new comments while reading. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import {
  deep,
  deepAll,
  focused,
  mountSection,
  settle,
  stored,
  submitComment,
  text,
  type,
  until,
  useHandlers,
  useRestBackend,
} from '../helpers.js';

const root = (section: ParleyComments) => section.shadowRoot!;
const bodies = (section: ParleyComments) => deepAll(root(section), '[part=body]').map(text);
const select = (section: ParleyComments) => deep<HTMLSelectElement>(root(section), '[part=sort-select]');
const options = (section: ParleyComments) => [...select(section).options].map((option) => option.value);
const likeButton = (section: ParleyComments, id: string) =>
  deep<HTMLButtonElement>(root(section), `#comment-${id} > [part=like]`);
const announced = (section: ParleyComments) => text(root(section).querySelector('[role=status][aria-live]')!);

async function choose(section: ParleyComments, order: string): Promise<void> {
  const control = select(section);
  control.value = order;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => section.shadowRoot && announced(section).includes('Comments sorted'), 'the sorted thread');
  await settle(section);
}

const thread = () => {
  const first = stored({ content: 'First' });
  const second = stored({ content: 'Second' });
  const replyA = stored({ content: 'Reply A', parentId: first.id });
  const third = stored({ content: 'Third' });
  const replyB = stored({ content: 'Reply B', parentId: first.id });
  return [first, second, replyA, third, replyB];
};

// The chunks a section loads after its first comments, compiled once before the first test waits for them.
before(() =>
  Promise.all([
    import('../../src/components/comment-form/form-chunk.js'),
    import('../../src/components/reading-tools/reading-tools-chunk.js'),
    import('../../src/components/live/live-chunk.js'),
    import('../../src/components/likes/like-button.js'),
  ]),
);

describe('sorting', () => {
  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('offers Oldest and Newest, labelled, and is accessible', async () => {
    await useRestBackend(thread());
    const section = await mountSection();
    await until(() => deepAll(root(section), '[part=sort-select]').length, 'the sort control');
    expect(options(section)).to.deep.equal(['oldest', 'newest']);
    expect(select(section).value).to.equal('oldest');
    expect(text(deep(root(section), '[part=sort-label]'))).to.equal('Sort by');
    await expect(section).to.be.accessible();
  });

  it('reloads newest first, keeps replies oldest first under their parent, and keeps the draft being written', async () => {
    await useRestBackend(thread());
    const section = await mountSection();
    await until(() => deepAll(root(section), '[part=sort-select]').length, 'the sort control');
    type(deep<HTMLTextAreaElement>(root(section), '#content'), 'Half a thought');
    await choose(section, 'newest');
    expect(bodies(section)).to.deep.equal(['Third', 'Second', 'First', 'Reply A', 'Reply B']);
    expect(deep<HTMLTextAreaElement>(root(section), '#content').value).to.equal('Half a thought');
    expect(announced(section)).to.contain('Comments sorted: Newest');
  });

  it("remembers the reader's choice for the site, over the site owner's order", async () => {
    await useRestBackend(thread());
    const first = await mountSection({ order: 'oldest' });
    await until(() => deepAll(root(first), '[part=sort-select]').length, 'the sort control');
    await choose(first, 'newest');
    first.remove();
    const again = await mountSection({ order: 'oldest', thread: '/t/one' });
    expect(bodies(again)[0]).to.equal('Third');
  });

  it("starts in the site owner's order when the reader chose none, and ignores a damaged choice", async () => {
    await useRestBackend(thread());
    localStorage.setItem('parley:order', 'sideways');
    const section = await mountSection({ order: 'newest' });
    expect(bodies(section)[0]).to.equal('Third');
  });

  it('offers Top when the comments carry likes, and lists the most liked first', async () => {
    const comments = thread();
    comments[3].likedBy = ['a', 'b'];
    comments[1].likedBy = ['a'];
    await useRestBackend(comments, { likes: true });
    const section = await mountSection();
    await until(() => deepAll(root(section), '[part=sort-select]').length, 'the sort control');
    expect(options(section)).to.deep.equal(['oldest', 'newest', 'top']);
    await choose(section, 'top');
    expect(bodies(section).slice(0, 3)).to.deep.equal(['Third', 'Second', 'First']);
  });
});

describe('likes', () => {
  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('shows a like button with its count on each comment, pressed state and all, accessibly', async () => {
    const [one, two] = [stored({ likedBy: ['x', 'y', 'z'] }), stored()];
    await useRestBackend([one, two], { likes: true });
    const section = await mountSection();
    const button = likeButton(section, one.id);
    expect(text(button)).to.equal('♥ Like 3');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(text(likeButton(section, two.id))).to.equal('♥ Like 0');
    await expect(section).to.be.accessible();
  });

  it('counts a like at once, once per reader, and takes it back on a second press', async () => {
    const one = stored({ likedBy: ['someone'] });
    const store = await useRestBackend([one], { likes: true });
    const section = await mountSection();
    const button = likeButton(section, one.id);
    button.click();
    expect(text(button)).to.equal('♥ Like 2');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    await until(() => !button.hasAttribute('aria-busy'), 'the answer');
    expect(store.load()[0].likedBy).to.have.length(2);
    // A second section, as after a reload: the like shows as the reader's.
    section.remove();
    const again = await mountSection();
    const same = likeButton(again, one.id);
    expect(same.getAttribute('aria-pressed')).to.equal('true');
    same.click();
    await until(() => !same.hasAttribute('aria-busy'), 'the answer');
    expect(text(same)).to.equal('♥ Like 1');
    expect(same.getAttribute('aria-pressed')).to.equal('false');
    expect(store.load()[0].likedBy).to.deep.equal(['someone']);
  });

  it('lets the reader like the comment they just posted', async () => {
    const store = await useRestBackend([stored()], { likes: true });
    const section = await mountSection();
    submitComment(section, 'Mine, just posted.');
    await until(() => store.load().length === 2, 'the new comment');
    const mine = store.load()[1];
    await until(() => deepAll(root(section), `#comment-${mine.id} > [part=like]`).length, 'its like button');
    const button = likeButton(section, mine.id);
    expect(button.hidden).to.equal(false);
    expect(text(button)).to.equal('♥ Like 0');
    button.click();
    await until(() => !button.hasAttribute('aria-busy'), 'the answer');
    expect(store.load()[1].likedBy).to.have.length(1);
  });

  it('puts the count back and tells the reader when the backend refuses', async () => {
    const one = stored({ likedBy: [] });
    await useRestBackend([one], {
      likes: true,
      first: [http.post('/api/comments/:id/likes', () => HttpResponse.json({ error: 'Closed' }, { status: 403 }))],
    });
    const section = await mountSection();
    const button = likeButton(section, one.id);
    button.click();
    await until(() => !button.hasAttribute('aria-busy'), 'the answer');
    expect(text(button)).to.equal('♥ Like 0');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(text(deep(root(section), '[part=like-error]'))).to.equal(
      'Your like could not be saved. Please try again later.',
    );
    await until(() => announced(section).includes('Your like could not be saved'), 'the announcement');
  });

  it('keeps its own count when the answer holds no readable one', async () => {
    const one = stored({ likedBy: [] });
    await useRestBackend([one], {
      likes: true,
      first: [http.post('/api/comments/:id/likes', () => HttpResponse.json({ likes: 'many' }))],
    });
    const section = await mountSection();
    const button = likeButton(section, one.id);
    button.click();
    await until(() => !button.hasAttribute('aria-busy'), 'the answer');
    // An unreadable answer is a failure: the like is not counted as the reader's.
    expect(text(button)).to.equal('♥ Like 0');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('shows no like button for comments without a count, nor a wrong count', async () => {
    const one = stored();
    await useRestBackend([one]);
    const section = await mountSection();
    expect(deepAll(root(section), '[part=like]').filter((button) => !button.hidden)).to.have.length(0);
    await useHandlers(
      http.get('/api/comments', () =>
        HttpResponse.json({
          comments: [
            { ...one, likes: -2 },
            { ...stored(), likes: 4 },
          ],
          total: 2,
          next: null,
        }),
      ),
    );
    await section.refresh();
    await settle(section);
    expect(deepAll(root(section), '[part=like]').map((button) => button.hidden)).to.deep.equal([true, false]);
  });

  it('shows no like button with a backend that has no likes', async () => {
    const section = document.createElement('parley-comments');
    section.setAttribute('loading', 'eager');
    section.setAttribute('lang', 'en');
    section.backend = {
      list: async () => ({ comments: [{ ...stored({ content: 'From the page' }), likes: 3 }], total: 1, next: null }),
      create: () => Promise.reject(new Error('unused')),
    };
    document.body.append(section);
    await until(() => section.shadowRoot && bodies(section).join() === 'From the page', 'the comment');
    expect(deepAll(root(section), '[part=like]')).to.have.length(0);
  });
});

describe('new comments while reading', () => {
  const show = () => document.dispatchEvent(new Event('visibilitychange'));

  afterEach(() => document.querySelectorAll('parley-comments').forEach((element) => element.remove()));

  it('offers new comments when the tab is shown again, announced, and shows them on request', async () => {
    const store = await useRestBackend([stored({ content: 'Old' })]);
    const section = await mountSection({ order: 'oldest' });
    await until(() => customElements.get('parley-news'), 'the notice');
    store.save([
      ...store.load(),
      stored({ content: 'Fresh one', createdAt: '2026-11-20T12:00:00.000Z' }),
      stored({ content: 'Fresh two', createdAt: '2026-11-20T12:01:00.000Z' }),
    ]);
    show();
    await until(() => deepAll(root(section), '[part=news]').length, 'the notice');
    expect(text(deep(root(section), '[part=news]'))).to.equal('2 new comments · Show');
    // The page does not move: the list is as it was until the reader asks.
    expect(bodies(section)).to.deep.equal(['Old']);
    await until(() => announced(section) === '2 new comments', 'the announcement');
    await expect(section).to.be.accessible();
    deep(root(section), '[part=news-show]').click();
    await settle(section);
    expect(bodies(section)).to.deep.equal(['Old', 'Fresh one', 'Fresh two']);
    await until(() => focused()?.id.startsWith('comment-'), 'focus on the new comments');
    expect(deepAll(root(section), '[part=news]')).to.have.length(0);
  });

  it('says nothing when nothing is new, even from a server that ignores `since`', async () => {
    let asked = '';
    const old = stored({ content: 'Old' });
    await useRestBackend([old]);
    const section = await mountSection();
    await until(() => customElements.get('parley-news'), 'the notice');
    await useHandlers(
      http.get('/api/comments', ({ request }) => {
        asked = new URL(request.url).searchParams.get('since') ?? 'none';
        return HttpResponse.json({ comments: [{ ...old, id: 'c-old' }], total: 1, next: null });
      }),
    );
    show();
    await until(() => asked !== '', 'the look');
    expect(asked).to.match(/^2026-11-01T09:\d\d:00\.000Z$/);
    await settle(section);
    // The first page again: an id the list does not hold, but no newer than what it holds, is not news.
    expect(deepAll(root(section), '[part=news]')).to.have.length(0);
  });

  it('does not look in a hidden tab', async () => {
    let looks = 0;
    await useRestBackend([stored()]);
    const section = await mountSection();
    await until(() => customElements.get('parley-news'), 'the notice');
    await useHandlers(
      http.get('/api/comments', () => {
        looks++;
        return HttpResponse.json({ comments: [], total: 0, next: null });
      }),
    );
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      show();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(looks).to.equal(0);
    } finally {
      delete (document as { visibilityState?: string }).visibilityState;
    }
    expect(section.isConnected).to.equal(true);
  });

  it('is off with live="off"', async () => {
    await useRestBackend([stored()]);
    const section = await mountSection({ live: 'off' });
    await settle(section);
    expect(deepAll(root(section), 'parley-news')).to.have.length(0);
  });
});
