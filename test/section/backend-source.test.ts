/** BackendSource: which backend a section talks to, built once per configuration, and the site owner's mistakes named. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import { BackendSource } from '../../src/section/backend-source.js';
import type { SourceConfig, SourceSettings } from '../../src/section/backend-source.js';
import type { CommentBackend } from '../../src/backends/backend.js';
import { useHandlers } from '../helpers.js';

const config = (fields: Partial<SourceConfig> = {}): SourceConfig => ({
  api: '/api',
  adapter: 'rest',
  credentials: 'omit',
  ...fields,
});

const pageBackend = (fields: Partial<CommentBackend> = {}): CommentBackend => ({
  list: async () => ({ comments: [], total: 0, next: null }),
  create: () => Promise.reject(new Error('not used')),
  ...fields,
});

const signal = () => new AbortController().signal;

describe('BackendSource', () => {
  it('builds the backend once for a configuration', async () => {
    const source = new BackendSource();
    source.configure(config());
    const [first, second] = await Promise.all([source.get(), source.get()]);
    expect(first.backend).to.equal(second.backend);
    expect((await source.get()).backend).to.equal(first.backend);
  });

  it('builds it anew after configure(), talking to the new api', async () => {
    const asked: string[] = [];
    await useHandlers(
      http.get('*/comments', ({ request }) => {
        asked.push(new URL(request.url).pathname);
        return HttpResponse.json({ comments: [], total: 0, next: null });
      }),
    );
    const source = new BackendSource();
    source.configure(config({ api: '/one' }));
    const first = (await source.get()).backend;
    source.configure(config({ api: '/two' }));
    const second = (await source.get()).backend;
    expect(second).to.not.equal(first);
    await second.list({ thread: '/t', limit: 5, order: 'oldest' }, { signal: signal() });
    expect(asked).to.deep.equal(['/two/comments']);
  });

  it('uses the page’s own backend object over api and adapter', async () => {
    const own = pageBackend();
    const source = new BackendSource();
    source.configure(config({ api: '', adapter: 'no-such-adapter', backend: own }));
    const { backend, renderRich } = await source.get();
    expect(backend).to.equal(own);
    expect(renderRich).to.equal(undefined);
  });

  it('brings the rich-text renderer with a backend that sends rich bodies', async () => {
    const source = new BackendSource();
    source.configure(config({ backend: pageBackend({ richText: true }) }));
    const { renderRich } = await source.get();
    expect(renderRich).to.be.a('function');
  });

  it('tells the site owner to set an api when there is neither an api nor a backend', async () => {
    const source = new BackendSource();
    source.configure(config({ api: '' }));
    const error = await source.get().then(
      () => null,
      (reason: Error) => reason,
    );
    expect(error?.message).to.equal('Parley: set the api attribute, or the backend property');
  });

  it('names an adapter it does not know', async () => {
    const source = new BackendSource();
    source.configure(config({ adapter: 'disqus' }));
    const error = await source.get().then(
      () => null,
      (reason: Error) => reason,
    );
    expect(error?.message).to.equal('Parley: unknown adapter "disqus"');
  });

  it('keeps sections apart: each its own backend', async () => {
    const one = new BackendSource();
    const other = new BackendSource();
    one.configure(config({ api: '/one' }));
    other.configure(config({ api: '/one' }));
    expect((await one.get()).backend).to.not.equal((await other.get()).backend);
  });

  it('builds again on the next request after the adapter’s code failed to arrive, so Retry recovers', async () => {
    let offline = true;
    await useHandlers(
      http.get(/\/src\/backends\/moderated\.(js|ts)(\?.*)?$/, () => (offline ? HttpResponse.error() : passthrough())),
    );
    const source = new BackendSource();
    source.configure(config({ api: '/wp-json', adapter: 'wordpress' }));
    const failed = await source.get().then(
      () => false,
      () => true,
    );
    expect(failed, 'the first build fails while offline').to.equal(true);
    offline = false;
    const { backend } = await source.get();
    expect(backend.list).to.be.a('function');
  });
});

describe('BackendSource, following the section', () => {
  const settings = (fields: Partial<SourceSettings> = {}): SourceSettings => ({
    api: '',
    adapter: 'rest',
    credentials: 'omit',
    postId: '',
    policy: {},
    ...fields,
  });

  it('builds the backend anew when a setting it is built from changed, and keeps it otherwise', async () => {
    const source = new BackendSource();
    const first = pageBackend();
    source.follow(settings({ backend: first }), new Map([['backend', undefined]]));
    expect((await source.get()).backend).to.equal(first);
    const second = pageBackend();
    // Only the section's other properties changed: the backend it has stays.
    source.follow(
      settings({ backend: second }),
      new Map<PropertyKey, unknown>([
        ['theme', 'auto'],
        ['thread', '/a'],
      ]),
    );
    expect((await source.get()).backend).to.equal(first);
    for (const key of ['api', 'adapter', 'credentials', 'postId', 'backend', 'policy']) {
      const next = pageBackend();
      source.follow(settings({ backend: next }), new Map([[key, 'before']]));
      expect((await source.get()).backend, `after ${key} changed`).to.equal(next);
    }
  });

  it('gives its adapter the section’s post id', async () => {
    const heard: { url: string; postId: string | null }[] = [];
    await useHandlers(
      http.get('*/wp/v2/comments', ({ request }) => {
        const url = new URL(request.url);
        heard.push({ url: url.pathname, postId: url.searchParams.get('post') });
        return HttpResponse.json([], { headers: { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' } });
      }),
    );
    const source = new BackendSource();
    source.follow(settings({ api: '/wp', adapter: 'wordpress', postId: '42' }), new Map([['api', undefined]]));
    const { backend } = await source.get();
    await backend.list({ thread: '/t', limit: 5, order: 'oldest' }, { signal: signal() });
    expect(heard).to.deep.equal([{ url: '/wp/wp/v2/comments', postId: '42' }]);
  });
});
