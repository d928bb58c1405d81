/** withOwnPending: a reader's held comments stay in view for them until the backend lists them or a week passes. */
import { expect } from '@open-wc/testing';
import type { CommentBackend, ListQuery } from '../../src/backends/backend.js';
import { OWN_PENDING_MAX_AGE_MS, withOwnPending } from '../../src/backends/own-pending.js';
import { createBackend } from '../../src/backends/registry.js';
import type { Comment, CommentPage, NewComment } from '../../src/model/comment.js';
import { stored, useRestBackend } from '../helpers.js';

const THREAD = '/post/';
const KEY = 'parley-test-pending:';
const DAY = 24 * 60 * 60 * 1000;

function comment(id: string, fields: Partial<Comment> = {}): Comment {
  return {
    id,
    parentId: null,
    author: `Reader ${id}`,
    url: null,
    avatar: null,
    content: `Comment ${id}`,
    createdAt: `2026-11-0${id.length}T10:00:00Z`,
    status: 'approved',
    ...fields,
  };
}

/** A backend holding `listed` comments; created comments get `status`, and are not listed until `approve` is called. */
function fakeBackend(status: Comment['status']) {
  const listed: Comment[] = [comment('a'), comment('b')];
  const queries: ListQuery[] = [];
  let created = 0;
  const backend: CommentBackend = {
    async list(query): Promise<CommentPage> {
      queries.push(query);
      const page = query.cursor ? listed.slice(1) : listed.slice(0, 1);
      return { comments: page, total: listed.length, next: query.cursor ? null : '2' };
    },
    async create(input: NewComment): Promise<Comment> {
      created++;
      return comment(`mine${created}`, {
        content: input.content,
        parentId: input.parentId,
        status,
        createdAt: '2026-11-20T12:00:00Z',
      });
    },
  };
  return { backend, listed, queries, approve: (c: Comment) => listed.unshift({ ...c, status: 'approved' }) };
}

const input: NewComment = {
  thread: THREAD,
  parentId: null,
  author: 'Me',
  email: 'me@example.com',
  url: null,
  content: 'Mine, held.',
};
const signal = new AbortController().signal;
const createOptions = { signal, idempotencyKey: 'k' };
const firstPage = (backend: CommentBackend, order: 'oldest' | 'newest' = 'oldest') =>
  backend.list({ thread: THREAD, limit: 10, order }, { signal });

describe('withOwnPending', () => {
  let now = Date.UTC(2026, 10, 20, 12);
  const clock = { now: () => now };

  beforeEach(() => {
    localStorage.clear();
    now = Date.UTC(2026, 10, 20, 12);
  });

  it('shows my held comment, marked pending, on the first page after a reload', async () => {
    const fake = fakeBackend('pending');
    const created = await withOwnPending(fake.backend, KEY, clock).create(input, createOptions);
    expect(created.status).to.equal('pending');
    const page = await firstPage(withOwnPending(fake.backend, KEY, clock));
    expect(page.comments.map((c) => c.content)).to.deep.equal(['Comment a', 'Mine, held.']);
    expect(page.comments[1].status).to.equal('pending');
    expect(page.total).to.equal(3);
  });

  it('puts my held comment first when the newest come first', async () => {
    const fake = fakeBackend('pending');
    await withOwnPending(fake.backend, KEY, clock).create(input, createOptions);
    const page = await firstPage(withOwnPending(fake.backend, KEY, clock), 'newest');
    expect(page.comments[0].content).to.equal('Mine, held.');
  });

  it('does not add it to later pages', async () => {
    const fake = fakeBackend('pending');
    const backend = withOwnPending(fake.backend, KEY, clock);
    await backend.create(input, createOptions);
    const second = await backend.list({ thread: THREAD, limit: 10, order: 'oldest', cursor: '2' }, { signal });
    expect(second.comments.map((c) => c.content)).to.deep.equal(['Comment b']);
  });

  it('keeps it only for its own thread', async () => {
    const fake = fakeBackend('pending');
    await withOwnPending(fake.backend, KEY, clock).create(input, createOptions);
    const other = await withOwnPending(fake.backend, KEY, clock).list(
      { thread: '/other/', limit: 10, order: 'oldest' },
      { signal },
    );
    expect(other.comments.some((c) => c.content === 'Mine, held.')).to.equal(false);
  });

  it('forgets it once the backend lists it, so it is never shown twice', async () => {
    const fake = fakeBackend('pending');
    const backend = withOwnPending(fake.backend, KEY, clock);
    const created = await backend.create(input, createOptions);
    fake.approve(created);
    const page = await firstPage(backend);
    expect(page.comments.filter((c) => c.id === created.id)).to.have.lengthOf(1);
    expect(page.comments.find((c) => c.id === created.id)!.status).to.equal('approved');
    expect(localStorage.getItem(`${KEY}${THREAD}`)).to.equal(null);
  });

  it('stops showing it after seven days', async () => {
    const fake = fakeBackend('pending');
    const backend = withOwnPending(fake.backend, KEY, clock);
    await backend.create(input, createOptions);
    now += OWN_PENDING_MAX_AGE_MS - DAY;
    expect((await firstPage(backend)).comments).to.have.lengthOf(2);
    now += 2 * DAY;
    expect((await firstPage(backend)).comments).to.have.lengthOf(1);
  });

  it('keeps only what will be published, even when a backend answers with more', async () => {
    const leaky: CommentBackend = {
      list: async () => ({ comments: [], total: 0, next: null }),
      create: async (created) =>
        ({ ...comment('leak', { status: 'pending', content: created.content }), email: created.email }) as Comment,
    };
    await withOwnPending(leaky, KEY, clock).create(input, createOptions);
    const kept = localStorage.getItem(`${KEY}${THREAD}`) ?? '';
    expect(kept).to.include('Mine, held.');
    expect(kept).not.to.include('me@example.com');
  });

  it('remembers nothing of a comment that was published at once', async () => {
    const fake = fakeBackend('approved');
    await withOwnPending(fake.backend, KEY, clock).create(input, createOptions);
    expect(localStorage.length).to.equal(0);
  });

  it('ignores garbage in storage and keeps what is still readable', async () => {
    const fake = fakeBackend('pending');
    const key = `${KEY}${THREAD}`;
    for (const garbage of ['not json', '{"a":1}', '42', 'null', '[1,"x",null]', '[{"savedAt":"soon","comment":{}}]']) {
      localStorage.setItem(key, garbage);
      const page = await firstPage(withOwnPending(fake.backend, KEY, clock));
      expect(
        page.comments.map((c) => c.content),
        garbage,
      ).to.deep.equal(['Comment a']);
    }
    const good = { savedAt: now, comment: comment('kept', { status: 'pending', content: 'Still readable' }) };
    const hostile = {
      savedAt: now,
      comment: {
        ...comment('bad', { status: 'pending' }),
        rich: [{ tag: 'a', href: 'javascript:alert(1)', children: ['x'] }],
      },
    };
    localStorage.setItem(key, JSON.stringify([hostile, 'junk', good]));
    const page = await firstPage(withOwnPending(fake.backend, KEY, clock));
    expect(page.comments.map((c) => c.content)).to.deep.equal(['Comment a', 'Still readable']);
  });

  it('still works when storage refuses to be written', async () => {
    const fake = fakeBackend('pending');
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const created = await withOwnPending(fake.backend, KEY, { ...clock, storage: refusing }).create(
      input,
      createOptions,
    );
    expect(created.status).to.equal('pending');
  });

  it('passes errors of the backend on untouched', async () => {
    const failing: CommentBackend = {
      list: () => Promise.reject(new Error('list failed')),
      create: () => Promise.reject(new Error('create failed')),
    };
    const backend = withOwnPending(failing, KEY, clock);
    await firstPage(backend).then(
      () => expect.fail('list should fail'),
      (error: Error) => expect(error.message).to.equal('list failed'),
    );
  });
});

describe("the rest adapter and its reader's held comments", () => {
  const api = '/api';
  const held: NewComment = {
    thread: THREAD,
    parentId: null,
    author: 'Me',
    email: 'me.private@example.com',
    url: 'https://me.example/',
    content: 'Please hold this one.',
  };
  const adapter = () => createBackend('rest', { api, credentials: 'omit' });
  const firstRestPage = async () => (await adapter()).list({ thread: THREAD, limit: 10, order: 'oldest' }, { signal });

  beforeEach(() => localStorage.clear());

  it('shows my held comment, marked pending, after a reload, though the server does not list it', async () => {
    await useRestBackend([stored({ thread: THREAD, content: 'Published before' })], { holdWords: ['hold'] });
    const created = await (await adapter()).create(held, { signal, idempotencyKey: 'key-1' });
    expect(created.status).to.equal('pending');
    const page = await firstRestPage();
    expect(page.comments.map((c) => [c.content, c.status])).to.deep.equal([
      ['Published before', 'approved'],
      ['Please hold this one.', 'pending'],
    ]);
  });

  it('keeps only what will be published: never the email', async () => {
    await useRestBackend([], { holdWords: ['hold'] });
    await (await adapter()).create(held, { signal, idempotencyKey: 'key-2' });
    const kept = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '');
    expect(kept).to.have.lengthOf(1);
    expect(kept[0]).to.include('Please hold this one.');
    expect(kept[0]).not.to.include('me.private');
    const [entry] = JSON.parse(kept[0]) as Array<{ comment: object }>;
    expect(Object.keys(entry.comment)).to.have.members([
      'id',
      'parentId',
      'author',
      'url',
      'avatar',
      'content',
      'createdAt',
      'status',
    ]);
  });

  it('forgets it once the server lists it', async () => {
    const store = await useRestBackend([], { holdWords: ['hold'] });
    const created = await (await adapter()).create(held, { signal, idempotencyKey: 'key-3' });
    store.save(
      store
        .load()
        .map((comment) => (comment.id === created.id ? { ...comment, status: 'approved' as const } : comment)),
    );
    const page = await firstRestPage();
    expect(page.comments.filter((c) => c.content === 'Please hold this one.').map((c) => c.status)).to.deep.equal([
      'approved',
    ]);
    expect(localStorage.length).to.equal(0);
  });

  it('remembers nothing of a comment published at once', async () => {
    await useRestBackend();
    await (await adapter()).create({ ...held, content: 'Published at once.' }, { signal, idempotencyKey: 'key-4' });
    expect(localStorage.length).to.equal(0);
  });
});
