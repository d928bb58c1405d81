// `parley-comments/ssr` and `parley-render` in Node: a thread's section as HTML, from a real HTTP backend on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const comments = [
  {
    id: 'c1',
    parentId: null,
    author: 'Ada <script>alert(1)</script>',
    url: 'https://ada.example/',
    avatar: null,
    content: 'First! See https://example.com/page. </script><b>not bold</b>',
    createdAt: '2026-11-01T09:00:00Z',
    status: 'approved',
  },
  {
    id: 'c2',
    parentId: 'c1',
    author: 'Grace',
    url: null,
    avatar: null,
    content: 'A reply.',
    createdAt: '2026-11-01T10:00:00Z',
    status: 'approved',
  },
];

let server;
let api;
before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/api/comments' && url.searchParams.get('thread') === '/markdown/') {
      const written = { ...comments[1], id: 'm1', parentId: null, content: 'Some **loud** words', format: 'markdown' };
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ comments: [comments[0], written], total: 2, next: null }));
    } else if (url.pathname === '/api/comments' && url.searchParams.get('thread') === '/post/') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ comments, total: 3, next: 'page-2' }));
    } else {
      response.writeHead(500).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${server.address().port}/api`;
});
after(() => server.close());

test('renders the section with declarative shadow roots, the comments and the first page', async () => {
  const { renderSection } = await import('parley-comments/ssr');
  const html = await renderSection({ api, thread: '/post/' });
  assert.match(
    html,
    /^<parley-comments api="http:\/\/127\.0\.0\.1:\d+\/api" thread="\/post\/"><template shadowrootmode="open"><style>/,
  );
  assert.match(html, /<h2 part="heading" id="heading" tabindex="-1"><span part="count">3 comments<\/span><\/h2>/);
  // The reading tools above the list, as the browser draws them, so the list does not move once Parley runs.
  assert.match(
    html,
    /<div class="tools" exportparts="sort-label, sort-select, news, news-show"><template shadowrootmode="open">.*<label part="sort-label" for="order">Sort by<\/label><select part="sort-select" id="order"><option value="oldest" selected="">Oldest<\/option>/,
  );
  assert.match(html, /<div class="list" exportparts="list, comment, [^"]+"><template shadowrootmode="open"><style>/);
  assert.match(html, /<article part="comment" class="comment" tabindex="-1" id="comment-c1"/);
  assert.match(html, /<ol part="replies" class="replies"><li><parley-comment><article[^>]* id="comment-c2"/);
  assert.match(html, /<button part="load-more" class="load-more" aria-disabled="false">Load more comments<\/button>/);
  assert.equal(typeof globalThis.document, 'undefined', 'the server DOM is gone after the render');
});

test('what the backend sent stays text: no element, no end of the data script', async () => {
  const { renderSection } = await import('parley-comments/ssr');
  const html = await renderSection({ api, thread: '/post/' });
  assert.ok(!html.includes('<script>alert'), 'an author became markup');
  assert.ok(!html.includes('<b>not bold'), 'a body became markup');
  assert.equal(html.match(/<\/script>/g).length, 1, 'only the data script ends a script');
  const data = JSON.parse(html.match(/<script type="application\/json" data-parley-page=""[^>]*>(.*?)<\/script>/)[1]);
  assert.equal(data.total, 3);
  assert.equal(data.next, 'page-2');
  assert.deepEqual(
    data.comments.map((comment) => comment.content),
    comments.map((comment) => comment.content),
  );
});

test('speaks the section’s language', async () => {
  const { renderSection } = await import('parley-comments/ssr');
  const html = await renderSection({ api, thread: '/post/', lang: 'de' });
  assert.match(html, /<span part="count">3 Kommentare<\/span>/);
  assert.match(html, / lang="de"/);
});

const cli = fileURLToPath(new URL('../../bin/parley-render.mjs', import.meta.url));
const run = (...args) =>
  new Promise((resolve) =>
    execFile(process.execPath, [cli, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    ),
  );

test('parley-render prints the section', async () => {
  const { code, stdout, stderr } = await run('--api', api, '--thread', '/post/');
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^<parley-comments [^>]*><template shadowrootmode="open">/);
});

test('parley-render fails with a clear message when the backend cannot be reached', async () => {
  const { code, stdout, stderr } = await run('--api', 'http://127.0.0.1:9/api', '--thread', '/post/');
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /^parley-render: could not load the comments of \/post\/ from http:\/\/127\.0\.0\.1:9\/api/);
});

test('parley-render --fallback prints a section the browser renders, and says why', async () => {
  const { code, stdout, stderr } = await run('--api', 'http://127.0.0.1:9/api', '--thread', '/post/', '--fallback');
  assert.equal(code, 0);
  assert.equal(stdout, '<parley-comments api="http://127.0.0.1:9/api" thread="/post/"></parley-comments>\n');
  assert.match(stderr, /rendered in the browser instead/);
});

test('draws a comment listed in Markdown formatted, as the browser will, and a plain one as typed', async () => {
  const { renderSection } = await import('parley-comments/ssr');
  const html = await renderSection({ api, thread: '/markdown/' });
  assert.match(html, /<div part="body" class="body rich"[^>]*><p>Some <strong>loud<\/strong> words<\/p><\/div>/);
  assert.doesNotMatch(html, /<b>not bold<\/b>/);
});
