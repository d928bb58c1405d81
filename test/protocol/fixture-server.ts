/**
 * A Parley REST server made of the project's fixtures (the demo's thread and the msw handlers the tests use), for
 * `parley-check` to be run against: with CORS, a `429` when too many requests arrive at once, and the `count`,
 * `likes` and `edit` extensions. Each fault breaks one promise of the protocol, to show that the checker notices.
 */
import { getResponse } from 'msw';
import { createRestHandlers, everyHandler, memoryStore } from '../../demo/mock-backend.js';
import { seedThread } from '../../demo/seed.js';

export const FAULTS = {
  'bad-envelope': 'the list answer gives total as text',
  'no-cursor': 'next is always null, so the pages after the first cannot be reached',
  'ignores-cursor': 'the cursor is ignored: every page is the first',
  'wrong-order': 'order=newest answers oldest first',
  'status-200': 'a new comment is answered 200 instead of 201',
  'no-idempotency': 'the Idempotency-Key is ignored: a comment sent twice is created twice',
  'no-fields': 'a refusal has no fields',
  'no-cors-key': 'the preflight does not allow Idempotency-Key',
  'wrong-count': 'the declared count extension counts one too many',
  'likes-twice': 'a reader token likes a comment as often as it is sent',
  'no-retry-after': 'a 429 comes without Retry-After',
  'bad-date': 'createdAt is not an ISO-8601 time',
  'leaks-email': "comments carry their author's email",
  'since-ignored': 'the declared since is ignored: every comment is listed',
  'top-ignored': 'order=top answers oldest first',
  'drops-format': 'comments written in Markdown are listed without their format',
  'refuses-notify': 'a post asking for mail about replies is refused',
  'ignores-captcha': 'the declared captcha is not checked: a wrong token posts',
  'edit-any-token': 'a comment is edited and deleted with any token',
  'edit-drops-format': 'an edit sent in Markdown comes back without its format',
} as const;

export type Fault = keyof typeof FAULTS;

/** More requests than this at once are answered 429: a checker's burst meets it, one request at a time never does. */
const AT_ONCE = 4;
/** Where the handlers answer: requests are moved there, whatever host and port the server listens on. */
const API = 'http://fixture.test/api';
const PATH = new URL(API).pathname;
/** The extensions the fixture declares in its list answers (likes it declares by the counts on its comments). */
const EXTENSIONS = ['count', 'since', 'markdown', 'notify', 'captcha', 'edit'];
/** The captcha token the fixture takes: `npm run test:protocol` gives it to the checker (`--captcha`). */
export const CAPTCHA_TOKEN = 'parley-check-fixture';

type Json = Record<string, unknown>;

/** A fetch-style handler for `{origin}/api/comments`, broken by `fault` when one is named. */
export function fixtureServer(fault?: Fault): (request: Request) => Promise<Response> {
  const store = memoryStore(seedThread());
  // Each answer waits a little, so that requests sent together are handled together.
  const handlers = everyHandler(
    createRestHandlers({
      api: API,
      store,
      latency: 20,
      holdWords: ['moderate'],
      likes: true,
      features: ['markdown', 'notify', 'edit'],
      captchaToken: fault === 'ignores-captcha' ? undefined : CAPTCHA_TOKEN,
    }),
  );
  let inFlight = 0;

  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE',
    'Access-Control-Allow-Headers':
      fault === 'no-cors-key' ? 'Content-Type, Authorization' : 'Content-Type, Idempotency-Key, Authorization',
    'Access-Control-Max-Age': '600',
  };
  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

  /** What the protocol's handlers answer, with the request changed as `fault` says. */
  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') return new Response(null, { status: 204 });
    if (url.pathname === `${PATH}/comments/count`) {
      const threads = url.searchParams.getAll('thread');
      const approved = store.load().filter((comment) => comment.status === 'approved');
      const counts = Object.fromEntries(
        threads.map((thread) => [thread, approved.filter((comment) => comment.thread === thread).length]),
      );
      if (fault === 'wrong-count') for (const thread of threads) counts[thread] += 1;
      return json({ counts });
    }
    if (fault === 'ignores-cursor') url.searchParams.delete('cursor');
    if (fault === 'wrong-order') url.searchParams.set('order', 'oldest');
    if (fault === 'since-ignored') url.searchParams.delete('since');
    if (fault === 'top-ignored' && url.searchParams.get('order') === 'top') url.searchParams.set('order', 'oldest');
    const headers = new Headers(request.headers);
    if (fault === 'no-idempotency') headers.delete('Idempotency-Key');
    if (fault === 'likes-twice' && request.method === 'POST') headers.set('Reader-Token', crypto.randomUUID());
    if (fault === 'edit-any-token' && (request.method === 'PATCH' || request.method === 'DELETE')) {
      const id = decodeURIComponent(url.pathname.split('/').pop()!);
      const token = store.load().find((comment) => comment.id === id)?.editToken;
      if (token) headers.set('Authorization', `Bearer ${token}`);
    }
    const body = request.method === 'POST' || request.method === 'PATCH' ? await request.text() : undefined;
    if (fault === 'refuses-notify' && body?.includes('"notify":true'))
      return json({ error: 'Mail about replies is not offered.', fields: {} }, 422);
    const moved = new URL(`${url.pathname}${url.search}`, API);
    const response = await getResponse(handlers, new Request(moved, { method: request.method, headers, body }));
    return response ?? json({ error: 'Not found.' }, 404);
  }

  /** The answer's JSON, changed as `fault` says. */
  function breakBody(body: Json, request: Request, status: number): Json {
    const comments = Array.isArray(body.comments) ? (body.comments as Json[]) : status < 300 ? [body] : [];
    if (fault === 'bad-date') for (const comment of comments) comment.createdAt = 'yesterday';
    if (fault === 'leaks-email') for (const comment of comments) comment.email = 'reader@example.com';
    if (fault === 'no-cursor' && 'next' in body) body.next = null;
    if (fault === 'bad-envelope' && 'total' in body) body.total = String(body.total);
    if (fault === 'no-fields') delete body.fields;
    if (fault === 'drops-format' || (fault === 'edit-drops-format' && request.method === 'PATCH'))
      for (const comment of comments) delete comment.format;
    if (request.method === 'GET' && Array.isArray(body.comments)) body.extensions = EXTENSIONS;
    return body;
  }

  return async (request) => {
    if (inFlight >= AT_ONCE && request.method !== 'OPTIONS') {
      const headers: Record<string, string> = fault === 'no-retry-after' ? {} : { 'Retry-After': '1' };
      return json({ error: 'Too many requests at once.' }, 429, { ...cors, ...headers });
    }
    inFlight++;
    try {
      const response = await answer(request);
      let status = response.status;
      if (fault === 'status-200' && status === 201) status = 200;
      // The body may change below: its old length goes.
      const kept = [...response.headers].filter(([name]) => name !== 'content-length');
      const headers = { ...Object.fromEntries(kept), ...cors };
      if (!response.headers.get('Content-Type')?.includes('json'))
        return new Response(response.body, { status, headers });
      return json(breakBody((await response.json()) as Json, request, status), status, headers);
    } finally {
      inFlight--;
    }
  };
}
