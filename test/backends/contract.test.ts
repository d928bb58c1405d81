/** One contract every adapter keeps, run against `rest` (the reference mock) and recordings of real WordPress and Waline servers. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { BackendError } from '../../src/model/errors.js';
import { checkComment, describeUnreadable, idOf, isThreadable } from '../../src/model/comment.js';
import type { CommentBackend, ReaderFeature } from '../../src/backends/backend.js';
import { supports } from '../../src/backends/backend.js';
import { withOwnPending } from '../../src/backends/own-pending.js';
import { createBackend } from '../../src/backends/registry.js';
import type { Comment, CommentField, NewComment } from '../../src/model/comment.js';
import { richTextToPlain } from '../../src/model/rich-text-parse.js';
import type { RichNode } from '../../src/model/rich-text.js';
import { CAPTCHA_REFUSED, createRestHandlers, everyHandler, memoryStore } from '../../demo/mock-backend.js';
import type { StoredComment } from '../../demo/mock-backend.js';
import { useHandlers } from '../helpers.js';
import { inputOf, replay, unmatched } from './replay.js';
import type { Recording } from './replay.js';

/** How the contract reaches one adapter: handlers standing in for its server, and what that server holds. */
interface Target {
  adapter: string;
  api: string;
  thread: string;
  /** Handlers answering the given scenario (names of recorded exchanges). */
  handlers(names: string[]): RequestHandler[];
  input(name: string): NewComment;
  /** Whether the backend sends HTML bodies that become the rich-text model. */
  html: boolean;
  /** The name the server shows for the author of the rich comment. */
  richAuthor: string;
  /** A list answer of the right shape with one value of the wrong type, and the path that must name it. */
  /** Answers with one wrongly typed comment; `readable` counts the comments of that list that still show. */
  wrongTypes: { list: unknown; readable: number; create: unknown };
  /**
   * Whether the adapter declares likes (`like`, and `unlike` to take one back), and so must keep the likes contract;
   * `live`: its server here counts them, so the contract's like cases run against it (a recording cannot).
   */
  likes: false | 'declared' | 'live';
  /** Whether the adapter lets a reader edit or delete their own comment (the `edit` feature), its server here allowing it. */
  edit: false | 'live';
  /** Errors the backend reports, with what the reader must be told. */
  errors: Array<{ exchange: string; kind: BackendError['kind']; fields: CommentField[]; message: RegExp }>;
  /** The reader features the adapter declares (a `rest` server, with its pages), and how its posts carry them. */
  reader: {
    features: ReaderFeature[];
    /** Checks that a post's body carries Markdown as the server expects it. */
    markdownSent(body: Record<string, unknown>): void;
    /** The fields of a post's body the captcha token goes in; none where the server checks no captcha. */
    captchaFields: string[];
  };
}

/** A Markdown comment, as a reader types it, for the cases of Markdown. */
const MARKDOWN = 'Some **strong** words and a [link](https://example.com/md).';
/** The clock of the reference server (`rest`): a case moves it on to see a closed edit window. */
let restNow = '';

const THREAD_ORDER = ['The first comment.', 'Some emphasis', 'A reply to Ada.', 'A reply to Bob.', 'A third thread.'];

async function loadRecording(name: string): Promise<Recording> {
  const response = await fetch(new URL(`../fixtures/backends/${name}.json`, import.meta.url));
  return (await response.json()) as Recording;
}

function recordedTarget(
  recording: Recording,
  fields: Omit<Target, 'api' | 'thread' | 'handlers' | 'input' | 'adapter' | 'html'>,
): Target {
  const api = recording.backend === 'wordpress' ? '/recorded/wordpress/wp-json' : '/recorded/waline';
  return {
    adapter: recording.backend,
    api,
    thread: recording.thread,
    html: true,
    handlers: (names) =>
      replay(
        recording,
        api,
        names.filter((name) => name in recording.exchanges),
      ),
    input: (name) => inputOf(recording, name),
    ...fields,
  };
}

/** The mail the reference server would send about replies: to whom, about which reply. */
const restMails: Array<{ to: string; reply: Comment }> = [];

/** The same thread as the recordings, held by the in-browser reference implementation of the Parley REST protocol. */
function restTarget(): Target {
  const thread = '/reference/thread/';
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute)).toISOString();
  const comment = (id: string, minute: number, fields: Partial<StoredComment>): StoredComment => ({
    id,
    thread,
    parentId: null,
    author: '',
    email: `${id}@example.com`,
    url: null,
    avatar: null,
    content: '',
    createdAt: at(minute),
    status: 'approved',
    ...fields,
  });
  const seed = [
    comment('ada', 1, { author: 'Ada Lovelace', url: 'https://ada.example.org/', content: 'The first comment.' }),
    comment('tom', 2, { author: 'Tom', content: 'Some emphasis, bold, code() & a link.' }),
    comment('bob', 3, { author: 'Bob', parentId: 'ada', content: 'A reply to Ada.' }),
    comment('cy', 4, { author: 'Cy', parentId: 'bob', content: 'A reply to Bob.' }),
    comment('dee', 5, { author: 'Dee', content: 'Please hold this one: parley-hold.', status: 'pending' }),
    comment('ian', 6, { author: 'Ian', content: 'A third thread.' }),
  ];
  const inputs: Record<string, NewComment> = {
    'create-root': {
      thread,
      parentId: null,
      author: 'Ada Lovelace',
      email: 'ada@example.com',
      url: 'https://ada.example.org/',
      content: 'The first comment.',
    },
    'create-reply': {
      thread,
      parentId: 'ada',
      author: 'Bob',
      email: 'bob@example.com',
      url: null,
      content: 'A reply to Ada.',
    },
    'create-nested-reply': {
      thread,
      parentId: 'bob',
      author: 'Cy',
      email: 'cy@example.com',
      url: null,
      content: 'A reply to Bob.',
    },
    'create-held': {
      thread,
      parentId: null,
      author: 'Dee',
      email: 'dee@example.com',
      url: null,
      content: 'Please hold this one: parley-hold.',
    },
    'error-invalid-email': {
      thread,
      parentId: null,
      author: 'Eve',
      email: 'not-an-email',
      url: null,
      content: 'My address is wrong.',
    },
  };
  return {
    adapter: 'rest',
    api: '/reference/api',
    thread,
    html: false,
    richAuthor: 'Tom',
    handlers: () =>
      everyHandler(
        createRestHandlers({
          api: '/reference/api',
          store: memoryStore(seed),
          holdWords: ['parley-hold'],
          now: () => new Date(restNow || at(30)),
          likes: true,
          features: ['markdown', 'notify', 'edit'],
          mail: (to, reply) => restMails.push({ to, reply }),
        }),
      ),
    reader: {
      features: ['markdown', 'notify'],
      markdownSent: (body) => {
        expect(body).to.include({ format: 'markdown', content: MARKDOWN });
      },
      captchaFields: ['captcha'],
    },
    likes: 'live',
    edit: 'live',
    input: (name) => inputs[name],
    wrongTypes: {
      list: { comments: [{ ...seed[0], id: 7 }], total: 1, next: null },
      readable: 0,
      create: { ...seed[0], createdAt: 'yesterday' },
    },
    errors: [{ exchange: 'error-invalid-email', kind: 'rejected', fields: ['email'], message: /attention/ }],
  };
}

const flatten = (nodes: RichNode[]): RichNode[] =>
  nodes.flatMap((node) => (typeof node === 'string' ? [node] : [node, ...flatten(node.children)]));

const byText = (comments: Comment[], start: string) => {
  const found = comments.find((comment) => comment.content.startsWith(start));
  if (!found) throw new Error(`No comment starting "${start}" among: ${comments.map((c) => c.content).join(' | ')}`);
  return found;
};

async function rejection(promise: Promise<unknown>): Promise<BackendError> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(BackendError);
    return error as BackendError;
  }
  throw new Error('Expected the request to fail');
}

const wordpress = await loadRecording('wordpress');
const waline = await loadRecording('waline');

const targets: Target[] = [
  restTarget(),
  recordedTarget(wordpress, {
    likes: false,
    reader: {
      features: ['markdown'],
      // WordPress keeps the HTML it allows in comments: the Markdown arrives as that HTML.
      markdownSent: (body) => {
        expect(body.content).to.equal(
          'Some <strong>strong</strong> words and a <a href="https://example.com/md">link</a>.',
        );
      },
      // WordPress core checks no captcha.
      captchaFields: [],
    },
    edit: false,
    richAuthor: 'Tom & Jerry',
    wrongTypes: {
      list: (JSON.parse(wordpress.exchanges['list-all-oldest'].response.body) as object[]).map((c, i) =>
        i === 1 ? { ...c, parent: '7' } : c,
      ),
      readable: (JSON.parse(wordpress.exchanges['list-all-oldest'].response.body) as object[]).length - 1,
      create: { ...(JSON.parse(wordpress.exchanges['create-root'].response.body) as object), date_gmt: 1764385879 },
    },
    errors: [
      {
        exchange: 'error-author-required',
        kind: 'rejected',
        fields: ['author', 'email'],
        message: /requires valid author name and email/,
      },
      { exchange: 'error-invalid-email', kind: 'rejected', fields: ['email'], message: /author_email/ },
      { exchange: 'error-empty-content', kind: 'rejected', fields: ['content'], message: /Invalid comment content/ },
      {
        exchange: 'error-duplicate',
        kind: 'rejected',
        fields: ['content'],
        message: /^Duplicate comment detected; it looks as though you’ve already said that!$/,
      },
      { exchange: 'error-flood', kind: 'rejected', fields: [], message: /too quickly/ },
      { exchange: 'error-closed', kind: 'rejected', fields: [], message: /comments are closed/ },
      { exchange: 'error-login-required', kind: 'rejected', fields: [], message: /mu-plugin/ },
    ],
  }),
  recordedTarget(waline, {
    likes: 'declared',
    reader: {
      features: ['markdown'],
      // Waline renders Markdown itself: it gets the text as typed.
      markdownSent: (body) => {
        expect(body.comment).to.equal(MARKDOWN);
      },
      captchaFields: ['turnstile', 'recaptchaV3'],
    },
    edit: false,
    richAuthor: '<img src=x onerror=alert(1)> Tom',
    wrongTypes: {
      list: (() => {
        const body = JSON.parse(waline.exchanges['list-all-oldest'].response.body) as {
          data: { data: { children: { time: unknown }[] }[] };
        };
        body.data.data[0].children[0].time = 'yesterday';
        return body;
      })(),
      readable: THREAD_ORDER.length - 1,
      create: {
        errno: 0,
        errmsg: '',
        data: {
          ...(JSON.parse(waline.exchanges['create-root'].response.body) as { data: object }).data,
          objectId: { id: 4 },
        },
      },
    },
    errors: [
      { exchange: 'error-empty-content', kind: 'rejected', fields: ['content'], message: /comment can not be blank/ },
      { exchange: 'error-duplicate', kind: 'rejected', fields: ['content'], message: /Duplicate Content/ },
      { exchange: 'error-flood', kind: 'rejected', fields: [], message: /too fast/i },
    ],
  }),
];

const jsonResponse = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new HttpResponse(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const signal = () => new AbortController().signal;
const options = () => ({ signal: signal(), idempotencyKey: crypto.randomUUID() });
const listAll = ['list-all-oldest'];

for (const target of targets) {
  describe(`backend contract: ${target.adapter}`, () => {
    let backend: CommentBackend;

    const serve = (names: string[]) => useHandlers(...target.handlers(names));
    const list = (order: 'oldest' | 'newest' = 'oldest', limit = 50, cursor?: string) =>
      backend.list({ thread: target.thread, limit, order, ...(cursor ? { cursor } : {}) }, { signal: signal() });

    beforeEach(async () => {
      unmatched.length = 0;
      restNow = '';
      localStorage.clear();
      backend = await createBackend(target.adapter, { api: target.api, credentials: 'omit' });
    });

    afterEach(() => {
      expect(unmatched, 'requests the real server never answered').to.deep.equal([]);
    });

    it('lists every published comment of the thread, and not the held one', async () => {
      await serve(listAll);
      const page = await list();
      expect(page.total).to.equal(5);
      expect(page.next).to.equal(null);
      expect(page.comments.map((comment) => comment.content.split(',')[0])).to.have.members(
        THREAD_ORDER.map((text) => text.split(',')[0]),
      );
      expect(page.comments.some((comment) => comment.content.includes('parley-hold'))).to.equal(false);
    });

    it('gives each comment its author, website, text, a zoned date and the approved status', async () => {
      await serve(listAll);
      const { comments } = await list();
      const ada = byText(comments, 'The first comment.');
      expect(ada.author).to.equal('Ada Lovelace');
      expect(ada.url).to.equal('https://ada.example.org/');
      expect(ada.status).to.equal('approved');
      expect(ada.id).to.be.a('string').and.not.equal('');
      for (const comment of comments) {
        expect(comment.createdAt, comment.createdAt).to.match(/(Z|[+-]\d\d:\d\d)$/);
        expect(Number.isNaN(Date.parse(comment.createdAt))).to.equal(false);
        if (comment.avatar !== null) expect(comment.avatar).to.match(/^https?:\/\//);
      }
    });

    it('rebuilds the threads: replies name their parent, top-level comments none', async () => {
      await serve(listAll);
      const { comments } = await list();
      const ada = byText(comments, 'The first comment.');
      const bob = byText(comments, 'A reply to Ada.');
      const cy = byText(comments, 'A reply to Bob.');
      expect(ada.parentId).to.equal(null);
      expect(bob.parentId).to.equal(ada.id);
      expect(cy.parentId).to.equal(bob.id);
      expect(byText(comments, 'A third thread.').parentId).to.equal(null);
    });

    it('lists newest first when asked', async () => {
      await serve(['list-all-newest']);
      const { comments } = await list('newest');
      const roots = comments
        .filter((comment) => comment.parentId === null)
        .map((comment) => comment.content.split(',')[0]);
      expect(roots).to.deep.equal(['A third thread.', 'Some emphasis', 'The first comment.']);
    });

    it('pages through the thread with the cursor until next is null, each comment once', async () => {
      await serve(['list-oldest-page-1', 'list-oldest-page-2', 'list-oldest-page-3']);
      const seen: Comment[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await list('oldest', 2, cursor);
        expect(page.total).to.equal(5);
        seen.push(...page.comments);
        cursor = page.next ?? undefined;
        pages++;
      } while (cursor && pages < 10);
      expect(pages).to.be.greaterThan(1);
      expect(seen.map((comment) => comment.id)).to.have.lengthOf(new Set(seen.map((comment) => comment.id)).size);
      expect(seen).to.have.lengthOf(5);
      expect(seen[0].content).to.equal('The first comment.');
    });

    it('posts a comment and answers with it as the thread will show it', async () => {
      await serve(['create-root']);
      const comment = await backend.create(target.input('create-root'), options());
      expect(comment.id).to.be.a('string').and.not.equal('');
      expect(comment).to.include({
        author: 'Ada Lovelace',
        content: 'The first comment.',
        parentId: null,
        status: 'approved',
      });
      expect(comment.url).to.equal('https://ada.example.org/');
    });

    it('posts replies, also to a reply, under the comment replied to', async () => {
      await serve([...listAll, 'create-reply', 'create-nested-reply']);
      const { comments } = await list();
      const ada = byText(comments, 'The first comment.');
      const bob = byText(comments, 'A reply to Ada.');
      const reply = await backend.create({ ...target.input('create-reply'), parentId: ada.id }, options());
      expect(reply.parentId).to.equal(ada.id);
      const nested = await backend.create({ ...target.input('create-nested-reply'), parentId: bob.id }, options());
      expect(nested.parentId).to.equal(bob.id);
      expect(nested.content).to.equal('A reply to Bob.');
    });

    it('reports a held comment as pending', async () => {
      await serve(['create-held']);
      const comment = await backend.create(target.input('create-held'), options());
      expect(comment.status).to.equal('pending');
      expect(comment.content).to.equal('Please hold this one: parley-hold.');
    });

    it('shows the reader their own held comment on the first page after a reload', async () => {
      await serve(['create-held', ...listAll]);
      const remembering = withOwnPending(backend, 'parley-contract:');
      await remembering.create(target.input('create-held'), options());
      const reloaded = withOwnPending(
        await createBackend(target.adapter, { api: target.api, credentials: 'omit' }),
        'parley-contract:',
      );
      const page = await reloaded.list({ thread: target.thread, limit: 50, order: 'oldest' }, { signal: signal() });
      const held = byText(page.comments, 'Please hold this one');
      expect(held.status).to.equal('pending');
      expect(page.comments).to.have.lengthOf(6);
    });

    if (target.html) {
      it('keeps emphasis, code and http(s) links of an HTML body, and nothing that could run', async () => {
        await serve(listAll);
        const { comments } = await list();
        const rich = byText(comments, 'Some emphasis');
        expect(rich.author).to.equal(target.richAuthor);
        const nodes = flatten(rich.rich ?? []);
        const tags = nodes.flatMap((node) => (typeof node === 'string' ? [] : [node.tag]));
        expect(tags).to.include.members(['em', 'strong', 'code', 'a']);
        const links = nodes.flatMap((node) => (typeof node !== 'string' && node.tag === 'a' ? [node.href] : []));
        expect(links).to.deep.equal(['https://example.com/page?a=1&b=2']);
        expect(rich.content).to.contain('Some emphasis, bold, code() & a link.');
        // What the server let through may mention a script as text; it must never come back as markup.
        expect(
          tags.every((tag) => ['p', 'br', 'em', 'strong', 'code', 'pre', 'blockquote', 'a'].includes(tag)),
        ).to.equal(true);
        expect(rich.content).not.to.match(/<script|onerror=/);
        expect(richTextToPlain(rich.rich ?? [])).to.equal(rich.content);
      });
    }

    for (const error of target.errors) {
      it(`explains "${error.exchange}" to the reader${error.fields.length ? ` on ${error.fields.join(', ')}` : ''}`, async () => {
        await serve([error.exchange]);
        const failure = await rejection(backend.create(target.input(error.exchange), options()));
        expect(failure.kind).to.equal(error.kind);
        expect(failure.message).to.match(error.message);
        expect(failure.message).not.to.match(/&#?\w+;/);
        expect(Object.keys(failure.fields ?? {})).to.have.members(error.fields);
        for (const field of error.fields) expect(failure.fields?.[field]).to.be.a('string').and.not.equal('');
        expect(failure.retryable).to.equal(false);
      });
    }

    it(target.likes ? 'declares likes, and the way to take one back' : 'declares no likes: its server has none', () => {
      expect(typeof backend.like).to.equal(target.likes ? 'function' : 'undefined');
      expect(typeof backend.unlike).to.equal(target.likes ? 'function' : 'undefined');
    });

    if (target.likes === 'live') {
      describe('likes', () => {
        const reader = (name: string) => ({ signal: signal(), reader: `reader-${name}-token` });

        it('sends a whole, non-negative count of likes with every comment', async () => {
          await serve(listAll);
          const { comments } = await list();
          for (const comment of comments)
            expect(Number.isSafeInteger(comment.likes) && comment.likes! >= 0).to.equal(true);
        });

        it('counts one like per reader, takes it back, and lists the count it answered', async () => {
          await serve(listAll);
          const ada = byText((await list()).comments, 'The first comment.');
          expect(await backend.like!(ada.id, reader('a'))).to.equal(ada.likes! + 1);
          // The same reader again: still one like of theirs.
          expect(await backend.like!(ada.id, reader('a'))).to.equal(ada.likes! + 1);
          expect(await backend.like!(ada.id, reader('b'))).to.equal(ada.likes! + 2);
          expect(await backend.unlike!(ada.id, reader('a'))).to.equal(ada.likes! + 1);
          expect(byText((await list()).comments, 'The first comment.').likes).to.equal(ada.likes! + 1);
        });

        it('lists the most liked first for Top, replies under their parents', async () => {
          await serve(listAll);
          const third = byText((await list()).comments, 'A third thread.');
          await backend.like!(third.id, reader('a'));
          const { comments } = await backend.list(
            { thread: target.thread, limit: 50, order: 'top' },
            { signal: signal() },
          );
          expect(comments.find((comment) => comment.parentId === null)?.id).to.equal(third.id);
        });

        it('refuses a like of a comment it does not show, as a rejection', async () => {
          await serve(listAll);
          let failure: unknown;
          try {
            await backend.like!('no-such-comment', reader('a'));
          } catch (error) {
            failure = error;
          }
          expect(failure).to.be.instanceOf(BackendError);
          expect((failure as BackendError).kind).to.equal('rejected');
        });
      });
    }

    describe('reader features', () => {
      /** What the adapter declares, once it has listed (a `rest` server declares its extensions with its pages). */
      async function declared(): Promise<ReaderFeature[]> {
        await serve(listAll);
        await list();
        return (['markdown', 'notify'] as const).filter((feature) => supports(backend, feature));
      }

      /** The body of the next post the adapter sends, which its server refuses. */
      async function sentBody(input: NewComment): Promise<Record<string, unknown>> {
        let body: Record<string, unknown> | undefined;
        await useHandlers(
          http.post(`${target.api}/*`, async ({ request }) => {
            body = (await request.json()) as Record<string, unknown>;
            return jsonResponse({ error: 'Not this time.' }, 503);
          }),
        );
        await rejection(backend.create(input, options()));
        return body!;
      }

      it(`declares ${target.reader.features.join(' and ')}, and nothing its server lacks`, async () => {
        expect(await declared()).to.deep.equal(target.reader.features);
      });

      if (target.reader.features.includes('markdown')) {
        it('sends a Markdown comment as its server expects it', async () => {
          await declared();
          const body = await sentBody({ ...target.input('create-root'), content: MARKDOWN, format: 'markdown' });
          target.reader.markdownSent(body);
        });
      }

      it(
        target.reader.captchaFields.length
          ? `passes a captcha token in ${target.reader.captchaFields.join(' and ')}, as its server reads it`
          : 'sends no captcha token: its server checks none',
        async () => {
          await declared();
          const body = await sentBody({ ...target.input('create-root'), captcha: 'token-from-the-provider' });
          for (const field of target.reader.captchaFields)
            expect(body[field], field).to.equal('token-from-the-provider');
          const stray = Object.entries(body).filter(([, value]) => value === 'token-from-the-provider');
          expect(stray.map(([field]) => field)).to.have.members(target.reader.captchaFields);
        },
      );

      it('sends no captcha field when the page has no provider', async () => {
        await declared();
        const body = await sentBody(target.input('create-root'));
        for (const field of target.reader.captchaFields) expect(body).not.to.have.property(field);
      });

      if (target.reader.features.includes('notify')) {
        it('asks for mail about replies only when the reader ticked it', async () => {
          await declared();
          expect(await sentBody({ ...target.input('create-root'), notify: true })).to.include({ notify: true });
          expect(await sentBody(target.input('create-root'))).not.to.have.property('notify');
        });
      }

      if (target.adapter === 'rest') {
        it('lists a comment posted in Markdown with its format, and a plain one without', async () => {
          await declared();
          const written = await backend.create(
            { ...target.input('create-root'), content: MARKDOWN, format: 'markdown' },
            options(),
          );
          expect(written.format).to.equal('markdown');
          const { comments } = await list();
          expect(byText(comments, 'Some **strong**').format).to.equal('markdown');
          expect(byText(comments, 'The first comment.').format).to.equal(undefined);
        });

        it('mails the author who asked about a reply, and nobody else', async () => {
          restMails.length = 0;
          await declared();
          const asked = await backend.create({ ...target.input('create-root'), notify: true }, options());
          const quiet = await backend.create(target.input('create-root'), options());
          await backend.create({ ...target.input('create-reply'), parentId: asked.id }, options());
          await backend.create({ ...target.input('create-reply'), parentId: quiet.id }, options());
          expect(restMails.map(({ to, reply }) => [to, reply.parentId])).to.deep.equal([['ada@example.com', asked.id]]);
        });

        it('lists only the comments written after the time asked for with since', async () => {
          await serve(listAll);
          const { comments } = await list();
          const bob = byText(comments, 'A reply to Ada.');
          const later = await backend.list(
            { thread: target.thread, limit: 50, order: 'oldest', since: bob.createdAt },
            { signal: signal() },
          );
          const after = comments.filter((comment) => Date.parse(comment.createdAt) > Date.parse(bob.createdAt));
          expect(later.comments.map((comment) => comment.id)).to.deep.equal(after.map((comment) => comment.id));
        });

        it("refuses a post without the captcha its server asks for, with the server's words", async () => {
          await useHandlers(
            ...everyHandler(
              createRestHandlers({ api: target.api, store: memoryStore([]), captchaToken: 'the-right-token' }),
            ),
          );
          const refused = await rejection(
            backend.create({ ...target.input('create-root'), captcha: 'wrong' }, options()),
          );
          expect(refused.kind).to.equal('rejected');
          expect(refused.message).to.equal(CAPTCHA_REFUSED);
          expect(refused.retryable).to.equal(false);
          const taken = await backend.create({ ...target.input('create-root'), captcha: 'the-right-token' }, options());
          expect(taken.content).to.equal('The first comment.');
        });
      }
    });
    it(
      target.edit
        ? 'declares edit once its server does, with the ways to edit and to delete'
        : 'declares no edit: its server lets no anonymous reader change a comment',
      async () => {
        await serve(listAll);
        await list();
        expect(supports(backend, 'edit')).to.equal(!!target.edit);
        if (target.edit) {
          expect(typeof backend.edit).to.equal('function');
          expect(typeof backend.remove).to.equal('function');
        }
      },
    );

    if (target.edit === 'live') {
      describe('editing your own comment', () => {
        /** A new comment by Ada, with the token its creation answered. */
        async function created() {
          const comment = await backend.create(target.input('create-root'), options());
          return { comment, edit: { signal: signal(), token: comment.editToken! } };
        }

        it('answers a new comment with its edit token and until when it may be changed', async () => {
          await serve(listAll);
          const { comment } = await created();
          expect(comment.editToken).to.be.a('string').and.not.equal('');
          expect(Date.parse(comment.editableUntil!)).to.be.greaterThan(Date.parse(comment.createdAt));
        });

        it('changes the text with the token, and lists it marked edited', async () => {
          await serve(listAll);
          const { comment, edit } = await created();
          const edited = await backend.edit!(comment.id, { content: 'The first comment, amended.' }, edit);
          expect(edited.id).to.equal(comment.id);
          expect(edited.content).to.equal('The first comment, amended.');
          expect(Date.parse(edited.editedAt!)).to.not.be.NaN;
          const listed = (await list()).comments.find(({ id }) => id === comment.id)!;
          expect(listed.content).to.equal('The first comment, amended.');
          expect(listed.editedAt).to.equal(edited.editedAt);
          expect(listed).not.to.have.property('editToken');
        });

        it('deletes with the token: the list no longer has it', async () => {
          await serve(listAll);
          const { comment, edit } = await created();
          expect(await backend.remove!(comment.id, edit)).to.equal(undefined);
          expect((await list()).comments.some(({ id }) => id === comment.id)).to.equal(false);
        });

        it('refuses a wrong token (403) and a closed window (410), as rejections', async () => {
          await serve(listAll);
          const { comment, edit } = await created();
          const wrong = await rejection(backend.edit!(comment.id, { content: 'Not mine.' }, { ...edit, token: 'x' }));
          expect([wrong.kind, wrong.status]).to.deep.equal(['rejected', 403]);
          restNow = new Date(Date.parse(comment.editableUntil!) + 1000).toISOString();
          const late = await rejection(backend.remove!(comment.id, edit));
          expect([late.kind, late.status, late.retryable]).to.deep.equal(['rejected', 410, false]);
          expect((await list()).comments.some(({ id }) => id === comment.id)).to.equal(true);
        });

        it('calls an edit answer that is not the comment invalid', async () => {
          await useHandlers(http.patch(`${target.api}/comments/:id`, () => HttpResponse.json({ ok: true })));
          const failure = await rejection(
            backend.edit!('ada', { content: 'Amended.' }, { signal: signal(), token: 't' }),
          );
          expect(failure.kind).to.equal('invalid');
        });
      });
    }

    describe('garbage answers', () => {
      const answer = (response: () => Response) => useHandlers(http.all(`${target.api}/*`, response));

      it('calls a list that is not JSON invalid', async () => {
        await answer(
          () => new HttpResponse('{"comments": [', { status: 200, headers: { 'Content-Type': 'application/json' } }),
        );
        expect((await rejection(list())).kind).to.equal('invalid');
      });

      it('leaves out a comment with a wrongly typed field, names it, and keeps the rest', async () => {
        await answer(() => jsonResponse(target.wrongTypes.list, 200, { 'X-WP-Total': '5', 'X-WP-TotalPages': '1' }));
        const page = await list();
        // What the section draws: what the adapter read, less what fails the check made just before drawing.
        const bad = page.comments.filter((comment) => !isThreadable(comment) || checkComment(comment));
        const named = [
          ...(page.unreadable ?? []),
          ...bad.map((comment) => checkComment(comment) ?? describeUnreadable(idOf(comment), 'id')),
        ];
        expect(named).to.have.lengthOf(1);
        expect(named[0]).to.match(/^("\w+"|a comment without an id) \(\w+/);
        expect(page.comments.length - bad.length).to.equal(target.wrongTypes.readable);
      });

      it('calls a created comment with a wrongly typed field invalid', async () => {
        await answer(() => jsonResponse(target.wrongTypes.create, target.adapter === 'waline' ? 200 : 201));
        expect((await rejection(backend.create(target.input('create-root'), options()))).kind).to.equal('invalid');
      });

      it('calls an HTML error page a retryable server failure', async () => {
        await answer(
          () =>
            new HttpResponse('<html><body>Bad gateway</body></html>', {
              status: 502,
              headers: { 'Content-Type': 'text/html' },
            }),
        );
        const failure = await rejection(list());
        expect(failure.kind).to.equal('server');
        expect(failure.retryable).to.equal(true);
      });

      it('calls an unreachable server a network failure', async () => {
        await answer(() => HttpResponse.error());
        expect((await rejection(backend.create(target.input('create-root'), options()))).kind).to.equal('network');
      });

      it('passes on how long a rate-limited server asks to wait', async () => {
        await answer(() => new HttpResponse('{}', { status: 429, headers: { 'Retry-After': '30' } }));
        const failure = await rejection(list());
        expect(failure.kind).to.equal('rate-limited');
        expect(failure.retryAfter).to.equal(30_000);
      });
    });
  });
}
