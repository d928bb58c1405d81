/** <parley-count>: "12 comments" for article lists, asked for together and only near the viewport. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { placeCounts, stored, until, useHandlers, useRestBackend } from '../helpers.js';
import { adapters } from '../../src/backends/registry.js';
import type { CommentBackend } from '../../src/backends/backend.js';
import '../../src/parley-count.js';

const words = (count: Element) => count.shadowRoot?.querySelector('[part=count]')?.textContent ?? '';

/** Counts for `threads`, in the page's flow; `lang` on an ancestor when given. */
const place = (threads: string[], attributes: Record<string, string> = {}, lang = 'en') =>
  placeCounts(
    threads.map((thread) => ({ api: '/api', thread, href: thread, ...attributes })),
    lang,
  );

/** The URLs the page asked for. */
function watchRequests(): { urls: string[]; stop(): void } {
  const urls: string[] = [];
  const observer = new PerformanceObserver((entries) => urls.push(...entries.getEntries().map((entry) => entry.name)));
  observer.observe({ type: 'resource' });
  return { urls, stop: () => observer.disconnect() };
}

describe('<parley-count>', () => {
  afterEach(() => document.querySelectorAll('.count-list').forEach((element) => element.remove()));

  it('shows 20 counts on a page with one request, each a link to the thread\u2019s #comments', async () => {
    const comments = Array.from({ length: 20 }, (_, index) =>
      Array.from({ length: index % 3 }, () => stored({ thread: `/post/${index}/` })),
    ).flat();
    await useRestBackend(comments);
    const requests = watchRequests();
    const counts = place(Array.from({ length: 20 }, (_, index) => `/post/${index}/`));
    await until(() => counts.every((count) => words(count)), 'every count shown');
    expect(counts.slice(0, 3).map(words)).to.deep.equal(['No comments yet', '1 comment', '2 comments']);
    const link = counts[2].shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('part')).to.equal('link');
    expect(new URL(link.href).pathname + new URL(link.href).hash).to.equal('/post/2/#comments');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const asked = requests.urls.filter((url) => url.includes('/api/comments'));
    requests.stop();
    expect(asked.length, asked.join('\n')).to.equal(1);
    expect(new URL(asked[0]).searchParams.getAll('thread').length).to.equal(20);
    await expect(counts[2]).to.be.accessible();
  });

  it('asks for nothing until the count nears the viewport', async () => {
    await useRestBackend([stored({ thread: '/far/' })]);
    const requests = watchRequests();
    const spacer = document.createElement('div');
    spacer.className = 'count-list';
    spacer.style.height = '400vh';
    document.body.append(spacer);
    const [count] = place(['/far/']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests.urls.filter((url) => url.includes('/api/comments'))).to.deep.equal([]);
    count.scrollIntoView();
    await until(() => words(count), 'the count once in view');
    expect(words(count)).to.equal('1 comment');
    requests.stop();
  });

  it('speaks each language with its plurals', async () => {
    const many = (thread: string, n: number) => Array.from({ length: n }, () => stored({ thread }));
    await useRestBackend([...many('/one/', 1), ...many('/few/', 3), ...many('/many/', 5), ...many('/two/', 2)]);
    const ru = place(['/one/', '/few/', '/many/'], {}, 'ru');
    const ar = place(['/two/', '/many/'], {}, 'ar');
    const de = place(['/one/', '/few/', '/none/'], {}, 'de');
    await until(() => [...ru, ...ar, ...de].every((count) => words(count)), 'every count shown');
    expect(ru.map(words)).to.deep.equal(['1 комментарий', '3 комментария', '5 комментариев']);
    expect(words(ar[0])).to.equal('تعليقان');
    expect(words(ar[1])).to.match(/^\S+ تعليقات$/);
    expect(de.map(words)).to.deep.equal(['1 Kommentar', '3 Kommentare', 'Noch keine Kommentare']);
  });

  it('shows nothing when the count fails, and tells the page through parley-error', async () => {
    await useHandlers(http.get('/api/comments/count', () => new HttpResponse(null, { status: 500 })));
    const [count] = place(['/broken/']);
    const error = await new Promise<CustomEvent<{ phase: string }>>((resolve) =>
      count.addEventListener('parley-error', (event) => resolve(event as CustomEvent<{ phase: string }>), {
        once: true,
      }),
    );
    expect(error.detail.phase).to.equal('load');
    expect(count.shadowRoot!.textContent).to.equal('');
  });

  it('counts with one list({ limit: 1 }) per thread on a backend without count', async () => {
    await useRestBackend([stored({ thread: '/a/' }), stored({ thread: '/a/' }), stored({ thread: '/b/' })]);
    const asked: Array<{ thread: string; limit: number }> = [];
    const rest = adapters.rest({ api: '/api', credentials: 'omit' }) as CommentBackend;
    adapters['list-only'] = () => ({
      list: (query, options) => {
        asked.push({ thread: query.thread, limit: query.limit });
        return rest.list(query, options);
      },
      create: () => Promise.reject(new Error('not in this test')),
    });
    try {
      const counts = place(['/a/', '/b/'], { adapter: 'list-only' });
      await until(() => counts.every((count) => words(count)), 'every count shown');
      expect(counts.map(words)).to.deep.equal(['2 comments', '1 comment']);
      expect([...asked].sort((x, y) => x.thread.localeCompare(y.thread))).to.deep.equal([
        { thread: '/a/', limit: 1 },
        { thread: '/b/', limit: 1 },
      ]);
    } finally {
      delete adapters['list-only'];
    }
  });
});
