// The server-rendered section in Chromium: shown with JavaScript disabled (declarative shadow DOM), and adopted by
// the built dist/parley.js without asking the backend again. Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeFlags, ensureChrome, root } from '../../scripts/setup.mjs';
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
    args: chromeFlags,
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
    const list = section?.querySelector('div.list')?.shadowRoot;
    return {
      heading: section?.querySelector('[part=heading]')?.textContent ?? '',
      comments: [...(list?.querySelectorAll('article') ?? [])].filter((article) => article.checkVisibility()).length,
      first: list?.querySelector('article [part=body]')?.textContent ?? '',
      sortShown: Boolean(section?.querySelector('div.tools')?.shadowRoot?.querySelector('select')?.checkVisibility()),
      loadMoreShown: Boolean(list?.querySelector('[part=load-more]')?.checkVisibility()),
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
    assert.equal(shown.sortShown, false, 'a sort control that cannot sort without JavaScript is shown');
    assert.equal(shown.loadMoreShown, false, 'a Load more button that cannot load without JavaScript is shown');
  } finally {
    await page.close();
  }
});

/** The comments of the section's list, as HTML, read through its shadow roots. */
const listItems = (page) =>
  page.evaluate(() => {
    const section = document.querySelector('parley-comments').shadowRoot;
    const list = (section.querySelector('parley-comment-list') ?? section.querySelector('div.list')).shadowRoot;
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

test('Parley adopts the server-rendered section: no request for the first page, same nodes, same height', async () => {
  const page = await browser.newPage();
  try {
    // In a zone other than the server's (UTC): Parley writes the dates again as it takes over, within the same frames.
    await page.emulateTimezone('Asia/Tokyo');
    scriptReleased = new Promise((resolve) => (releaseScript = resolve));
    firstPageRequests = 0;
    // The module script holds DOMContentLoaded back: the page is read as soon as it is parsed.
    const loaded = page.goto(`${origin}/page`, { waitUntil: 'load' });
    await page.waitForSelector('#after');
    const before = await page.evaluate(() => {
      const section = document.querySelector('parley-comments');
      const served = section.shadowRoot.querySelector('div.list');
      window.servedArticle = served.shadowRoot.querySelector('article#comment-c1');
      window.heights = [];
      // Every frame: how far down the section its thread reaches (the server's list, or Parley's own once it has
      // taken over; the form, which comes after the first page on any page, is below it), and which list it is.
      const measure = () => {
        requestAnimationFrame(measure);
        const root = section.shadowRoot;
        const list = [...root.querySelectorAll('parley-comment-list, div.list')].find((element) =>
          element.checkVisibility(),
        );
        // A frame without a list in view is a frame without comments: its height is then reported as null.
        window.heights.push({
          height: list ? list.getBoundingClientRect().bottom - section.getBoundingClientRect().top : null,
          adopted: list?.localName === 'parley-comment-list',
        });
      };
      requestAnimationFrame(measure);
      return { height: served.getBoundingClientRect().bottom - section.getBoundingClientRect().top };
    });
    releaseScript();
    await loaded;
    await page.waitForFunction(() => customElements.get('parley-comments'));
    await page.waitForFunction(
      () => document.querySelector('parley-comments').shadowRoot.querySelector('parley-comment-form'),
      { timeout: 5000 },
    );
    // Two more frames, so the sampling sees the section as Parley left it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await page.evaluate(() => {
      const section = document.querySelector('parley-comments');
      const list = section.shadowRoot.querySelector('parley-comment-list');
      return {
        frames: window.heights,
        sameArticle: list.shadowRoot?.querySelector('article#comment-c1') === window.servedArticle,
        heading: section.shadowRoot.querySelector('[part=heading]').textContent.trim(),
        upgraded: list.constructor !== HTMLElement,
      };
    });
    assert.equal(firstPageRequests, 0, 'the first page was asked for again');
    assert.ok(after.upgraded, 'the list is Parley’s own');
    assert.equal(after.heading, '30 comments');
    assert.ok(after.sameArticle, 'the comment the server drew was drawn anew');
    assert.ok(
      after.frames.some((frame) => frame.adopted),
      `no frame showed Parley’s own list: ${JSON.stringify(after.frames)}`,
    );
    assert.deepEqual(
      after.frames.filter((frame) => frame.height !== before.height),
      [],
      `the thread reached ${before.height}px down the section before Parley`,
    );
  } finally {
    await page.close();
  }
});

test('a reader who chose another order gets the first page in theirs, not the server’s', async () => {
  const page = await browser.newPage();
  try {
    scriptReleased = Promise.resolve();
    firstPageRequests = 0;
    await page.evaluateOnNewDocument(() => localStorage.setItem('parley:order', 'newest'));
    await page.goto(`${origin}/page`, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        document.querySelector('parley-comments').shadowRoot.querySelector('parley-comment-list')?.shadowRoot
          ?.childElementCount,
      { timeout: 5000 },
    );
    assert.equal(firstPageRequests, 1, 'the server’s first page (oldest first) was kept');
    // The reader's tools come once the first comments are drawn.
    const select = await page.waitForFunction(
      () =>
        document
          .querySelector('parley-comments')
          .shadowRoot.querySelector('parley-reading-tools')
          ?.shadowRoot?.querySelector('select')?.value,
      { timeout: 5000 },
    );
    assert.equal(await select.jsonValue(), 'newest');
  } finally {
    await page.close();
  }
});

test('where storage is closed, the adopted section keeps the sort control the server drew, so nothing moves', async () => {
  const page = await browser.newPage();
  try {
    scriptReleased = new Promise((resolve) => (releaseScript = resolve));
    await page.evaluateOnNewDocument(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
    );
    const loaded = page.goto(`${origin}/page`, { waitUntil: 'load' });
    await page.waitForSelector('#after');
    /** How far down the section the first comment starts, and whether a sort control shows. */
    const place = () =>
      page.evaluate(() => {
        const section = document.querySelector('parley-comments');
        const list = [...section.shadowRoot.querySelectorAll('parley-comment-list, div.list')].find((element) =>
          element.checkVisibility(),
        );
        const tools = section.shadowRoot.querySelector('parley-reading-tools, div.tools');
        return {
          top:
            list.shadowRoot.querySelector('article').getBoundingClientRect().top - section.getBoundingClientRect().top,
          sortShown: Boolean(tools?.shadowRoot?.querySelector('select')?.checkVisibility()),
        };
      });
    const before = await place();
    assert.equal(before.sortShown, true);
    releaseScript();
    await loaded;
    await page.waitForFunction(
      () => document.querySelector('parley-comments').shadowRoot.querySelector('parley-comment-form'),
      { timeout: 5000 },
    );
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.deepEqual(await place(), before);
  } finally {
    await page.close();
  }
});

test('dates are written in UTC by the server, and in the reader’s time zone once Parley takes over', async () => {
  /** The first comment's date as shown, and as it reads in UTC and in Tokyo. */
  const firstDate = (page) =>
    page.evaluate(() => {
      const section = document.querySelector('parley-comments');
      const list = [...section.shadowRoot.querySelectorAll('parley-comment-list, div.list')].find((element) =>
        element.checkVisibility(),
      );
      const time = list.shadowRoot.querySelector('article#comment-c1 time');
      const format = (timeZone) =>
        new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
          Date.parse(time.dateTime),
        );
      return {
        text: time.textContent,
        utc: format('UTC'),
        tokyo: format('Asia/Tokyo'),
      };
    });
  const page = await browser.newPage();
  try {
    await page.emulateTimezone('Asia/Tokyo');
    scriptReleased = new Promise((resolve) => (releaseScript = resolve));
    const loaded = page.goto(`${origin}/page`, { waitUntil: 'load' });
    await page.waitForSelector('#after');
    const before = await firstDate(page);
    assert.notEqual(before.utc, before.tokyo);
    assert.equal(before.text, before.utc, 'the server wrote the date in another zone than UTC');
    releaseScript();
    await loaded;
    await page.waitForFunction(
      () => document.querySelector('parley-comments').shadowRoot.querySelector('parley-comment-form'),
      { timeout: 5000 },
    );
    const after = await firstDate(page);
    assert.equal(after.text, after.tokyo, 'the date is not in the reader’s time zone');
  } finally {
    scriptReleased = Promise.resolve();
    await page.close();
  }
});
