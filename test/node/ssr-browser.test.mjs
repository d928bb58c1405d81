// The server-rendered section in Chromium: shown with JavaScript disabled (declarative shadow DOM), and adopted by
// the built dist/parley.js without asking the backend again. Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ensureChrome, root } from '../../scripts/setup.mjs';
import { renderSection } from 'parley-comments/ssr';

const comments = Array.from({ length: 24 }, (_, i) => ({
  id: `c${i + 1}`,
  parentId: i % 4 === 3 ? `c${i}` : null,
  author: `Reader ${i + 1}`,
  url: null,
  avatar: null,
  content: `Comment number ${i + 1}, rendered on the server.${i % 5 === 0 ? '\nWith a second line.' : ''}`,
  createdAt: new Date(Date.UTC(2026, 10, 1, 9, i)).toISOString(),
  status: 'approved',
}));

let server;
let origin;
let browser;
/** Requests for the thread's first page, counted by the server. */
let firstPageRequests = 0;
/** Settled by the test to let dist/parley.js through: until then the page shows the server's HTML alone. */
let releaseScript = () => {};
let scriptReleased = Promise.resolve();

const types = { '.js': 'text/javascript', '.html': 'text/html' };

before(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/api/comments') {
      // The browser's requests only: rendering the page asks for the first page too, from this process.
      if (!url.searchParams.get('cursor') && /Chrome/.test(request.headers['user-agent'] ?? '')) firstPageRequests++;
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ comments, total: 30, next: 'page-2' }));
      return;
    }
    if (url.pathname === '/client') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title>
<script type="module" src="/parley.js"></script></head>
<body><parley-comments api="${origin}/api" thread="/post/" loading="eager"></parley-comments></body></html>`);
      return;
    }
    if (url.pathname === '/page') {
      const section = await renderSection({ api: `${origin}/api`, thread: '/post/', lang: 'en' });
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title>
<script type="module" src="/parley.js"></script></head>
<body style="margin:0;width:640px"><main><h1>A post</h1><p>Its text.</p>${section}<footer id="after">The end.</footer></main></body></html>`);
      return;
    }
    const file = normalize(join(root, 'dist', url.pathname));
    if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    if (url.pathname === '/parley.js') await scriptReleased;
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: ensureChrome(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The visible text of the section, read through its shadow roots. */
const sectionText = (page) =>
  page.evaluate(() => {
    const section = document.querySelector('parley-comments').shadowRoot;
    const list = section?.querySelector('[exportparts]')?.shadowRoot;
    return {
      heading: section?.querySelector('[part=heading]')?.textContent ?? '',
      comments: [...(list?.querySelectorAll('article') ?? [])].filter((article) => article.checkVisibility()).length,
      first: list?.querySelector('article [part=body]')?.textContent ?? '',
    };
  });

test('with JavaScript disabled, the server-rendered section shows its comments', async () => {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.goto(`${origin}/page`, { waitUntil: 'load' });
    const shown = await sectionText(page);
    assert.equal(shown.heading, '30 comments');
    assert.equal(shown.comments, comments.length);
    assert.match(shown.first, /^Comment number 1, rendered on the server\./);
  } finally {
    await page.close();
  }
});

/** The comments of the section's list, as HTML, read through its shadow roots. */
const listItems = (page) =>
  page.evaluate(() => {
    const section = document.querySelector('parley-comments').shadowRoot;
    const list = (section.querySelector('parley-comment-list') ?? section.querySelector('[exportparts]')).shadowRoot;
    return [...list.querySelectorAll('[part=list] > li')].map((item) => item.outerHTML);
  });

test('the server draws the comments exactly as the browser does', async () => {
  const served = await browser.newPage();
  const drawn = await browser.newPage();
  try {
    await served.setJavaScriptEnabled(false);
    await served.goto(`${origin}/page`, { waitUntil: 'load' });
    await drawn.goto(`${origin}/client`, { waitUntil: 'load' });
    await drawn.waitForFunction(
      (count) =>
        document
          .querySelector('parley-comments')
          .shadowRoot?.querySelector('parley-comment-list')
          ?.shadowRoot?.querySelectorAll('article').length === count,
      {},
      comments.length,
    );
    const [server, browserItems] = [await listItems(served), await listItems(drawn)];
    assert.equal(server.length, 18);
    assert.deepEqual(server, browserItems);
  } finally {
    await served.close();
    await drawn.close();
  }
});
