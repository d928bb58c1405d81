// Fault injection (msw): every way posting or loading can fail, each checking the reader's text is kept or delivered exactly once.
import { expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import {
  THREAD,
  FIXED_NOW,
  deep,
  deepAll,
  mountSection,
  sectionDefaults,
  settle,
  stored,
  text,
  until,
  useHandlers,
  worker,
} from '../helpers.js';
import { BackendError } from '../../src/model/errors.js';
import { request } from '../../src/backends/http.js';
import { backoff, defaultRetryPolicy } from '../../src/posting/retry-policy.js';
import { savedPostKey } from '../../src/drafts/drafts.js';
import {
  contentBox,
  controlPosting,
  form,
  fillForm,
  formStatus,
  holdNextWaits,
  networkError,
  recordedWaits,
  releaseHeldWait,
  restorePosting,
  serverError,
  setOnline,
  setTimeoutOf,
  shownBodies,
  submit,
  submitButton,
  useFaultyBackend,
} from './posting-helpers.js';

/** The scenarios of the README's Reliability table; the suite fails if one of them has no test. */
const SCENARIOS = [
  'draft restored after reload',
  'reply target restored after reload',
  'draft kept until the backend confirmed',
  '5xx retried with the same key',
  'network error retried with the same key',
  'lost answer retried without a duplicate',
  'backoff grows exponentially with jitter',
  'retries exhausted: failure, Retry, text kept',
  '429 with Retry-After in seconds',
  '429 with Retry-After as an HTTP date',
  'offline: queued and sent on online',
  'offline queue survives a reload',
  'connection lost during the post',
  'request timeout retried',
  'a post that has started still reaches the backend when the section is removed',
  'moved in the page during a post: nothing is aborted',
  'reloaded while retrying, then posted again: stored once',
  'tab closed with a post on its way, posted again: stored once',
  'double submit sends once',
  'thread changed while a post is retried',
  'rejected by the backend: field error, not retried',
  'unreadable answer to a post',
  'post redirected: not followed',
  'storage unavailable',
  'honeypot filled: silently dropped',
  'stale list response ignored',
  'list timeout: error with Retry',
  'malformed JSON',
  'wrong types',
  'one unreadable comment among readable ones',
  'missing fields',
  'enormous payload',
  'answer over 10 MB',
  'duplicate ids',
  'reply whose parent is missing',
  'cycle in parent ids',
] as const;
type Scenario = (typeof SCENARIOS)[number];
const covered = new Set<Scenario>();
const scenario = (name: Scenario, test: () => Promise<void>) => {
  covered.add(name);
  it(name, test);
};

const problems: string[] = [];
const onError = (event: ErrorEvent) => problems.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => problems.push(String(event.reason));

const post = (section: Element, content: string) => fillForm(section, { content }).then(() => submit(section));
const savedDraft = () => JSON.parse(localStorage.getItem(savedPostKey(THREAD)) ?? 'null') as { content: string } | null;

describe('reliability: fault injection', () => {
  before(() => import('../../src/components/comment-form/form-chunk.js'));

  beforeEach(() => {
    localStorage.clear();
    controlPosting();
    problems.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    for (const section of document.querySelectorAll('parley-comments')) section.remove();
    restorePosting();
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    expect(problems, 'uncaught errors').to.deep.equal([]);
  });

  after(() => {
    expect(
      SCENARIOS.filter((name) => !covered.has(name)),
      'scenarios without a test',
    ).to.deep.equal([]);
    console.log(`${covered.size} reliability scenarios covered`);
  });

  describe('drafts', () => {
    scenario('draft restored after reload', async () => {
      await useFaultyBackend();
      let section = await mountSection();
      await fillForm(section, { content: 'Ten minutes of careful thought' });
      await until(() => savedDraft()?.content === 'Ten minutes of careful thought', 'the draft to be saved');
      section.remove();
      section = await mountSection();
      await until(() => contentBox(section).value === 'Ten minutes of careful thought', 'the draft in the form');
    });

    scenario('reply target restored after reload', async () => {
      const parent = stored({ author: 'Grace', content: 'Original point' });
      await useFaultyBackend([parent]);
      let section = await mountSection();
      deep<HTMLButtonElement>(section.shadowRoot!, '[part="reply-button"]').click();
      await settle(section);
      await until(() => form(section).shadowRoot?.querySelector('[name="content"]'), 'the reply form');
      await fillForm(section, { content: 'A considered reply' });
      await until(() => savedDraft()?.content === 'A considered reply', 'the draft to be saved');
      section.remove();
      section = await mountSection();
      await until(
        () => deepAll(section.shadowRoot!, 'parley-comment parley-comment-form').length === 1,
        'the reply form under Grace',
      );
      await settle(section);
      expect(contentBox(section).value).to.equal('A considered reply');
      expect(deepAll(section.shadowRoot!, 'parley-comment-form')).to.have.length(1);
      expect(text(deep(section.shadowRoot!, '[part="form-title"]'))).to.equal('Leave a Reply to Grace');
    });

    scenario('draft kept until the backend confirmed', async () => {
      await useFaultyBackend([], [serverError, serverError, serverError, serverError]);
      const section = await mountSection();
      await post(section, 'Not lost on failure');
      await until(() => submitButton(section).textContent.trim() === 'Retry', 'the failure');
      expect(savedDraft()?.content).to.equal('Not lost on failure');
      submitButton(section).click();
      await until(() => shownBodies(section).includes('Not lost on failure'), 'the comment to appear');
      expect(savedDraft()).to.equal(null);
      expect(contentBox(section).value).to.equal('');
    });
  });

  describe('retries', () => {
    scenario('5xx retried with the same key', async () => {
      const { log, store } = await useFaultyBackend([], [serverError, serverError]);
      const section = await mountSection();
      holdNextWaits();
      await post(section, 'Through the storm');
      await until(() => formStatus(section).includes('Retrying'), '"Retrying…"');
      expect(formStatus(section)).to.include('attempt 2 of 4');
      expect(contentBox(section).value).to.equal('Through the storm');
      releaseHeldWait();
      await until(() => shownBodies(section).includes('Through the storm'), 'the comment to appear');
      expect(log.keys).to.have.length(3);
      expect(new Set(log.keys).size).to.equal(1);
      expect(store.load().filter((comment) => comment.content === 'Through the storm')).to.have.length(1);
      expect(formStatus(section)).to.equal('');
    });

    scenario('network error retried with the same key', async () => {
      const { log, store } = await useFaultyBackend([], [networkError]);
      const section = await mountSection();
      await post(section, 'Over a flaky line');
      await until(() => shownBodies(section).includes('Over a flaky line'), 'the comment to appear');
      expect(log.keys).to.have.length(2);
      expect(log.keys[0]).to.equal(log.keys[1]);
      expect(store.load()).to.have.length(1);
    });

    scenario('thread changed while a post is retried', async () => {
      const { store } = await useFaultyBackend(
        [stored({ thread: 'elsewhere', content: 'On the other page' })],
        [serverError],
      );
      const section = await mountSection();
      holdNextWaits();
      await post(section, 'Meant for the first page');
      await until(() => formStatus(section).includes('Retrying'), '"Retrying…"');
      const loaded = oneEvent(section, 'parley-load');
      section.setAttribute('thread', 'elsewhere');
      await loaded;
      const posted = oneEvent(section, 'parley-posted');
      releaseHeldWait();
      await posted;
      await settle(section);
      expect(shownBodies(section)).to.deep.equal(['On the other page']);
      expect(
        store
          .load()
          .filter((comment) => comment.content === 'Meant for the first page')
          .map((comment) => comment.thread),
      ).to.deep.equal([THREAD]);
    });

    scenario('lost answer retried without a duplicate', async () => {
      // The backend stores the comment but the answer never arrives; the retry carries the same key.
      const { log, store } = await useFaultyBackend(
        [],
        [async (_request, forward) => (await forward(), networkError())],
      );
      const section = await mountSection();
      await post(section, 'Exactly once');
      await until(() => shownBodies(section).includes('Exactly once'), 'the comment to appear');
      expect(log.keys).to.have.length(2);
      expect(store.load().map((comment) => comment.content)).to.deep.equal(['Exactly once']);
      expect(shownBodies(section).filter((body) => body === 'Exactly once')).to.have.length(1);
    });

    scenario('backoff grows exponentially with jitter', async () => {
      await useFaultyBackend([], [serverError, serverError, serverError]);
      const section = await mountSection();
      await post(section, 'Patience');
      await until(() => shownBodies(section).includes('Patience'), 'the comment to appear');
      expect(recordedWaits).to.deep.equal([750, 1500, 3000]);
      expect(backoff(3, { ...defaultRetryPolicy, random: () => 0 })).to.equal(2000);
      expect(backoff(3, { ...defaultRetryPolicy, random: () => 0.999 })).to.be.within(3990, 4000);
      expect(backoff(30, defaultRetryPolicy)).to.be.at.most(defaultRetryPolicy.maxDelay);
    });

    scenario('retries exhausted: failure, Retry, text kept', async () => {
      const { log, store } = await useFaultyBackend([], [serverError, serverError, serverError, serverError]);
      const section = await mountSection();
      await post(section, 'Still here afterwards');
      await until(() => formStatus(section).includes('was not posted'), 'the failure message');
      expect(formStatus(section)).to.include('Your text is still here');
      expect(submitButton(section).textContent.trim()).to.equal('Retry');
      expect(contentBox(section).value).to.equal('Still here afterwards');
      expect(log.keys).to.have.length(4);
      submitButton(section).click();
      await until(() => shownBodies(section).includes('Still here afterwards'), 'the comment after Retry');
      expect(new Set(log.keys).size, 'one key for every attempt').to.equal(1);
      expect(store.load()).to.have.length(1);
    });

    scenario('429 with Retry-After in seconds', async () => {
      const tooMany = () =>
        HttpResponse.json({ error: 'Slow down' }, { status: 429, headers: { 'Retry-After': '30' } });
      const { store } = await useFaultyBackend([], [tooMany]);
      const section = await mountSection();
      holdNextWaits();
      await post(section, 'Worth the wait');
      const at = new Intl.DateTimeFormat('en', { timeStyle: 'medium' }).format(FIXED_NOW.getTime() + 30_000);
      await until(() => formStatus(section).includes(at), `"will be sent at ${at}"`);
      expect(formStatus(section)).to.include('will be sent at');
      expect(recordedWaits).to.deep.equal([30_000]);
      expect(store.load()).to.have.length(0);
      releaseHeldWait();
      await until(() => shownBodies(section).includes('Worth the wait'), 'the comment to appear');
      expect(store.load()).to.have.length(1);
    });

    scenario('429 with Retry-After as an HTTP date', async () => {
      const realNow = Date.now;
      Date.now = () => FIXED_NOW.getTime();
      try {
        const later = new Date(FIXED_NOW.getTime() + 120_000).toUTCString();
        const tooMany = () =>
          HttpResponse.json({ error: 'Slow down' }, { status: 429, headers: { 'Retry-After': later } });
        const { store } = await useFaultyBackend([], [tooMany]);
        const section = await mountSection();
        await post(section, 'Sent on time');
        await until(() => shownBodies(section).includes('Sent on time'), 'the comment to appear');
        expect(recordedWaits).to.deep.equal([120_000]);
        expect(store.load()).to.have.length(1);
      } finally {
        Date.now = realNow;
      }
    });

    scenario('request timeout retried', async () => {
      // Only the first request gets the short timeout, so a slow test machine cannot time out the retry too.
      const { log, store } = await useFaultyBackend(
        [],
        [
          async (_request, forward) => {
            setTimeoutOf(section, 15_000);
            await delay(400);
            return forward();
          },
        ],
      );
      const section = await mountSection();
      setTimeoutOf(section, 50);
      await post(section, 'Slow server');
      await until(() => shownBodies(section).includes('Slow server'), 'the comment to appear');
      expect(log.keys).to.have.length(2);
      expect(log.keys[0]).to.equal(log.keys[1]);
      // The first request did reach the backend before it was given up: the key kept it to one comment.
      await until(() => store.load().length >= 1);
      await delay(450);
      expect(store.load()).to.have.length(1);
    });
  });

  describe('offline', () => {
    scenario('offline: queued and sent on online', async () => {
      const { log, store } = await useFaultyBackend();
      const section = await mountSection();
      setOnline(false);
      await post(section, 'Written on a train');
      await until(() => formStatus(section).includes("when you're back online"), 'the offline notice');
      expect(log.keys).to.have.length(0);
      expect(contentBox(section).value).to.equal('Written on a train');
      setOnline(true);
      await until(() => shownBodies(section).includes('Written on a train'), 'the comment to appear');
      expect(store.load()).to.have.length(1);
      expect(formStatus(section)).to.equal('');
    });

    scenario('offline queue survives a reload', async () => {
      const { log, store } = await useFaultyBackend();
      let section = await mountSection();
      setOnline(false);
      await post(section, 'Queued before the tab closed');
      await until(() => formStatus(section).includes("when you're back online"), 'the offline notice');
      section.remove();
      section = await mountSection();
      await until(() => formStatus(section).includes("when you're back online"), 'the notice after reload');
      expect(contentBox(section).value).to.equal('Queued before the tab closed');
      setOnline(true);
      await until(() => shownBodies(section).includes('Queued before the tab closed'), 'the comment to appear');
      expect(log.keys).to.have.length(1);
      expect(store.load()).to.have.length(1);
      expect(savedDraft()).to.equal(null);
    });

    scenario('connection lost during the post', async () => {
      const { log, store } = await useFaultyBackend([], [() => (setOnline(false), networkError())]);
      const section = await mountSection();
      await post(section, 'Tunnel ahead');
      await until(() => formStatus(section).includes("when you're back online"), 'the offline notice');
      expect(contentBox(section).value).to.equal('Tunnel ahead');
      setOnline(true);
      await until(() => shownBodies(section).includes('Tunnel ahead'), 'the comment to appear');
      expect(recordedWaits, 'going offline costs no retry').to.deep.equal([]);
      expect(new Set(log.keys).size).to.equal(1);
      expect(store.load()).to.have.length(1);
    });

    scenario('a post that has started still reaches the backend when the section is removed', async () => {
      const { log, store } = await useFaultyBackend([], [async (_request, forward) => (await delay(100), forward())]);
      const section = await mountSection();
      await post(section, 'Sent as the reader navigated');
      await until(() => log.keys.length === 1, 'the request');
      section.remove();
      await until(() => store.load().length === 1, 'the comment stored');
      await until(() => savedDraft() === null, 'nothing left to resume');
      expect(log.keys).to.have.length(1);
    });

    scenario('moved in the page during a post: nothing is aborted', async () => {
      const { log, store } = await useFaultyBackend([], [async (_request, forward) => (await delay(100), forward())]);
      const section = await mountSection();
      await post(section, 'Dragged while posting');
      await until(() => log.keys.length === 1, 'the request');
      // Out and back in within one task, as frameworks and drag and drop move elements.
      const holder = document.createElement('div');
      document.body.append(holder);
      holder.append(section);
      await until(() => shownBodies(section).includes('Dragged while posting'), 'the comment to appear');
      expect(formStatus(section), 'no error, raw or not').to.equal('');
      expect(log.keys).to.have.length(1);
      expect(store.load()).to.have.length(1);
      holder.remove();
    });

    scenario('reloaded while retrying, then posted again: stored once', async () => {
      const { log, store } = await useFaultyBackend([], [serverError, serverError, serverError, serverError]);
      let section = await mountSection();
      holdNextWaits();
      await post(section, 'Pressed again after a reload');
      await until(() => formStatus(section).includes('Retrying'), 'the retry notice');
      section.remove();
      // The new page resumes the post by itself; the backend is still failing, and the reader presses Post too.
      releaseHeldWait();
      section = await mountSection();
      await until(() => contentBox(section).value === 'Pressed again after a reload', 'the restored text');
      await fillForm(section, { content: 'Pressed again after a reload' });
      await submit(section);
      await until(() => shownBodies(section).includes('Pressed again after a reload'), 'the comment to appear');
      await settle(section);
      expect(new Set(log.keys).size, 'one key for every attempt, before and after the reload').to.equal(1);
      expect(store.load()).to.have.length(1);
      expect(shownBodies(section).filter((body) => body === 'Pressed again after a reload')).to.have.length(1);
    });

    scenario('tab closed with a post on its way, posted again: stored once', async () => {
      const { log, store } = await useFaultyBackend(
        [],
        [async (_request, forward) => (await forward(), networkError())],
      );
      let section = await mountSection();
      holdNextWaits();
      await post(section, 'Stored, but the answer was lost');
      await until(() => formStatus(section).includes('Retrying'), 'the retry, waiting');
      section.remove();
      // A closed tab takes its session with it: who wrote the post is gone, its text and key are not.
      sessionStorage.clear();
      section = await mountSection();
      await until(() => contentBox(section).value === 'Stored, but the answer was lost', 'the restored text');
      // The first attempt was stored: the thread already lists it. Posting it again sends the same key.
      expect(shownBodies(section)).to.deep.equal(['Stored, but the answer was lost']);
      const posted = oneEvent(section, 'parley-posted');
      await fillForm(section, { content: 'Stored, but the answer was lost' });
      await submit(section);
      await posted;
      await settle(section);
      expect(log.keys).to.have.length(2);
      expect(new Set(log.keys).size).to.equal(1);
      expect(store.load()).to.have.length(1);
      expect(shownBodies(section)).to.deep.equal(['Stored, but the answer was lost']);
    });
  });

  describe('the form', () => {
    scenario('double submit sends once', async () => {
      const { log, store } = await useFaultyBackend([], [async (_request, forward) => (await delay(50), forward())]);
      const section = await mountSection();
      await fillForm(section, { content: 'Clicked twice' });
      submitButton(section).click();
      submitButton(section).click();
      await until(() => shownBodies(section).includes('Clicked twice'), 'the comment to appear');
      expect(log.keys).to.have.length(1);
      expect(store.load()).to.have.length(1);
      expect(shownBodies(section).filter((body) => body === 'Clicked twice')).to.have.length(1);
    });

    scenario('rejected by the backend: field error, not retried', async () => {
      const rejected = () =>
        HttpResponse.json(
          { error: 'Not accepted', fields: { content: 'Links are not allowed here.' } },
          { status: 422 },
        );
      const { log } = await useFaultyBackend([], [rejected]);
      const section = await mountSection();
      await post(section, 'Visit my shop');
      await until(() => deepAll(section.shadowRoot!, '[part="error"]').length === 1, 'the field error');
      expect(text(deep(section.shadowRoot!, '[part="error"]'))).to.equal('Links are not allowed here.');
      expect(log.keys).to.have.length(1);
      expect(contentBox(section).value).to.equal('Visit my shop');
      expect(savedDraft()?.content).to.equal('Visit my shop');
    });

    scenario('unreadable answer to a post', async () => {
      const garbage = async (_request: Request, forward: () => Promise<Response>) => (
        await forward(),
        HttpResponse.text('<html>oops')
      );
      const { log, store } = await useFaultyBackend([], [garbage]);
      const section = await mountSection();
      await post(section, 'Answered with nonsense');
      await until(() => formStatus(section).includes('cannot be read'), 'the failure');
      expect(contentBox(section).value).to.equal('Answered with nonsense');
      submitButton(section).click();
      await until(() => shownBodies(section).includes('Answered with nonsense'), 'the comment after Retry');
      expect(log.keys[0]).to.equal(log.keys[1]);
      expect(store.load()).to.have.length(1);
    });

    scenario('post redirected: not followed', async () => {
      // A 307 or 308 would make the browser send the same body, email included, to wherever it points.
      const elsewhere: unknown[] = [];
      const redirect = () => new HttpResponse(null, { status: 307, headers: { Location: '/collector/comments' } });
      const { log, store } = await useFaultyBackend([], [redirect, redirect]);
      worker.use(
        http.all(
          '/collector/*',
          async ({ request }) => (elsewhere.push(await request.text()), HttpResponse.json({}, { status: 201 })),
        ),
      );
      const section = await mountSection();
      await post(section, 'Meant for this server only');
      await until(() => formStatus(section).includes('was not posted'), 'the failure');
      expect(formStatus(section)).to.include('another address');
      expect(elsewhere, 'what reached the address redirected to').to.deep.equal([]);
      expect(log.keys, 'a redirect is not retried').to.have.length(1);
      expect(store.load()).to.have.length(0);
      expect(contentBox(section).value).to.equal('Meant for this server only');
    });

    scenario('storage unavailable', async () => {
      const { store } = await useFaultyBackend([], [serverError]);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
      try {
        const section = await mountSection();
        await post(section, 'No storage, no problem');
        await until(() => shownBodies(section).includes('No storage, no problem'), 'the comment to appear');
        expect(store.load()).to.have.length(1);
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    scenario('honeypot filled: silently dropped', async () => {
      const { log } = await useFaultyBackend();
      const section = await mountSection();
      await fillForm(section, { content: 'Buy cheap watches' });
      const trap = deep<HTMLInputElement>(
        deep(section.shadowRoot!, 'parley-comment-form').shadowRoot!,
        '[name="contact-me-by-fax"]',
      );
      trap.value = 'https://spam.example';
      await submit(section);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(log.keys).to.have.length(0);
      expect(formStatus(section)).to.equal('');
      expect(deepAll(section.shadowRoot!, '[part="error"]')).to.have.length(0);
      // Invisible to people and to assistive technology.
      expect(trap.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
      expect(getComputedStyle(trap.parentElement!).overflow).to.equal('hidden');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    });
  });

  describe('loading', () => {
    const page = (comments: unknown[], total = comments.length) => ({ comments, total, next: null });
    const publicOf = ({ thread: _thread, email: _email, ...comment }: ReturnType<typeof stored>) => comment;
    const answer = (body: unknown) => useHandlers(http.get('/api/comments', () => HttpResponse.json(body as never)));
    const errorShown = (section: Element) =>
      until(
        () =>
          deepAll(section.shadowRoot!, '[part="status"]').some((status) =>
            text(status).includes('could not be loaded'),
          ),
        'the load error',
      );

    scenario('stale list response ignored', async () => {
      const slow = stored({ thread: '/t/slow', content: 'From the old thread' });
      const fast = stored({ thread: '/t/fast', content: 'From the new thread' });
      await useHandlers(
        http.get('/api/comments', async ({ request }) => {
          const thread = new URL(request.url).searchParams.get('thread');
          if (thread === '/t/slow') await delay(150);
          return HttpResponse.json(page([publicOf(thread === '/t/slow' ? slow : fast)]));
        }),
      );
      const section = await mountSection({ thread: '/t/slow' }, false);
      section.thread = '/t/fast';
      await until(() => shownBodies(section).includes('From the new thread'), 'the new thread');
      await delay(250);
      await settle(section);
      expect(shownBodies(section)).to.deep.equal(['From the new thread']);
    });

    scenario('list timeout: error with Retry', async () => {
      await useHandlers(http.get('/api/comments', async () => (await delay('infinite'), HttpResponse.json(page([])))));
      sectionDefaults.policy = { ...sectionDefaults.policy, timeout: 50 };
      const section = await mountSection({}, false);
      await until(
        () => deepAll(section.shadowRoot!, '[part="status"]').some((status) => text(status).includes('took too long')),
        'the timeout',
      );
      expect(deepAll(section.shadowRoot!, '[part="retry"]')).to.have.length(1);
    });

    scenario('malformed JSON', async () => {
      await useHandlers(
        http.get(
          '/api/comments',
          () => new HttpResponse('{"comments": [', { headers: { 'Content-Type': 'application/json' } }),
        ),
      );
      const section = await mountSection({}, false);
      await errorShown(section);
      expect(deep(section.shadowRoot!, '[part="retry"]')).to.exist;
    });

    scenario('wrong types', async () => {
      await answer({ comments: [publicOf(stored())], total: 'one', next: null });
      const section = await mountSection({}, false);
      await errorShown(section);
      expect(shownBodies(section)).to.deep.equal([]);
    });

    scenario('one unreadable comment among readable ones', async () => {
      const good = publicOf(stored({ content: 'Readable' }));
      const badDate = { ...publicOf(stored({ id: 'bad-date' })), createdAt: { when: 'now' } };
      const noId = { ...publicOf(stored({ content: 'No id' })), id: 42 };
      const replyToBad = publicOf(stored({ parentId: 'bad-date', content: 'Answering a broken comment' }));
      await answer(page([good, badDate, noId, replyToBad]));
      const errors: string[] = [];
      const section = document.createElement('parley-comments');
      section.addEventListener('parley-error', ({ detail }) => errors.push(`${detail.phase}: ${detail.error.message}`));
      Object.assign(section, { api: '/api', thread: THREAD, loading: 'eager' });
      document.body.append(section);
      await until(() => shownBodies(section).length === 2, 'the readable comments');
      await settle(section);
      expect(shownBodies(section)).to.deep.equal(['Readable', 'Answering a broken comment']);
      await until(() => errors.length === 2, 'the reports');
      expect(errors).to.have.members([
        'load: Parley left out 1 comment(s) it could not read: "42" (id)',
        'load: Parley left out 1 comment(s) it could not read: "bad-date" (createdAt)',
      ]);
      expect(deepAll(section.shadowRoot!, '.status.error')).to.be.empty;
    });

    scenario('missing fields', async () => {
      const { content: _content, ...noContent } = publicOf(stored());
      await answer({ comments: [noContent] });
      const section = await mountSection({}, false);
      await errorShown(section);
      expect(shownBodies(section)).to.deep.equal([]);
    });

    scenario('enormous payload', async () => {
      const huge = 'x'.repeat(1_000_000);
      const many = Array.from({ length: 1000 }, (_, i) =>
        publicOf(stored({ content: i === 0 ? huge : `Comment ${i}` })),
      );
      await answer(page(many));
      const section = await mountSection();
      expect(deepAll(section.shadowRoot!, '[part="comment"]')).to.have.length(1000);
      const box = deep(section.shadowRoot!, '[part="section"]').getBoundingClientRect();
      const first = deep(section.shadowRoot!, '[part="body"]').getBoundingClientRect();
      expect(first.width, 'a long word wraps inside the section').to.be.at.most(box.width);
    });

    scenario('answer over 10 MB', async () => {
      // A valid page of 12 MB, whose Content-Length header claims 100 bytes: the size is counted as it arrives.
      const head =
        '{"comments":[{"id":"big","parentId":null,"author":"Flood","url":null,"avatar":null,' +
        '"createdAt":"2026-11-01T09:00:00Z","status":"approved","content":"';
      const huge = `${head}${'x'.repeat(12 << 20)}"}],"total":1,"next":null}`;
      await useHandlers(
        http.get(
          '/api/comments',
          () => new HttpResponse(huge, { headers: { 'Content-Type': 'application/json', 'Content-Length': '100' } }),
        ),
      );
      const section = await mountSection({}, false);
      await errorShown(section);
      expect(shownBodies(section)).to.deep.equal([]);

      // An endless answer is given up once 10 MB have arrived, instead of filling the reader's memory.
      let pulled = 0;
      let cancelled = false;
      const endless = new ReadableStream<Uint8Array>({
        pull: (controller) => {
          pulled++;
          controller.enqueue(new Uint8Array(1 << 20).fill(32));
        },
        cancel: () => void (cancelled = true),
      });
      const realFetch = window.fetch;
      window.fetch = async () => new Response(endless, { headers: { 'Content-Type': 'application/json' } });
      try {
        const failure = await request('/api/comments', { signal: new AbortController().signal }).catch(
          (error: unknown) => error,
        );
        expect(failure).to.be.instanceOf(BackendError).and.include({ kind: 'invalid' });
      } finally {
        window.fetch = realFetch;
      }
      expect(cancelled, 'the stream is cancelled').to.equal(true);
      expect(pulled).to.be.within(10, 13);
    });

    scenario('duplicate ids', async () => {
      const one = publicOf(stored({ content: 'First copy' }));
      await answer(page([one, { ...one, content: 'Second copy' }, publicOf(stored({ content: 'Other' }))]));
      const section = await mountSection();
      expect(shownBodies(section)).to.deep.equal(['First copy', 'Other']);
    });

    scenario('reply whose parent is missing', async () => {
      await answer(
        page([publicOf(stored({ parentId: 'gone', content: 'Orphan' })), publicOf(stored({ content: 'Root' }))]),
      );
      const section = await mountSection();
      expect(shownBodies(section)).to.deep.equal(['Orphan', 'Root']);
      expect(deepAll(section.shadowRoot!, '[part="list"] > li')).to.have.length(2);
    });

    scenario('cycle in parent ids', async () => {
      await answer(
        page([
          publicOf(stored({ id: 'a', parentId: 'b', content: 'A answers B' })),
          publicOf(stored({ id: 'b', parentId: 'a', content: 'B answers A' })),
          publicOf(stored({ id: 's', parentId: 's', content: 'Answers itself' })),
        ]),
      );
      const section = await mountSection();
      expect(shownBodies(section)).to.have.members(['A answers B', 'B answers A', 'Answers itself']);
    });
  });
});
