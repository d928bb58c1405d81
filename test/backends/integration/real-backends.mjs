// Drives the built dist/parley.js in headless Chromium against real WordPress and Waline servers, checking their databases.
import puppeteer from 'puppeteer-core';

/** Functions the tests call inside the page: finding things through open shadow roots. */
const PAGE_HELPERS = `
  window.parleyDeepAll = (root, selector) => {
    const found = [...root.querySelectorAll(selector)];
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) found.push(...window.parleyDeepAll(element.shadowRoot, selector));
    }
    return found;
  };
  /** The <parley-comment> whose own body (not a reply's) contains the text. */
  window.parleyCommentWith = (text) =>
    window.parleyDeepAll(document, 'parley-comment').find((host) =>
      (host.shadowRoot?.querySelector('article > [part~="body"]')?.textContent ?? '').includes(text));
  /** The form a reader would type into: the inline reply form when one is open, else the main one. */
  window.parleyForm = (reply) => {
    const forms = window.parleyDeepAll(document, 'parley-comment-form');
    return reply ? forms.find((form) => form.shadowRoot?.querySelector('[part~="cancel-reply"]')) : forms.find((form) => !form.shadowRoot?.querySelector('[part~="cancel-reply"]'));
  };
  window.parleyText = (element) => (element?.textContent ?? '').replace(/\\s+/g, ' ').trim();
`;

const WAIT = { timeout: 15_000, polling: 50 };

/**
 * Runs every test against each backend and returns the counts.
 * `backends` gives per backend: the page attributes, `seed()` (resets the thread, posts a first comment and
 * returns its id) and `rows(where)` (the rows of the thread matching a condition, from the backend's own database).
 */
export async function runIntegration({ chrome, pageUrl, backends, log = console.log }) {
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  const totals = { passed: 0, failed: 0, skipped: 0 };
  try {
    for (const backend of backends) {
      log(`\n${backend.name}`);
      const run = Date.now().toString(36);
      let seededId;
      try {
        seededId = await backend.seed();
      } catch (error) {
        log(`  ✗ could not prepare the thread: ${error.message}`);
        totals.failed++;
        continue;
      }
      for (const [title, test] of tests) {
        const page = await browser.newPage();
        const problems = [];
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
        });
        const open = async () => {
          await page.goto(pageUrl(backend.attributes), { waitUntil: 'load' });
          await page.evaluate(PAGE_HELPERS);
          await page.evaluate(() => {
            document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
          });
        };
        try {
          await open();
          await test({ page, open, backend, seededId, text: (label) => `${label} (${run})` });
          if (problems.length) throw new Error(problems.join('\n    '));
          totals.passed++;
          log(`  ✓ ${title}`);
        } catch (error) {
          totals.failed++;
          log(`  ✗ ${title}\n    ${String(error.stack ?? error).split('\n').slice(0, 4).join('\n    ')}`);
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return totals;
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function waitForComment(page, text) {
  await page.waitForFunction((t) => Boolean(window.parleyCommentWith(t)), WAIT, text);
}

/** Types into a field of the main form (or the open reply form) as a reader does: focus, then keys. */
async function typeInto(page, reply, field, value) {
  const handle = await page.evaluateHandle((r, f) => window.parleyForm(r)?.shadowRoot?.querySelector(`#${f}`), reply, field);
  const element = handle.asElement();
  check(element, `no ${field} field in the ${reply ? 'reply' : 'main'} form`);
  await element.click();
  await element.type(value);
}

async function submit(page, reply, { content, author, email }) {
  await typeInto(page, reply, 'content', content);
  await typeInto(page, reply, 'author', author);
  await typeInto(page, reply, 'email', email);
  const button = (await page.evaluateHandle((r) => window.parleyForm(r)?.shadowRoot?.querySelector('[part~="submit"]'), reply)).asElement();
  check(button, 'no Post Comment button');
  await button.click();
}

async function count(backend, where) {
  return (await backend.rows(where)).length;
}

/** Each test starts on a freshly loaded page of the thread; comments from earlier tests are on the server. */
const tests = [
  [
    'loads the thread: the first comment with its author, and the count',
    async ({ page }) => {
      await waitForComment(page, 'Welcome to the thread');
      const author = await page.evaluate(() => window.parleyText(window.parleyCommentWith('Welcome to the thread').shadowRoot.querySelector('[part~="author"]')));
      check(author === 'Site Owner', `author shown as "${author}"`);
      const heading = await page.evaluate(() => window.parleyText(window.parleyDeepAll(document, '[part~="count"]')[0]));
      check(heading === '1 comment', `heading shows "${heading}"`);
    },
  ],
  [
    'posts a comment: it appears in the thread, and the database holds exactly one row of it',
    async ({ page, backend, text }) => {
      const content = text('A comment from the browser');
      await submit(page, false, { content, author: 'Browser Reader', email: 'reader@example.com' });
      await waitForComment(page, content);
      const pending = await page.evaluate((t) => Boolean(window.parleyCommentWith(t).shadowRoot.querySelector('[part~="pending-notice"]')), content);
      check(!pending, 'an approved comment is marked as awaiting moderation');
      const rows = await count(backend, { content });
      check(rows === 1, `${rows} rows written`);
    },
  ],
  [
    'posts a reply and a reply to the reply, each under the comment replied to',
    async ({ page, backend, text, seededId }) => {
      await waitForComment(page, 'Welcome to the thread');
      const replyButton = (await page.evaluateHandle(() => window.parleyCommentWith('Welcome to the thread').shadowRoot.querySelector('[part~="reply-button"]'))).asElement();
      await replyButton.click();
      await page.waitForFunction(() => Boolean(window.parleyForm(true)), WAIT);
      const reply = text('A reply from the browser');
      await submit(page, true, { content: reply, author: 'Replier', email: 'replier@example.com' });
      await page.waitForFunction(
        (t) => Boolean(window.parleyCommentWith('Welcome to the thread').shadowRoot.querySelector('[part~="replies"]')?.textContent?.includes(t)),
        WAIT,
        reply,
      );
      const [replyRow] = await backend.rows({ content: reply });
      check(replyRow, 'the reply is not in the database');
      check(String(replyRow.parent) === String(seededId), `reply stored under ${replyRow.parent}, not ${seededId}`);

      const nestedButton = (await page.evaluateHandle((t) => window.parleyCommentWith(t).shadowRoot.querySelector('[part~="reply-button"]'), reply)).asElement();
      await nestedButton.click();
      await page.waitForFunction(() => Boolean(window.parleyForm(true)), WAIT);
      const nested = text('A reply to the reply');
      await submit(page, true, { content: nested, author: 'Second Replier', email: 'second@example.com' });
      await page.waitForFunction(
        (r, t) => Boolean(window.parleyCommentWith(r).shadowRoot.querySelector('[part~="replies"]')?.textContent?.includes(t)),
        WAIT,
        reply,
        nested,
      );
      const nestedRows = await backend.rows({ content: nested });
      check(nestedRows.length === 1, `${nestedRows.length} rows for the reply to the reply`);
      check(String(nestedRows[0].parent) === String(replyRow.id), `reply to the reply stored under ${nestedRows[0].parent}`);
      if ('root' in nestedRows[0]) check(String(nestedRows[0].root) === String(seededId), `its thread root is ${nestedRows[0].root}`);

      await page.reload({ waitUntil: 'load' });
      await page.evaluate(PAGE_HELPERS);
      await page.waitForFunction(
        (r, t) => Boolean(window.parleyCommentWith(r)?.shadowRoot.querySelector('[part~="replies"]')?.textContent?.includes(t)),
        WAIT,
        reply,
        nested,
      );
    },
  ],
  [
    'shows a held comment to its author as awaiting moderation, also after a reload',
    async ({ page, backend, text }) => {
      const content = text('Please hold this one: parley-hold');
      await submit(page, false, { content, author: 'Patient Reader', email: 'patient@example.com' });
      await waitForComment(page, content);
      const notice = async () =>
        page.evaluate((t) => window.parleyText(window.parleyCommentWith(t)?.shadowRoot.querySelector('[part~="pending-notice"]')), content);
      check((await notice()) === 'Your comment is awaiting moderation.', `notice reads "${await notice()}"`);
      const rows = await backend.rows({ content });
      check(rows.length === 1 && rows[0].held, `${rows.length} rows, held: ${rows[0]?.held}`);

      await page.reload({ waitUntil: 'load' });
      await page.evaluate(PAGE_HELPERS);
      await waitForComment(page, content);
      check((await notice()) === 'Your comment is awaiting moderation.', 'after a reload the held comment is not marked as awaiting moderation');
    },
  ],
  [
    'explains a comment the server refuses, keeps the text, and writes nothing',
    async ({ page, backend, text }) => {
      const content = text('A comment from the browser');
      await waitForComment(page, content);
      await submit(page, false, { content, author: 'Browser Reader', email: 'reader@example.com' });
      await page.waitForFunction(
        () => /duplicate/i.test(window.parleyText(window.parleyForm(false).shadowRoot.querySelector('form'))),
        WAIT,
      );
      const kept = await page.evaluate(() => window.parleyForm(false).shadowRoot.querySelector('#content').value);
      check(kept === content, `the comment field holds "${kept}"`);
      const rows = await count(backend, { content });
      check(rows === 1, `${rows} rows after the refused duplicate`);
    },
  ],
];
