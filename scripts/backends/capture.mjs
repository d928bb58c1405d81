// Records real WordPress and Waline answers into test/fixtures/backends/*.json, which the contract suite replays.
// Usage: node scripts/backends/capture.mjs (starts both servers if needed; stops only what it started).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const state = process.env.PARLEY_BACKENDS_DIR ?? `${root}.backends`;
const fixtures = `${root}test/fixtures/backends`;

/** Headers the adapters read; everything else (dates, server names) would only make the recordings noisy. */
const KEPT_HEADERS = ['content-type', 'x-wp-total', 'x-wp-totalpages', 'retry-after'];
/** Query parameters the capture adds to switch on a server-side check; adapters never send them. */
const CAPTURE_ONLY = /^parley_test_/;

function script(name, ...args) {
  return execFileSync(`${root}scripts/backends/${name}.sh`, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function ensureRunning(name) {
  const pidfile = `${state}/${name}/${name === 'wordpress' ? 'php' : 'waline'}.pid`;
  const running = existsSync(pidfile);
  script(name, 'start');
  return !running;
}

/** Both servers store times to the second: comments posted a second apart keep a stable order. */
const secondApart = () => new Promise((resolve) => setTimeout(resolve, 1100));

/** Sends one request and keeps it, with its answer, under `name`. */
async function record(exchanges, api, name, { method = 'GET', path, query = {}, body, input }) {
  if (method === 'POST' && name.startsWith('create-')) await secondApart();
  const url = new URL(api + path);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const headers = Object.fromEntries(
    KEPT_HEADERS.flatMap((key) => (response.headers.has(key) ? [[key, response.headers.get(key)]] : [])),
  );
  const text = await response.text();
  const sentQuery = Object.fromEntries(
    Object.entries(query)
      .filter(([key]) => !CAPTURE_ONLY.test(key))
      .map(([k, v]) => [k, String(v)]),
  );
  exchanges[name] = {
    request: { method, path, query: sentQuery, ...(body === undefined ? {} : { body }) },
    ...(input ? { input } : {}),
    response: { status: response.status, headers, body: text },
  };
  console.log(`  ${name}: ${response.status}`);
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A reader's submission, as Parley's form hands it to an adapter. */
const newComment = (thread, fields) => ({ thread, parentId: null, url: null, ...fields });

const RICH_HTML =
  'Some <em>emphasis</em>, <strong>bold</strong>, <code>code()</code> &amp; a <a href="https://example.com/page?a=1&amp;b=2">link</a>.' +
  '<script>alert("x")</script> <a href="javascript:alert(1)">bad link</a>';
const RICH_MARKDOWN =
  'Some *emphasis*, **bold**, `code()` & a [link](https://example.com/page?a=1&b=2).\n\n' +
  '<script>alert("x")</script> [bad link](javascript:alert(1)) <img src=x onerror="alert(1)">';

async function captureWordPress() {
  const env = JSON.parse(readFileSync(`${state}/wordpress/env.json`, 'utf8'));
  const post = env.posts.capture;
  const thread = String(post);
  script('wordpress', 'sql', `DELETE FROM wp_comments WHERE comment_post_ID = ${post}`);
  const exchanges = {};
  const send = (name, input, extraQuery = {}, postId = post) =>
    record(exchanges, env.api, name, {
      method: 'POST',
      path: '/wp/v2/comments',
      query: extraQuery,
      input,
      body: {
        post: postId,
        parent: input.parentId === null ? 0 : Number(input.parentId),
        author_name: input.author,
        author_email: input.email,
        author_url: input.url ?? '',
        content: input.content,
      },
    });
  const list = (name, query) =>
    record(exchanges, env.api, name, {
      path: '/wp/v2/comments',
      query: { post, ...query, _fields: 'id,parent,author_name,author_url,date_gmt,content,status,author_avatar_urls' },
    });

  const first = await send(
    'create-root',
    newComment(thread, {
      author: 'Ada Lovelace',
      email: 'ada@example.com',
      url: 'https://ada.example.org/',
      content: 'The first comment.',
    }),
  );
  await send(
    'create-rich',
    newComment(thread, { author: 'Tom & Jerry <b>', email: 'tom@example.com', content: RICH_HTML }),
  );
  const reply = await send(
    'create-reply',
    newComment(thread, {
      parentId: String(first.id),
      author: 'Bob',
      email: 'bob@example.com',
      content: 'A reply to Ada.',
    }),
  );
  await send(
    'create-nested-reply',
    newComment(thread, {
      parentId: String(reply.id),
      author: 'Cy',
      email: 'cy@example.com',
      content: 'A reply to Bob.',
    }),
  );
  await send(
    'create-held',
    newComment(thread, { author: 'Dee', email: 'dee@example.com', content: 'Please hold this one: parley-hold.' }),
  );
  await send(
    'create-third-root',
    newComment(thread, { author: 'Ian', email: 'ian@example.com', content: 'A third thread.' }),
  );
  await send('error-author-required', newComment(thread, { author: '', email: '', content: 'Who am I?' }));
  await send(
    'error-invalid-email',
    newComment(thread, { author: 'Eve', email: 'not-an-email', content: 'My address is wrong.' }),
  );
  await send('error-empty-content', newComment(thread, { author: 'Eve', email: 'eve@example.com', content: '' }));
  await send(
    'error-duplicate',
    newComment(thread, {
      author: 'Ada Lovelace',
      email: 'ada@example.com',
      url: 'https://ada.example.org/',
      content: 'The first comment.',
    }),
  );
  await send('error-flood', newComment(thread, { author: 'Fay', email: 'fay@example.com', content: 'Too fast.' }), {
    parley_test_flood: 1,
  });
  await send(
    'error-login-required',
    newComment(thread, { author: 'Gil', email: 'gil@example.com', content: 'Let me in.' }),
    { parley_test_require_login: 1 },
  );
  await send(
    'error-closed',
    newComment(String(env.posts.closed), { author: 'Hal', email: 'hal@example.com', content: 'Closed?' }),
    {},
    env.posts.closed,
  );

  await list('list-oldest-page-1', { per_page: 2, page: 1, order: 'asc' });
  await list('list-oldest-page-2', { per_page: 2, page: 2, order: 'asc' });
  await list('list-oldest-page-3', { per_page: 2, page: 3, order: 'asc' });
  await list('list-all-newest', { per_page: 50, page: 1, order: 'desc' });
  await list('list-all-oldest', { per_page: 50, page: 1, order: 'asc' });
  return { backend: 'wordpress', thread, closedThread: String(env.posts.closed), exchanges };
}

async function captureWaline() {
  const env = JSON.parse(readFileSync(`${state}/waline/env.json`, 'utf8'));
  const thread = '/recorded/thread/';
  script('waline', 'sql', 'DELETE FROM wl_Comment WHERE url = ?', thread);
  const exchanges = {};
  const send = (name, input, rid, extraQuery = {}) =>
    record(exchanges, env.api, name, {
      method: 'POST',
      path: '/api/comment',
      query: extraQuery,
      input,
      body: {
        url: input.thread,
        comment: input.content,
        nick: input.author,
        mail: input.email,
        link: input.url ?? '',
        ...(input.parentId === null ? {} : { pid: input.parentId, rid }),
      },
    });
  const list = (name, query) =>
    record(exchanges, env.api, name, { path: '/api/comment', query: { path: thread, ...query } });

  const first = (
    await send(
      'create-root',
      newComment(thread, {
        author: 'Ada Lovelace',
        email: 'ada@example.com',
        url: 'https://ada.example.org/',
        content: 'The first comment.',
      }),
    )
  ).data;
  await send(
    'create-rich',
    newComment(thread, {
      author: '<img src=x onerror=alert(1)> Tom',
      email: 'tom@example.com',
      url: 'javascript:alert(1)',
      content: RICH_MARKDOWN,
    }),
  );
  const rootId = String(first.objectId);
  const reply = (
    await send(
      'create-reply',
      newComment(thread, {
        parentId: rootId,
        author: 'Bob',
        email: 'bob@example.com',
        url: 'bob.example.net',
        content: 'A reply to Ada.',
      }),
      rootId,
    )
  ).data;
  await send(
    'create-nested-reply',
    newComment(thread, {
      parentId: String(reply.objectId),
      author: 'Cy',
      email: 'cy@example.com',
      content: 'A reply to Bob.',
    }),
    rootId,
  );
  await send(
    'create-held',
    newComment(thread, { author: 'Dee', email: 'dee@example.com', content: 'Please hold this one: parley-hold.' }),
  );
  await send(
    'create-third-root',
    newComment(thread, { author: 'Ian', email: 'ian@example.com', content: 'A third thread.' }),
  );
  await send('error-empty-content', newComment(thread, { author: 'Eve', email: 'eve@example.com', content: '' }));
  await send(
    'error-duplicate',
    newComment(thread, {
      author: 'Ada Lovelace',
      email: 'ada@example.com',
      url: 'https://ada.example.org/',
      content: 'The first comment.',
    }),
  );
  await send(
    'error-flood',
    newComment(thread, { author: 'Fay', email: 'fay@example.com', content: 'Too fast.' }),
    undefined,
    { parley_test_flood: 1 },
  );

  await list('list-oldest-page-1', { page: 1, pageSize: 2, sortBy: 'insertedAt_asc' });
  await list('list-oldest-page-2', { page: 2, pageSize: 2, sortBy: 'insertedAt_asc' });
  await list('list-all-newest', { page: 1, pageSize: 50, sortBy: 'insertedAt_desc' });
  await list('list-all-oldest', { page: 1, pageSize: 50, sortBy: 'insertedAt_asc' });
  await list('error-page-size', { page: 1, pageSize: 1000, sortBy: 'insertedAt_asc' });
  return { backend: 'waline', thread, exchanges };
}

mkdirSync(fixtures, { recursive: true });
for (const [name, capture] of [
  ['wordpress', captureWordPress],
  ['waline', captureWaline],
]) {
  const started = ensureRunning(name);
  try {
    console.log(`Recording ${name}…`);
    const recording = await capture();
    writeFileSync(`${fixtures}/${name}.json`, `${JSON.stringify(recording, null, 2)}\n`);
  } finally {
    if (started) script(name, 'stop');
  }
}
