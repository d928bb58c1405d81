/** ThreadLoader: the lazy start, stale answers, paging, posted comments, unreadable comments and a removed section. */
import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { ThreadLoader } from '../../src/section/thread-loader.js';
import type { ThreadLoaderOptions, ThreadQuery } from '../../src/section/thread-loader.js';
import { LoadMoreRequestEvent } from '../../src/section/requests.js';
import { Announcer } from '../../src/section/announcer.js';
import { BackendSource } from '../../src/section/backend-source.js';
import { LocaleController } from '../../src/section/locale.js';
import { Ui } from '../../src/i18n/ui.js';
import { en } from '../../src/i18n/en.js';
import { BackendError } from '../../src/model/errors.js';
import { ParleyPostedEvent } from '../../src/posting/posting-events.js';
import type { ParleyErrorEvent, ParleyLoadEvent } from '../../src/events.js';
import type { CommentBackend, ListQuery } from '../../src/backends/backend.js';
import type { Comment, CommentPage } from '../../src/model/comment.js';

const comment = (id: string, parentId: string | null = null): Comment => ({
  id,
  parentId,
  author: `Author ${id}`,
  url: null,
  avatar: null,
  content: `Text ${id}`,
  createdAt: '2026-11-01T09:00:00Z',
  status: 'approved',
});

const page = (comments: unknown[], next: string | null = null, total = comments.length): CommentPage => ({
  comments: comments as Comment[],
  total,
  next,
});

const ids = (comments: readonly Comment[]) => comments.map(({ id }) => id);

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** One request the backend received, answered when the test says so. */
interface ListCall {
  query: ListQuery;
  signal: AbortSignal;
  answer: Deferred<CommentPage>;
}

/** A backend that answers each list request only when the test resolves it (and ignores aborts, as a slow one may). */
function scriptedBackend() {
  const calls: ListCall[] = [];
  const backend: CommentBackend = {
    list(query, { signal }) {
      const answer = deferred<CommentPage>();
      calls.push({ query, signal, answer });
      return answer.promise;
    },
    create: () => Promise.reject(new Error('not used')),
  };
  return { backend, calls };
}

/** Resolves once `test` holds, checking every few milliseconds; fails after ten seconds (a busy machine). */
async function until(test: () => unknown, what: string): Promise<void> {
  const end = performance.now() + 10_000;
  while (!test()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Whether `promise` settles within `ms` milliseconds. */
const settlesWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

/**
 * The least a section is to its loader: an element that holds controllers and is told to update. Being an element,
 * it can be observed for the lazy start; `remove()` and `attach()` tell the controllers as Lit would.
 */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const element = document.createElement('div');
  element.style.minHeight = '1px';
  let updates = 0;
  const host = Object.assign(element, {
    renderRoot: document.createElement('div'),
    /** Set once the section has drawn itself. */
    hasUpdated: false,
    updateComplete: Promise.resolve(true),
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => void updates++,
  });
  return {
    host,
    get updates() {
      return updates;
    },
    attach(parent: Element = document.body) {
      parent.append(element);
      controllers.forEach((controller) => controller.hostConnected?.());
    },
    remove() {
      element.remove();
      controllers.forEach((controller) => controller.hostDisconnected?.());
    },
  };
}

type LocaleLike = Pick<LocaleController, 'ui' | 'ready'>;

/** A loader wired as the section wires it, to a scripted backend; `query` may be changed between requests. */
function setup({ order = 'oldest', locale }: { order?: ThreadQuery['order']; locale?: LocaleLike } = {}) {
  const depth = { max: 3 };
  const fake = fakeHost();
  fake.attach();
  const { backend, calls } = scriptedBackend();
  const source = new BackendSource();
  source.configure({ api: '', adapter: 'rest', credentials: 'omit', backend });
  const realLocale = new LocaleController(fake.host);
  realLocale.set('en', {});
  const announcer = new Announcer(fake.host);
  const query: ThreadQuery = { thread: '/t/one', limit: 2, order };
  const drawn: Promise<unknown>[] = [];
  const start = { when: 'lazy' as ReturnType<ThreadLoaderOptions['start']> };
  const loader = new ThreadLoader(fake.host, {
    source,
    locale: (locale ?? realLocale) as LocaleController,
    announcer,
    query: () => ({ ...query }),
    maxDepth: () => depth.max,
    firstPage: (promise) => void drawn.push(promise),
    start: () => start.when,
  });
  const loads: ParleyLoadEvent[] = [];
  const errors: ParleyErrorEvent[] = [];
  fake.host.addEventListener('parley-load', (event) => loads.push(event));
  fake.host.addEventListener('parley-error', (event) => errors.push(event));
  return { fake, host: fake.host, loader, calls, query, depth, drawn, announcer, loads, errors, start };
}

describe('ThreadLoader', () => {
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((element) => element.remove());
    window.scrollTo(0, 0);
  });

  describe('the first page', () => {
    it('asks for the thread, limit and order of the section, and shows what comes back', async () => {
      const { loader, calls, loads } = setup({ order: 'newest' });
      const shown = loader.loadFirst();
      expect(loader.status).to.equal('loading');
      await until(() => calls.length, 'the list request');
      expect(calls[0].query).to.deep.equal({ thread: '/t/one', limit: 2, order: 'newest' });
      calls[0].answer.resolve(page([comment('a'), comment('b')], 'p2', 7));
      expect(await shown).to.equal(true);
      expect(ids(loader.comments)).to.deep.equal(['a', 'b']);
      expect(loader.status).to.equal('ready');
      expect(loader.total).to.equal(7);
      expect(loader.hasMore).to.equal(true);
      expect(loads.map((event) => event.detail.total)).to.deep.equal([7]);
    });

    it('never lets a slower answer for the old thread replace the newer one', async () => {
      const { loader, calls, query, loads } = setup();
      const older = loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      query.thread = '/t/two';
      const newer = loader.loadFirst();
      await until(() => calls.length === 2, 'the second request');
      expect(calls[0].signal.aborted, 'the older request is aborted').to.equal(true);
      expect(calls[1].query.thread).to.equal('/t/two');

      calls[1].answer.resolve(page([comment('two-a')]));
      expect(await newer).to.equal(true);
      calls[0].answer.resolve(page([comment('one-a'), comment('one-b')], 'p2'));
      expect(await older, 'the older request is moot').to.equal(undefined);

      expect(ids(loader.comments)).to.deep.equal(['two-a']);
      expect(loader.total).to.equal(1);
      expect(loader.hasMore, 'the old thread’s cursor is not kept').to.equal(false);
      expect(loads.length).to.equal(1);
    });

    it('shows nothing of an older answer that arrives first, then the newer one', async () => {
      const { loader, calls, query, loads } = setup();
      const older = loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      query.thread = '/t/two';
      const newer = loader.loadFirst();
      await until(() => calls.length === 2, 'the second request');

      calls[0].answer.resolve(page([comment('one-a')]));
      expect(await older).to.equal(undefined);
      expect(loader.comments).to.deep.equal([]);
      expect(loader.status).to.equal('loading');
      expect(loads.length).to.equal(0);

      calls[1].answer.resolve(page([comment('two-a')]));
      expect(await newer).to.equal(true);
      expect(ids(loader.comments)).to.deep.equal(['two-a']);
    });

    it('shows no error for a request it aborted itself', async () => {
      const { loader, calls, errors } = setup();
      const older = loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      const newer = loader.loadFirst();
      await until(() => calls.length === 2, 'the second request');
      // A backend that honours the signal rejects with its reason.
      calls[0].answer.reject(calls[0].signal.reason);
      expect(await older).to.equal(undefined);
      expect(loader.error).to.equal(null);
      expect(errors.length).to.equal(0);
      calls[1].answer.resolve(page([comment('a')]));
      expect(await newer).to.equal(true);
    });

    it('waits for the section’s language before showing a page', async () => {
      const language = deferred<void>();
      const locale: LocaleLike = { ui: new Ui('de', {}, en), ready: language.promise };
      const { loader, calls, loads } = setup({ locale });
      const shown = loader.loadFirst();
      await until(() => calls.length, 'the list request');
      calls[0].answer.resolve(page([comment('a')]));
      expect(await settlesWithin(shown, 100), 'shown before the language is in').to.equal(false);
      expect(loader.comments).to.deep.equal([]);
      expect(loads.length).to.equal(0);
      language.resolve();
      expect(await shown).to.equal(true);
      expect(ids(loader.comments)).to.deep.equal(['a']);
    });

    it('shows a failure with a Retry that loads again, announces it and tells the page', async () => {
      const { loader, calls, errors, announcer } = setup();
      const failed = loader.loadFirst();
      await until(() => calls.length, 'the list request');
      calls[0].answer.reject(new BackendError('server', 'HTTP 503', { status: 503 }));
      expect(await failed).to.equal(false);
      expect(loader.status).to.equal('error');
      expect(loader.error?.message).to.match(/^The comments could not be loaded\. /);
      expect(announcer.message).to.equal(loader.error?.message);
      expect(errors.map((event) => [event.detail.phase, event.detail.error.message])).to.deep.equal([
        ['load', 'HTTP 503'],
      ]);

      loader.error!.retry();
      await until(() => calls.length === 2, 'the retried request');
      expect(loader.error, 'the old failure is cleared while retrying').to.equal(null);
      calls[1].answer.resolve(page([comment('a')]));
      await until(() => loader.status === 'ready', 'the retried page');
      expect(ids(loader.comments)).to.deep.equal(['a']);
    });
  });

  describe('firstPage', () => {
    it('is told once per first page, not for more pages', async () => {
      const { loader, calls, drawn } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      expect(drawn.length).to.equal(1);
      calls[0].answer.resolve(page([comment('a')], 'p2'));
      await first;
      const more = loader.loadMore();
      await until(() => calls.length === 2, 'the next page');
      calls[1].answer.resolve(page([comment('b')]));
      await more;
      expect(drawn.length, 'loading more is not a first page').to.equal(1);
      const again = loader.loadFirst();
      await until(() => calls.length === 3, 'the refresh');
      calls[2].answer.resolve(page([comment('a')]));
      await again;
      expect(drawn.length).to.equal(2);
    });

    it('settles only once the page is shown', async () => {
      const { loader, calls, drawn } = setup();
      void loader.loadFirst();
      await until(() => calls.length, 'the list request');
      expect(await settlesWithin(drawn[0], 100), 'settled while the answer is still on its way').to.equal(false);
      calls[0].answer.resolve(page([comment('a')]));
      expect(await settlesWithin(drawn[0], 10_000)).to.equal(true);
      expect(ids(loader.comments)).to.deep.equal(['a']);
    });

    it('settles for a first page that failed or that a newer one made moot, so the form still comes', async () => {
      const { loader, calls, drawn } = setup();
      void loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      void loader.loadFirst();
      await until(() => calls.length === 2, 'the second request');
      calls[1].answer.reject(new BackendError('network', 'Unreachable'));
      calls[0].answer.resolve(page([comment('a')]));
      expect(await settlesWithin(Promise.all(drawn), 10_000)).to.equal(true);
    });
  });

  describe('loading more', () => {
    it('appends the next page in order, drops comments already shown, and announces how many came', async () => {
      const { loader, calls, announcer } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      calls[0].answer.resolve(page([comment('a'), comment('b')], 'cursor-2', 5));
      await first;

      const more = loader.loadMore();
      expect(loader.loadingMore).to.equal(true);
      await until(() => calls.length === 2, 'the next page');
      expect(calls[1].query).to.deep.equal({ thread: '/t/one', limit: 2, order: 'oldest', cursor: 'cursor-2' });
      // The thread moved on between the pages: "b" is sent again.
      calls[1].answer.resolve(page([comment('b'), comment('c'), comment('d')], null, 5));
      await more;

      expect(ids(loader.comments)).to.deep.equal(['a', 'b', 'c', 'd']);
      expect(loader.loadingMore).to.equal(false);
      expect(loader.hasMore).to.equal(false);
      expect(announcer.message).to.equal('2 more comments loaded');
    });

    it('sends one request however often the reader presses Load more', async () => {
      const { loader, calls } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      calls[0].answer.resolve(page([comment('a')], 'p2'));
      await first;
      const more = [loader.loadMore(), loader.loadMore(), loader.loadMore()];
      await until(() => calls.length === 2, 'the next page');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls.length).to.equal(2);
      calls[1].answer.resolve(page([comment('b')]));
      await Promise.all(more);
      expect(ids(loader.comments)).to.deep.equal(['a', 'b']);
    });

    it('asks nothing when there is no next page', async () => {
      const { loader, calls } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      calls[0].answer.resolve(page([comment('a')], null));
      await first;
      await loader.loadMore();
      expect(calls.length).to.equal(1);
    });

    it('never adds the old thread’s next page to a thread loaded meanwhile', async () => {
      const { loader, calls, query } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      calls[0].answer.resolve(page([comment('one-a')], 'p2'));
      await first;
      const more = loader.loadMore();
      await until(() => calls.length === 2, 'the next page');
      query.thread = '/t/two';
      const other = loader.loadFirst();
      await until(() => calls.length === 3, 'the other thread');
      calls[2].answer.resolve(page([comment('two-a')]));
      await other;
      calls[1].answer.resolve(page([comment('one-b')]));
      await more;
      expect(ids(loader.comments)).to.deep.equal(['two-a']);
      expect(loader.loadingMore).to.equal(false);
    });
  });

  describe('the reply tree', () => {
    it('is built once for the comments shown, and again when they or the deepest level change', async () => {
      const { loader, calls, depth, host } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      calls[0].answer.resolve(
        page([comment('a'), { ...comment('b'), parentId: 'a' }, { ...comment('c'), parentId: 'b' }], null, 3),
      );
      await first;
      const roots = loader.roots;
      expect(roots.map((node) => node.comment.id)).to.deep.equal(['a']);
      expect(roots[0].replies[0].replies.map((node) => node.comment.id)).to.deep.equal(['c']);
      expect(loader.roots).to.equal(roots);

      depth.max = 2;
      expect(loader.roots[0].replies.map((node) => node.comment.id)).to.deep.equal(['b', 'c']);

      host.dispatchEvent(new ParleyPostedEvent(comment('mine'), '/t/one'));
      expect(loader.roots.map((node) => node.comment.id)).to.deep.equal(['a', 'mine']);
    });
  });

  describe('a comment the reader posted', () => {
    async function shown(order: ThreadQuery['order']) {
      const context = setup({ order });
      const first = context.loader.loadFirst();
      await until(() => context.calls.length === 1, 'the first request');
      context.calls[0].answer.resolve(page([comment('a'), comment('b')], 'p2', 3));
      await first;
      return context;
    }

    it('joins the end of an oldest-first thread, counted and focused', async () => {
      const { loader, host } = await shown('oldest');
      host.dispatchEvent(new ParleyPostedEvent(comment('mine'), '/t/one'));
      expect(ids(loader.comments)).to.deep.equal(['a', 'b', 'mine']);
      expect(loader.total).to.equal(4);
      expect(loader.focusId).to.equal('mine');
    });

    it('goes on top of a newest-first thread', async () => {
      const { loader, host } = await shown('newest');
      host.dispatchEvent(new ParleyPostedEvent(comment('mine'), '/t/one'));
      expect(ids(loader.comments)).to.deep.equal(['mine', 'a', 'b']);
    });

    it('does not join another thread', async () => {
      const { loader, host } = await shown('oldest');
      host.dispatchEvent(new ParleyPostedEvent(comment('elsewhere'), '/t/other'));
      expect(ids(loader.comments)).to.deep.equal(['a', 'b']);
      expect(loader.total).to.equal(3);
      expect(loader.focusId).to.equal(null);
    });

    it('appears once when the next page brings it again', async () => {
      const { loader, host, calls } = await shown('oldest');
      host.dispatchEvent(new ParleyPostedEvent(comment('mine'), '/t/one'));
      const more = loader.loadMore();
      await until(() => calls.length === 2, 'the next page');
      calls[1].answer.resolve(page([comment('c'), comment('mine')]));
      await more;
      expect(ids(loader.comments)).to.deep.equal(['a', 'b', 'mine', 'c']);
    });
  });

  describe('comments that cannot be placed in the thread', () => {
    it('shows the rest and tells the page once, naming the one without an id', async () => {
      const { loader, calls, errors } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length, 'the list request');
      const { id: _id, ...withoutId } = comment('x');
      calls[0].answer.resolve(page([comment('a'), withoutId, comment('b')]));
      expect(await first).to.equal(true);
      expect(ids(loader.comments)).to.deep.equal(['a', 'b']);
      expect(errors.length).to.equal(1);
      expect(errors[0].detail.phase).to.equal('load');
      expect(errors[0].detail.error.message).to.equal(
        'Parley left out 1 comment(s) it could not read: a comment without an id (id)',
      );
    });

    it('reports what the adapter could not read in the same single error', async () => {
      const { loader, calls, errors } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length, 'the list request');
      calls[0].answer.resolve({
        ...page([comment('a'), { ...comment('n'), id: 42 }]),
        unreadable: ['"w7" (createdAt)'],
      });
      await first;
      expect(ids(loader.comments)).to.deep.equal(['a']);
      expect(errors.map((event) => event.detail.error.message)).to.deep.equal([
        'Parley left out 2 comment(s) it could not read: "w7" (createdAt), "42" (id)',
      ]);
    });

    it('names parentId, not id, when a comment’s parent id is what is wrong', async () => {
      const { loader, calls, errors } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length, 'the list request');
      calls[0].answer.resolve(page([comment('a'), { ...comment('r'), parentId: 12 }]));
      await first;
      expect(ids(loader.comments)).to.deep.equal(['a']);
      expect(errors[0].detail.error.message).to.contain('"r" (parentId)');
    });

    it('tells the page nothing when every comment can be placed', async () => {
      const { loader, calls, errors } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length, 'the list request');
      calls[0].answer.resolve(page([comment('a'), comment('a1', 'a')]));
      await first;
      expect(errors.length).to.equal(0);
    });
  });

  describe('a section removed from the page', () => {
    it('aborts its read, and a late answer shows nothing', async () => {
      const { loader, calls, fake, loads } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length, 'the list request');
      fake.remove();
      // A removal is told from a move a moment later: a moved section is connected again by then.
      await Promise.resolve();
      expect(calls[0].signal.aborted).to.equal(true);
      calls[0].answer.resolve(page([comment('late')]));
      expect(await first).to.equal(undefined);
      expect(loader.comments).to.deep.equal([]);
      expect(loader.status, 'not left "loading", so it loads again when put back').to.equal('idle');
      expect(loads.length).to.equal(0);
    });

    it('loads again once put back', async () => {
      const { loader, calls, fake } = setup();
      void loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      fake.remove();
      fake.attach();
      const again = loader.loadFirst();
      await until(() => calls.length === 2, 'the second request');
      expect(calls[1].signal.aborted).to.equal(false);
      calls[1].answer.resolve(page([comment('a')]));
      expect(await again).to.equal(true);
      expect(ids(loader.comments)).to.deep.equal(['a']);
    });

    it('finishes loading more when moved meanwhile, and frees the button', async () => {
      const { loader, calls, fake } = setup();
      const first = loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      calls[0].answer.resolve(page([comment('a')], 'p2'));
      await first;
      const more = loader.loadMore();
      await until(() => calls.length === 2, 'the next page');
      // Moving an element in the DOM disconnects and connects it again, in one task.
      fake.remove();
      fake.attach();
      await Promise.resolve();
      expect(calls[1].signal.aborted, 'a move aborts nothing').to.equal(false);
      calls[1].answer.resolve(page([comment('b')]));
      await more;
      expect(loader.loadingMore, 'the button no longer says it is loading').to.equal(false);
      expect(ids(loader.comments)).to.deep.equal(['a', 'b']);
    });
  });

  describe('the lazy start', () => {
    it('asks nothing until the section nears the viewport', async () => {
      const { loader, calls } = setup();
      const spacer = document.createElement('div');
      spacer.style.height = `${innerHeight + 3000}px`;
      document.body.prepend(spacer);
      loader.start();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls.length, 'asked while far below the viewport').to.equal(0);
      window.scrollTo(0, spacer.offsetHeight - innerHeight - 300);
      await until(() => calls.length === 1, 'the request once scrolled near');
      calls[0].answer.resolve(page([comment('a')]));
      await until(() => loader.status === 'ready', 'the page');
      window.scrollTo(0, 0);
      window.scrollTo(0, spacer.offsetHeight);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls.length, 'asked again on the next scroll').to.equal(1);
    });

    it('asks at once when eager', async () => {
      const { loader, calls, start } = setup();
      const spacer = document.createElement('div');
      spacer.style.height = `${innerHeight + 3000}px`;
      document.body.prepend(spacer);
      start.when = 'eager';
      loader.start();
      await until(() => calls.length === 1, 'the request');
    });

    it('asks nothing while the section is closed, even in view, until it is asked to load', async () => {
      const { loader, calls, start } = setup();
      start.when = 'closed';
      loader.start();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls.length).to.equal(0);
      expect(loader.status).to.equal('idle');
      void loader.loadFirst();
      await until(() => calls.length === 1, 'the request once opened');
    });

    it('starts again when put back in the page after a removal cut its first page short', async () => {
      const { fake, loader, calls, start } = setup();
      start.when = 'eager';
      fake.host.hasUpdated = true;
      loader.start();
      await until(() => calls.length === 1, 'the first request');
      fake.remove();
      await until(() => loader.status === 'idle', 'the removal to be noticed');
      expect(calls[0].signal.aborted, 'the removal cancels the request').to.equal(true);
      fake.attach();
      await until(() => calls.length === 2, 'the request once back');
      calls[1].answer.resolve(page([comment('a')]));
      await until(() => loader.status === 'ready', 'the page');
      fake.remove();
      fake.attach();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls.length, 'a loaded thread is not asked for again').to.equal(2);
    });

    it('does not start by itself before the section has drawn itself', async () => {
      const { fake, calls, start } = setup();
      start.when = 'eager';
      fake.remove();
      fake.attach();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls.length).to.equal(0);
    });
  });

  describe('changes of the section’s properties', () => {
    it('load the thread again once loading has begun, when a property the thread is asked or loaded with changes', async () => {
      const { loader, calls } = setup();
      loader.reloadOn(new Map([['thread', '/t/old']]));
      expect(calls.length, 'nothing was loaded yet: nothing loads').to.equal(0);
      void loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      calls[0].answer.resolve(page([comment('a')]));
      await until(() => loader.status === 'ready', 'the page');
      for (const key of ['api', 'adapter', 'credentials', 'postId', 'backend', 'thread', 'order', 'pageSize']) {
        loader.reloadOn(new Map([[key, 'before']]));
        await until(() => calls.length === 2, `the request after ${key} changed`);
        calls.pop();
      }
    });

    it('leave the thread as it is for other properties, and for a property given its first value', async () => {
      const { loader, calls } = setup();
      void loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      loader.reloadOn(
        new Map<PropertyKey, unknown>([
          ['theme', 'light'],
          ['maxDepth', 2],
          ['strings', {}],
        ]),
      );
      loader.reloadOn(new Map([['thread', undefined]]));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls.length).to.equal(1);
    });
  });

  describe('a child’s request for more', () => {
    it('loads the next page, and the request goes no further than the section', async () => {
      const { fake, loader, calls } = setup();
      void loader.loadFirst();
      await until(() => calls.length === 1, 'the first request');
      calls[0].answer.resolve(page([comment('a')], 'p2', 2));
      await until(() => loader.status === 'ready', 'the page');
      // The section's shadow root, as Lit connects its controllers to it.
      fake.host.append(fake.host.renderRoot);
      fake.attach();
      const child = document.createElement('span');
      fake.host.renderRoot.append(child);
      let outside = 0;
      fake.host.addEventListener('parley-load-more-request', () => outside++);
      child.dispatchEvent(new LoadMoreRequestEvent());
      await until(() => calls.length === 2, 'the next page');
      expect(calls[1].query.cursor).to.equal('p2');
      expect(outside).to.equal(0);
    });
  });
});
