/**
 * The conformance checks of `parley-check`: each asks a server for what the README's protocol section promises
 * (listing, cursors, order, posting, idempotency, validation, CORS, declared extensions, 429, the comment schema)
 * and says in one line what it found.
 */
import { checkComment, readAnswer } from '../model/comment.js';
import { Unmet, expect } from './check-kit.js';
import type { Answer, CheckKit, Posting, SeenComment } from './check-kit.js';
import { EXTENSION_NAMES, extensionChecks } from './extension-checks.js';

export type Outcome = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  name: string;
  outcome: Outcome;
  detail: string;
}

export interface CheckOptions {
  /** The base URL, before `/comments`. */
  api: string;
  /** A thread to read paging and order from; by default the checks post to a new thread of their own. */
  thread?: string;
  /** How many quick requests may be sent to see a `429` (0: none). */
  burst?: number;
  /** Milliseconds each request may take. */
  timeout?: number;
  /** A captcha token the server accepts, sent with every post (for a server that declares `captcha`). */
  captcha?: string;
}

/**
 * The extensions this checker knows: `count` and the others declared in a list answer (`"extensions": ["count"]`),
 * and `likes`, declared by sending `likes` on every comment.
 */
const KNOWN_EXTENSIONS: readonly string[] = ['count', 'likes', ...EXTENSION_NAMES];

/** Runs every check against the server at `options.api`, in an order where no check depends on a failed one's leftovers. */
export async function checkServer(options: CheckOptions): Promise<CheckResult[]> {
  const base = options.api.replace(/\/+$/, '');
  const timeout = options.timeout ?? 10_000;
  const ownThread = options.thread === undefined;
  const thread = options.thread ?? `parley-check-${Date.now().toString(36)}`;
  const seen: unknown[] = [];
  const results: CheckResult[] = [];

  async function send(path: string, init: RequestInit = {}): Promise<Answer> {
    const response = await fetch(`${base}${path}`, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeout),
    });
    const text = await response.text();
    let body: unknown = text;
    if (/json/i.test(response.headers.get('Content-Type') ?? '')) {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        throw new Unmet(`${init.method ?? 'GET'} ${path} answered Content-Type JSON that is not JSON`);
      }
    }
    return { status: response.status, headers: response.headers, body };
  }

  const list = (query: Record<string, string>) => send(`/comments?${new URLSearchParams({ thread, ...query })}`);

  /** One page, checked: 200 and an envelope that fits; its comments are kept for the schema check. */
  async function page(query: Record<string, string>) {
    const answer = await list(query);
    expect(answer.status === 200, `GET /comments answered ${answer.status}, not 200`);
    try {
      readAnswer('page', answer.body);
    } catch (error) {
      const field = (error as Error).message;
      throw new Unmet(
        `the list answer is not { comments: [...], total: whole number, next: string | null } (${field})`,
      );
    }
    const body = answer.body as {
      comments: SeenComment[];
      total: number;
      next: string | null;
      extensions?: unknown;
    };
    seen.push(...body.comments);
    return body;
  }

  /** Every comment of the thread in one order, following `next` with `limit` per page. */
  async function all(order: string, limit: number) {
    const comments: SeenComment[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const query: Record<string, string> = { limit: String(limit), order };
      if (cursor !== null) query.cursor = cursor;
      const body = await page(query);
      expect(body.comments.length <= limit, `a page of limit ${limit} held ${body.comments.length} comments`);
      const again = body.comments.find((comment) => comments.some(({ id }) => id === comment.id));
      expect(again === undefined, `following next returned comment ${again?.id} twice`);
      comments.push(...body.comments);
      cursor = body.next;
      if (cursor === null) return { comments, total: body.total };
      expect(body.comments.length > 0, 'a page with no comments still had a next cursor');
    }
    throw new Unmet('100 pages and still a next cursor');
  }

  const newComment = (content: string, parentId: string | null = null): Posting => ({
    thread,
    parentId,
    author: 'Parley Check',
    email: 'check@example.com',
    url: null,
    content,
  });

  const post = (body: Partial<Posting>, key: string = crypto.randomUUID()) =>
    send('/comments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(options.captcha && !('captcha' in body) ? { ...body, captcha: options.captcha } : body),
    });

  /** A posted comment, checked: 201 and a comment that fits, with what was sent. */
  async function posted(body: Posting, key?: string) {
    const answer = await post(body, key);
    expect(answer.status === 201, `POST /comments answered ${answer.status}, not 201`);
    seen.push(answer.body);
    const problem = checkComment(answer.body);
    expect(problem === undefined, `the posted comment does not fit: ${problem}`);
    const comment = answer.body as SeenComment;
    expect(comment.content === body.content, 'the posted comment came back with other content');
    expect(comment.parentId === body.parentId, 'the posted comment came back with another parentId');
    return comment;
  }

  async function run(name: string, check: () => Promise<string | { skip: string }>): Promise<void> {
    try {
      const detail = await check();
      results.push(
        typeof detail === 'string' ? { name, outcome: 'pass', detail } : { name, outcome: 'skip', detail: detail.skip },
      );
    } catch (error) {
      const detail = error instanceof Unmet ? error.message : `no answer: ${(error as Error).message}`;
      results.push({ name, outcome: 'fail', detail });
    }
  }

  let declared: string[] = [];
  await run('listing', async () => {
    const body = await page({ limit: '50', order: 'oldest' });
    if (Array.isArray(body.extensions)) declared = body.extensions.filter((name) => typeof name === 'string');
    return `200, ${body.comments.length} comments of ${body.total}`;
  });

  let approved = true;
  let likable: { id: string; likes?: unknown } | undefined;
  await run('posting', async () => {
    const parent = await posted(newComment('A comment from parley-check.'));
    likable = parent;
    await posted(newComment('A reply from parley-check.', parent.id));
    approved = parent.status === 'approved';
    return `201 twice (a comment and its reply, ${parent.status})`;
  });

  await run('idempotency', async () => {
    const key = crypto.randomUUID();
    const content = `Sent twice with one Idempotency-Key (${key}).`;
    const first = await posted(newComment(content), key);
    const second = await posted(newComment(content), key);
    expect(first.id === second.id, `the same Idempotency-Key created two comments (${first.id}, ${second.id})`);
    if (first.status !== 'approved') return 'one comment for one key (held, so not counted in the list)';
    const { comments } = await all('oldest', 50);
    const copies = comments.filter((comment) => comment.content === content);
    expect(copies.length === 1, `the list holds ${copies.length} comments sent with one key`);
    return 'one comment for one key, listed once';
  });

  await run('validation', async () => {
    const answer = await post({
      thread,
      parentId: null,
      author: ' ',
      email: 'not-an-email',
      url: 'ftp://x',
      content: '',
    });
    expect(
      answer.status === 400 || answer.status === 422,
      `an invalid comment was answered ${answer.status}, not 400 or 422`,
    );
    const body = answer.body as { error?: unknown; fields?: Record<string, unknown> };
    expect(typeof body?.error === 'string', 'the refusal has no "error" message');
    expect(typeof body.fields === 'object' && body.fields !== null, 'the refusal has no "fields"');
    const missing = ['author', 'email', 'url', 'content'].filter((field) => typeof body.fields?.[field] !== 'string');
    expect(missing.length === 0, `"fields" has no message for ${missing.join(', ')}`);
    return `${answer.status}, with messages for author, email, url and content`;
  });

  let oldest: SeenComment[] = [];
  await run('paging', async () => {
    if (ownThread && approved) {
      for (let n = 1; n <= 4; n++) await posted(newComment(`Comment ${n} of a page test from parley-check.`));
    }
    const first = await page({ limit: '50', order: 'oldest' });
    if (first.total < 3) {
      return {
        skip: `the thread has ${first.total} comments to page through (held comments are not listed: pass --thread)`,
      };
    }
    const { comments, total } = await all('oldest', 2);
    expect(comments.length === total, `following next gave ${comments.length} comments, total says ${total}`);
    oldest = comments;
    return `${Math.ceil(total / 2)} pages of 2 gave all ${total} comments once`;
  });

  await run('order', async () => {
    if (oldest.length < 2) return { skip: 'no thread of two comments or more to order' };
    const { comments: newest } = await all('newest', 2);
    const expected = oldest.map((comment) => comment.id).reverse();
    expect(newest.map((comment) => comment.id).join() === expected.join(), 'order=newest is not order=oldest reversed');
    const times = oldest.map((comment) => Date.parse(comment.createdAt));
    expect(
      times.every((time, index) => index === 0 || time >= times[index - 1]),
      'order=oldest is not in the order of createdAt',
    );
    return `newest is oldest reversed, over ${oldest.length} comments`;
  });

  await run('cors', async () => {
    const origin = 'https://parley-check.example';
    const preflight = await send('/comments', {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key',
      },
    });
    expect(preflight.status >= 200 && preflight.status < 300, `the preflight was answered ${preflight.status}`);
    const allowOrigin = preflight.headers.get('Access-Control-Allow-Origin');
    expect(allowOrigin === '*' || allowOrigin === origin, 'the preflight allows no other origin');
    const allowed = (preflight.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase().split(/\s*,\s*/);
    const missing = ['content-type', 'idempotency-key'].filter(
      (name) => !allowed.includes(name) && !allowed.includes('*'),
    );
    expect(missing.length === 0, `the preflight does not allow ${missing.join(' and ')}`);
    const listed = await send(`/comments?${new URLSearchParams({ thread, limit: '1', order: 'oldest' })}`, {
      headers: { Origin: origin },
    });
    const listOrigin = listed.headers.get('Access-Control-Allow-Origin');
    expect(listOrigin === '*' || listOrigin === origin, 'the list answer has no Access-Control-Allow-Origin');
    return 'the preflight allows Content-Type and Idempotency-Key; answers allow the origin';
  });

  await run('extensions', async () => {
    if (typeof likable?.likes === 'number' && !declared.includes('likes')) declared.push('likes');
    if (declared.length === 0) return { skip: 'the server declares none' };
    const unknown = declared.filter((name) => !KNOWN_EXTENSIONS.includes(name));
    if (declared.includes('count')) {
      const { total } = await page({ limit: '1', order: 'oldest' });
      const other = `${thread}-empty`;
      const answer = await send(
        `/comments/count?${new URLSearchParams([
          ['thread', thread],
          ['thread', other],
        ])}`,
      );
      expect(answer.status === 200, `GET /comments/count answered ${answer.status}`);
      const found = (answer.body as { counts?: Record<string, unknown> } | null)?.counts ?? {};
      expect(typeof found === 'object', 'the count answer is not { counts: { thread: number } }');
      expect(found[thread] === total, `count says ${String(found[thread])} for a thread whose total is ${total}`);
      expect(found[other] === 0, `count says ${String(found[other])} for a thread with no comments`);
    }
    if (declared.includes('likes') && likable) {
      const like = async (method: 'POST' | 'DELETE', reader: string) => {
        const answer = await send(`/comments/${encodeURIComponent(likable!.id)}/likes`, {
          method,
          headers: { 'Reader-Token': reader },
        });
        expect(answer.status === 200, `${method} /comments/{id}/likes answered ${answer.status}`);
        return (answer.body as { likes?: unknown } | null)?.likes;
      };
      const reader = crypto.randomUUID();
      const before = Number(likable.likes);
      expect((await like('POST', reader)) === before + 1, 'a like does not count one more');
      expect((await like('POST', reader)) === before + 1, 'the same reader token likes twice');
      expect((await like('DELETE', reader)) === before, 'taking the like back does not count one less');
    }
    // The others each have a row of their own, below.
    const checked = declared.filter((name) => name === 'count' || name === 'likes');
    return [
      checked.length > 0 && `${checked.join(', ')}: answers as documented`,
      unknown.length > 0 && `not checked: ${unknown.join(', ')}`,
    ]
      .filter(Boolean)
      .join('; ');
  });

  const kit: CheckKit = { thread, ownThread, declared, approved, send, page, all, newComment, post, posted };
  for (const [name, check] of extensionChecks) await run(name, () => check(kit));

  await run('rate limit', async () => {
    const burst = options.burst ?? 40;
    for (let sent = 0; sent < burst; sent += 10) {
      const answers = await Promise.all(
        Array.from({ length: Math.min(10, burst - sent) }, () => list({ limit: '1', order: 'oldest' })),
      );
      const limited = answers.find((answer) => answer.status === 429);
      if (!limited) continue;
      const retryAfter = limited.headers.get('Retry-After') ?? '';
      expect(
        /^\d+$/.test(retryAfter) || !Number.isNaN(Date.parse(retryAfter)),
        `429 without a Retry-After of seconds or a date (${retryAfter ? `"${retryAfter}"` : 'none'})`,
      );
      return `429 after ${sent + answers.indexOf(limited) + 1} quick requests, Retry-After ${retryAfter}`;
    }
    return { skip: `no 429 in ${burst} quick requests` };
  });

  await run('schema', async () => {
    expect(seen.length > 0, 'no comment was seen to check');
    for (const comment of seen) {
      const problem = checkComment(comment);
      expect(problem === undefined, `a comment does not fit: ${problem}`);
      expect(!(comment && typeof comment === 'object' && 'email' in comment), "a comment carries its author's email");
    }
    return `${seen.length} comments fit, none carries an email`;
  });

  return results;
}
