/**
 * WordPress and Waline take no Idempotency-Key: when a first attempt was stored but its answer was lost, the
 * retry meets their duplicate check. The reader must see their comment (or see it held), never an error.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { BackendError } from '../../src/model/errors.js';
import { sendingAgain } from '../../src/backends/sent-keys.js';
import { createBackend } from '../../src/backends/registry.js';
import type { NewComment } from '../../src/model/comment.js';
import { deepAll, mountSection, text, until, useHandlers } from '../helpers.js';
import {
  controlPosting,
  fillForm,
  formStatus,
  restorePosting,
  shownBodies,
  submit,
} from '../reliability/posting-helpers.js';

interface Row {
  id: number;
  parent: number;
  author: string;
  email: string;
  url: string;
  content: string;
  held: boolean;
  time: number;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the fake servers hold, and a switch that loses the answer to the next POST after storing it. */
function serverState() {
  const state = { rows: [] as Row[], posts: 0, loseNextAnswer: false, gets: [] as string[] };
  return {
    state,
    store(row: Omit<Row, 'id' | 'time'>): Row {
      const stored = { ...row, id: 100 + state.rows.length, time: Date.UTC(2026, 10, 20, 12, state.rows.length) };
      state.rows.push(stored);
      return stored;
    },
    /** The same comment again, as both servers' duplicate checks see it. */
    duplicate: (row: Omit<Row, 'id' | 'time' | 'held'>) =>
      state.rows.some(
        (r) => r.parent === row.parent && r.author === row.author && r.email === row.email && r.content === row.content,
      ),
    /** Called after storing: a lost answer is a dropped connection. */
    answer(response: Response): Response {
      if (!state.loseNextAnswer) return response;
      state.loseNextAnswer = false;
      return HttpResponse.error();
    },
  };
}

const WP_API = '/fake-wp/wp-json';
const POST_ID = '7';

/** A WordPress REST API as far as Parley uses it: approved comments listed, held ones not; 409 for a duplicate. */
function fakeWordPress() {
  const server = serverState();
  const wpJson = (row: Row) => ({
    id: row.id,
    parent: row.parent,
    author_name: escapeHtml(row.author),
    author_url: row.url,
    date_gmt: new Date(row.time).toISOString().slice(0, 19),
    content: { rendered: `<p>${escapeHtml(row.content).replaceAll('&#39;', '&#8217;')}</p>\n` },
    status: row.held ? 'hold' : 'approved',
  });
  const handlers = [
    http.get(`${WP_API}/wp/v2/comments`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      server.state.gets.push(query.toString());
      let rows = server.state.rows.filter((row) => !row.held);
      if (query.has('parent')) rows = rows.filter((row) => String(row.parent) === query.get('parent'));
      if (query.get('order') === 'desc') rows = [...rows].reverse();
      rows = rows.slice(0, Number(query.get('per_page')));
      const headers = { 'X-WP-Total': String(rows.length), 'X-WP-TotalPages': '1' };
      return HttpResponse.json(rows.map(wpJson), { headers });
    }),
    http.post(`${WP_API}/wp/v2/comments`, async ({ request }) => {
      server.state.posts++;
      const body = (await request.json()) as Record<string, string | number>;
      const row = {
        parent: Number(body.parent),
        author: String(body.author_name),
        email: String(body.author_email),
        url: String(body.author_url),
        content: String(body.content),
      };
      if (server.duplicate(row)) {
        return HttpResponse.json(
          {
            code: 'comment_duplicate',
            message: 'Duplicate comment detected; it looks as though you&#8217;ve already said that!',
            data: { status: 409 },
          },
          { status: 409 },
        );
      }
      const stored = server.store({ ...row, held: row.content.includes('hold') });
      return server.answer(HttpResponse.json(wpJson(stored), { status: 201 }));
    }),
  ];
  return {
    ...server,
    handlers,
    attributes: { adapter: 'wordpress', api: WP_API, 'post-id': POST_ID },
    thread: POST_ID,
  };
}

const WALINE_API = '/fake-waline';
const WALINE_THREAD = '/posts/hello/';

/** A Waline server as far as Parley uses it: `errno` envelopes, waiting comments unlisted, "Duplicate Content". */
function fakeWaline() {
  const server = serverState();
  const walineJson = (row: Row) => ({
    objectId: row.id,
    nick: row.author,
    link: row.url,
    comment: `<p>${escapeHtml(row.content)}</p>\n`,
    time: row.time,
    status: row.held ? 'waiting' : 'approved',
    pid: row.parent || null,
    rid: row.parent || null,
    url: WALINE_THREAD,
  });
  const handlers = [
    http.get(`${WALINE_API}/api/comment`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      server.state.gets.push(query.toString());
      const visible = server.state.rows.filter((row) => !row.held);
      if (query.get('type') === 'recent') {
        return HttpResponse.json({
          errno: 0,
          errmsg: '',
          data: [...visible]
            .reverse()
            .slice(0, Number(query.get('count')))
            .map(walineJson),
        });
      }
      const roots = visible
        .filter((row) => !row.parent)
        .map((root) => ({
          ...walineJson(root),
          children: visible.filter((row) => row.parent === root.id).map(walineJson),
        }));
      return HttpResponse.json({
        errno: 0,
        errmsg: '',
        data: { page: 1, totalPages: 1, count: visible.length, data: roots },
      });
    }),
    http.post(`${WALINE_API}/api/comment`, async ({ request }) => {
      server.state.posts++;
      const body = (await request.json()) as Record<string, string>;
      const row = {
        parent: Number(body.pid ?? 0),
        author: body.nick,
        email: body.mail,
        url: body.link ?? '',
        content: body.comment,
      };
      if (server.duplicate(row)) return HttpResponse.json({ errno: 1000, errmsg: 'Duplicate Content' });
      const stored = server.store({ ...row, held: row.content.includes('hold') });
      return server.answer(HttpResponse.json({ errno: 0, errmsg: '', data: walineJson(stored) }));
    }),
  ];
  return {
    ...server,
    handlers,
    attributes: { adapter: 'waline', api: WALINE_API, thread: WALINE_THREAD },
    thread: WALINE_THREAD,
  };
}

const pendingNotice = (section: Element, content: string) => {
  const comment = deepAll(section.shadowRoot!, 'parley-comment').find((host) => text(host).includes(content));
  return comment
    ? deepAll(comment.shadowRoot ?? comment, '[part~="pending-notice"]')
        .map(text)
        .join('')
    : '';
};

for (const make of [fakeWordPress, fakeWaline]) {
  const name = make === fakeWordPress ? 'wordpress' : 'waline';

  describe(`${name}: a retry that meets the duplicate check of its own lost first attempt`, () => {
    beforeEach(() => {
      localStorage.clear();
      controlPosting();
    });
    afterEach(() => {
      for (const section of document.querySelectorAll('parley-comments')) section.remove();
      restorePosting();
    });

    it('shows the comment as posted, once, with no error', async () => {
      const fake = make();
      await useHandlers(...fake.handlers);
      fake.state.loseNextAnswer = true;
      const section = await mountSection(fake.attributes);
      await fillForm(section, { content: 'Sent once, answered never' });
      await submit(section);
      await until(() => shownBodies(section).includes('Sent once, answered never'), 'the comment to appear');
      expect(fake.state.posts, 'the first attempt and its retry').to.equal(2);
      expect(fake.state.rows.map((row) => row.content)).to.deep.equal(['Sent once, answered never']);
      expect(formStatus(section)).to.equal('');
      expect(deepAll(section.shadowRoot!, '[part="error"]')).to.have.length(0);
      expect(shownBodies(section).filter((body) => body === 'Sent once, answered never')).to.have.length(1);
      expect(pendingNotice(section, 'Sent once, answered never'), 'found published: not marked held').to.equal('');
    });

    it('shows a held comment it cannot find as awaiting moderation, also after a reload, until it is published', async () => {
      const fake = make();
      await useHandlers(...fake.handlers);
      fake.state.loseNextAnswer = true;
      let section = await mountSection(fake.attributes);
      await fillForm(section, { content: 'Please hold this one' });
      await submit(section);
      await until(() => shownBodies(section).includes('Please hold this one'), 'the held comment to appear');
      expect(formStatus(section)).to.equal('');
      expect(pendingNotice(section, 'Please hold this one')).to.equal('Your comment is awaiting moderation.');
      expect(fake.state.rows).to.have.length(1);
      expect(JSON.stringify({ ...localStorage }), 'the email is not kept').not.to.include('ada@example.com');

      section.remove();
      section = await mountSection(fake.attributes);
      expect(shownBodies(section)).to.deep.equal(['Please hold this one']);
      expect(pendingNotice(section, 'Please hold this one')).to.equal('Your comment is awaiting moderation.');

      fake.state.rows[0].held = false;
      section.remove();
      section = await mountSection(fake.attributes);
      expect(shownBodies(section), 'published: shown once').to.deep.equal(['Please hold this one']);
      expect(pendingNotice(section, 'Please hold this one')).to.equal('');
    });

    it('still treats a key sent before a reload as its own', async () => {
      const fake = make();
      await useHandlers(...fake.handlers);
      const input: NewComment = {
        thread: fake.thread,
        parentId: null,
        author: 'Ada',
        email: 'ada@example.com',
        url: null,
        content: 'Sent before the reload',
      };
      fake.state.loseNextAnswer = true;
      const options = { signal: new AbortController().signal, idempotencyKey: crypto.randomUUID() };
      const first = await createBackend(name, { api: fake.attributes.api, credentials: 'omit', postId: POST_ID });
      const lost = await first.create(input, options).catch((error: unknown) => error);
      expect(lost).to.be.instanceOf(BackendError).and.include({ kind: 'network' });
      const kept = localStorage.getItem('parley:sent') ?? '';
      expect(kept, 'the key is kept for the next page').to.include(options.idempotencyKey);
      expect(kept, 'and nothing the reader wrote').not.to.match(/Ada|Sent before/);
      // A new page: only the key, kept by the posting code, ties the retry to the first attempt.
      const reloaded = await createBackend(name, { api: fake.attributes.api, credentials: 'omit', postId: POST_ID });
      const comment = await reloaded.create(input, options);
      expect(comment).to.include({ content: 'Sent before the reload', status: 'approved' });
      expect(comment.id).to.equal(String(fake.state.rows[0].id));
    });

    it('still refuses a duplicate the reader posts anew, with a key never sent', async () => {
      const fake = make();
      await useHandlers(...fake.handlers);
      const input: NewComment = {
        thread: fake.thread,
        parentId: null,
        author: 'Ada',
        email: 'ada@example.com',
        url: null,
        content: 'Said it already',
      };
      const backend = await createBackend(name, { api: fake.attributes.api, credentials: 'omit', postId: POST_ID });
      await backend.create(input, { signal: new AbortController().signal, idempotencyKey: crypto.randomUUID() });
      const again = await backend
        .create(input, { signal: new AbortController().signal, idempotencyKey: crypto.randomUUID() })
        .catch((error: unknown) => error);
      expect(again).to.be.instanceOf(BackendError).and.include({ kind: 'rejected' });
      expect((again as BackendError).fields?.content).to.match(/duplicate/i);
    });

    it('finds a reply among the newest comments, under its parent', async () => {
      const fake = make();
      await useHandlers(...fake.handlers);
      const root = fake.store({
        parent: 0,
        author: 'Grace',
        email: 'grace@example.com',
        url: '',
        content: 'The original point',
        held: false,
      });
      const input: NewComment = {
        thread: fake.thread,
        parentId: String(root.id),
        author: 'Ada',
        email: 'ada@example.com',
        url: null,
        content: "A reply that's lost",
      };
      fake.state.loseNextAnswer = true;
      const options = { signal: new AbortController().signal, idempotencyKey: crypto.randomUUID() };
      const backend = await createBackend(name, { api: fake.attributes.api, credentials: 'omit', postId: POST_ID });
      await backend.create(input, options).catch(() => undefined);
      const reply = await backend.create(input, options);
      expect(reply).to.include({ parentId: String(root.id), status: 'approved', id: String(fake.state.rows[1].id) });
    });
  });
}

describe('sendingAgain: the keys of the comments sent', () => {
  beforeEach(() => localStorage.clear());

  it('knows a key sent before, keeps the most recently sent, and forgets keys after a week', () => {
    const now = Date.UTC(2026, 10, 20, 12);
    const key = (n: number) => `key-${n}-${crypto.randomUUID()}`;
    const first = key(0);
    expect(sendingAgain(first, now)).to.equal(false);
    expect(sendingAgain(first, now + 1)).to.equal(true);
    for (let n = 1; n < 50; n++) sendingAgain(key(n), now + 1 + n);
    // Sent again: it becomes the most recent, and outlives the next ones.
    expect(sendingAgain(first, now + 100)).to.equal(true);
    for (let n = 50; n < 60; n++) sendingAgain(key(n), now + 100 + n);
    expect(sendingAgain(first, now + 200)).to.equal(true);
    const late = now + 200 + 7 * 24 * 60 * 60 * 1000;
    expect(sendingAgain(first, late), 'a week later').to.equal(false);
  });
});
