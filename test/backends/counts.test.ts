/**
 * `<parley-count>` with the wordpress and waline adapters: the requests each backend is sent for a list of counts, and
 * the numbers read from answers shaped as the real servers give them (checked against the servers themselves in
 * `npm run test:backends`).
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { placeCounts, until, useHandlers } from '../helpers.js';
import '../../src/parley-count.js';

const words = (count: Element) => count.shadowRoot?.querySelector('[part=count]')?.textContent ?? '';

const place = (adapter: string, api: string, ids: string[], key: 'thread' | 'post-id') =>
  placeCounts(ids.map((id) => ({ adapter, api, [key]: id, href: `/p/${id}/` })));

const failure = (count: Element) =>
  new Promise<CustomEvent<{ phase: string }>>((resolve) =>
    count.addEventListener('parley-error', (event) => resolve(event as CustomEvent<{ phase: string }>), { once: true }),
  );

describe('<parley-count> with real backends\u2019 answers', () => {
  afterEach(() => document.querySelectorAll('.count-list').forEach((element) => element.remove()));

  it('waline: 20 counts in one request, every path as its own url, counts read in order', async () => {
    const asked: URL[] = [];
    await useHandlers(
      http.get('/w/api/comment', ({ request }) => {
        const url = new URL(request.url);
        asked.push(url);
        // Waline answers the counts in the order of the `url`s it was given.
        const data = url.searchParams.getAll('url').map((path) => Number(/(\d+)/.exec(path)![1]) % 4);
        return HttpResponse.json({ errno: 0, errmsg: '', data });
      }),
    );
    const paths = Array.from({ length: 20 }, (_, index) => `/post-${index},with-comma/`);
    const counts = place('waline', '/w', paths, 'thread');
    await until(() => counts.every(words), 'every count shown');
    expect(asked.length).to.equal(1);
    expect(asked[0].searchParams.get('type')).to.equal('count');
    expect([...asked[0].searchParams.getAll('url')].sort()).to.deep.equal([...paths].sort());
    expect(counts.slice(0, 4).map(words)).to.deep.equal(['No comments yet', '1 comment', '2 comments', '3 comments']);
  });

  it('waline: one thread, and a server that answers it with a bare number', async () => {
    await useHandlers(http.get('/w/api/comment', () => HttpResponse.json({ errno: 0, errmsg: '', data: 5 })));
    const [count] = place('waline', '/w', ['/only/'], 'thread');
    await until(() => words(count), 'the count shown');
    expect(words(count)).to.equal('5 comments');
  });

  it('waline: an answer with a count missing fails quietly, with parley-error', async () => {
    await useHandlers(http.get('/w/api/comment', () => HttpResponse.json({ errno: 0, errmsg: '', data: [1] })));
    const counts = place('waline', '/w', ['/a/', '/b/'], 'thread');
    const error = await failure(counts[0]);
    expect(error.detail.phase).to.equal('load');
    expect(counts.map((count) => count.shadowRoot!.textContent)).to.deep.equal(['', '']);
  });

  it('wordpress: 20 posts in one request while they have at most 100 comments together', async () => {
    const asked: URL[] = [];
    await useHandlers(
      http.get('/wp-json/wp/v2/comments', ({ request }) => {
        const url = new URL(request.url);
        asked.push(url);
        const posts = url.searchParams.get('post')!.split(',').map(Number);
        const listed = posts.flatMap((post) => Array.from({ length: post % 3 }, () => ({ post })));
        return HttpResponse.json(listed, { headers: { 'X-WP-Total': String(listed.length), 'X-WP-TotalPages': '1' } });
      }),
    );
    const ids = Array.from({ length: 20 }, (_, index) => String(index + 1));
    const counts = place('wordpress', '/wp-json', ids, 'post-id');
    await until(() => counts.every(words), 'every count shown');
    expect(asked.length).to.equal(1);
    expect(asked[0].searchParams.get('post')!.split(',').sort()).to.deep.equal([...ids].sort());
    expect(asked[0].searchParams.get('per_page')).to.equal('100');
    expect(asked[0].searchParams.get('_fields')).to.equal('post');
    expect(counts.slice(0, 3).map(words)).to.deep.equal(['1 comment', '2 comments', 'No comments yet']);
  });

  it('wordpress: past 100 comments, each post\u2019s own total (X-WP-Total of per_page=1)', async () => {
    const totals: Record<string, number> = { 7: 150, 8: 0, 9: 2 };
    const asked: URL[] = [];
    await useHandlers(
      http.get('/wp-json/wp/v2/comments', ({ request }) => {
        const url = new URL(request.url);
        asked.push(url);
        const posts = url.searchParams.get('post')!.split(',');
        const total = posts.reduce((sum, post) => sum + totals[post], 0);
        const perPage = Number(url.searchParams.get('per_page'));
        const listed = posts.flatMap((post) => Array.from({ length: totals[post] }, () => ({ post: Number(post) })));
        return HttpResponse.json(listed.slice(0, perPage), { headers: { 'X-WP-Total': String(total) } });
      }),
    );
    const counts = place('wordpress', '/wp-json', ['7', '8', '9'], 'post-id');
    await until(() => counts.every(words), 'every count shown');
    expect(counts.map(words)).to.deep.equal(['150 comments', 'No comments yet', '2 comments']);
    const posts = asked.map((url) => url.searchParams.get('post')!.split(',').sort().join(','));
    expect([posts[0], ...posts.slice(1).sort()]).to.deep.equal(['7,8,9', '7', '8', '9']);
    expect(asked.slice(1).every((url) => url.searchParams.get('per_page') === '1')).to.equal(true);
  });

  it('wordpress: a count without a post id fails quietly, with parley-error', async () => {
    const [count] = place('wordpress', '/wp-json', ['/not-a-post/'], 'thread');
    const error = await failure(count);
    expect(error.detail.phase).to.equal('load');
    expect(count.shadowRoot!.textContent).to.equal('');
  });
});
