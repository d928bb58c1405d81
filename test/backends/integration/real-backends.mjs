// Drives the built dist/parley.js in headless Chromium against real WordPress and Waline servers, checking their databases.
import puppeteer from 'puppeteer-core';
import { chromeFlags } from '../../../scripts/setup.mjs';

/** Functions the tests call inside the page: finding things through open shadow roots. */
const PAGE_HELPERS = `
  window.parleyDeepAll = (root, selector) => {
    const found = [...root.querySelectorAll(selector)];
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) found.push(...window.parleyDeepAll(element.shadowRoot, selector));
    }
    return found;
  };
  /** Where a <parley-comment> draws itself: its own article, then its replies. */
  window.parleyParts = (host) => [...(host.shadowRoot ?? host).children];
  /** An element of the comment itself, not of its replies. */
  window.parleyOwn = (host, selector) =>
    window.parleyParts(host).find((child) => child.matches('article'))?.querySelector(selector) ?? null;
  window.parleyReplies = (host) => window.parleyParts(host).find((child) => child.matches('[part~="replies"]')) ?? null;
  /** The <parley-comment> whose own body (not a reply's) contains the text. */
  window.parleyCommentWith = (text) =>
    window.parleyDeepAll(document, 'parley-comment').find((host) =>
      (window.parleyOwn(host, '[part~="body"]')?.textContent ?? '').includes(text));
  /** The form a reader would type into: the inline reply form when one is open, else the main one. */
  window.parleyForm = (reply) => {
    const forms = window.parleyDeepAll(document, 'parley-comment-form');
    return reply ? forms.find((form) => form.shadowRoot?.querySelector('[part~="cancel-reply"]')) : forms.find((form) => !form.shadowRoot?.querySelector('[part~="cancel-reply"]'));
  };
  /** A field of that form, once the form is drawn. */
  window.parleyField = (reply, field) => window.parleyForm(reply)?.shadowRoot?.querySelector('#' + field) ?? null;
  /** The like button of the comment whose own body contains the text. */
  window.parleyLikeOf = (text) => window.parleyOwn(window.parleyCommentWith(text), '[part~="like"]');
  window.parleyText = (element) => (element?.textContent ?? '').replace(/\\s+/g, ' ').trim();
`;

/**
 * How long a test waits for what a real server and the browser do: far beyond what they take on a quiet machine
 * (a second or two), so that a busy one, with PHP, MariaDB, Node and Chromium on the same cores, only makes the
 * suite slower.
 */
const PATIENCE_MS = 60_000;

/**
 * Waits until `test` is true in the page. Puppeteer's own waitForFunction builds functions with `new Function`,
 * which the page's Content-Security-Policy rightly forbids; evaluating a function goes through the debugger instead.
 */
async function waitFor(page, what, test, ...args) {
  return waitWithin(PATIENCE_MS, page, what, test, ...args);
}

async function waitWithin(ms, page, what, test, ...args) {
  const end = Date.now() + ms;
  while (!(await page.evaluate(test, ...args))) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How many tests each backend is run through: what a backend that cannot be started skips. */
export const testsPerBackend = () => tests.length;

/**
 * Runs every test against each backend and returns the counts.
 * `backends` gives per backend: the page attributes, `seed()` (resets the thread, posts a first comment and
 * returns its id) and `rows(where)` (the rows of the thread matching a condition, from the backend's own database).
 */
export async function runIntegration({ chrome, pageUrl, backends, log = console.log }) {
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: chromeFlags,
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
      for (const [title, test, needs] of tests) {
        if (needs && !backend[needs]) {
          totals.skipped++;
          log(`  - ${title} (not for ${backend.name})`);
          continue;
        }
        const page = await browser.newPage();
        page.setDefaultTimeout(PATIENCE_MS);
        const problems = [];
        const warnings = [];
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          // Avatars come from the internet, which the test machine may not reach; anything else logged as an error counts.
          if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
            problems.push(`console error: ${message.text()}`);
          if (message.type() === 'warn') warnings.push(message.text());
        });
        const open = async () => {
          await page.goto(pageUrl(backend.attributes), { waitUntil: 'load' });
          await page.evaluate(PAGE_HELPERS);
          await page.evaluate(() => {
            document.addEventListener('securitypolicyviolation', (event) =>
              console.error(`CSP violation: ${event.violatedDirective}`),
            );
          });
        };
        try {
          // A test on the theme's page goes there itself: leaving the section's page while it still draws would
          // count that page's teardown against the test.
          if (needs !== 'themePage') await open();
          await test({ page, open, backend, seededId, warnings, text: (label) => `${label} (${run})` });
          if (problems.length) throw new Error(problems.join('\n    '));
          totals.passed++;
          log(`  ✓ ${title}`);
        } catch (error) {
          totals.failed++;
          log(
            `  ✗ ${title}\n    ${String(error.stack ?? error)
              .split('\n')
              .slice(0, 4)
              .join('\n    ')}`,
          );
          if (process.env.PARLEY_DEBUG)
            log(
              await page.evaluate(() =>
                window
                  .parleyDeepAll?.(document, 'section, form')
                  .map((e) => window.parleyText(e))
                  .join('\n---\n'),
              ),
            );
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
  await waitFor(page, `the comment "${text}"`, (t) => Boolean(window.parleyCommentWith(t)), text);
}

/** Types into a field of the main form (or the open reply form) as a reader does: focus, then keys. */
async function typeInto(page, reply, field, value) {
  // The form is drawn once the comments are, as a reader sees it appear.
  await waitFor(
    page,
    `the ${field} field of the ${reply ? 'reply' : 'main'} form`,
    (r, f) => Boolean(window.parleyField(r, f)),
    reply,
    field,
  );
  const element = (await page.evaluateHandle((r, f) => window.parleyField(r, f), reply, field)).asElement();
  check(element, `no ${field} field in the ${reply ? 'reply' : 'main'} form`);
  await element.click();
  // The form may hold what the reader typed before (a draft, a remembered name): replace it, as a reader would.
  await element.evaluate((field) => field.select());
  await element.type(value);
}

async function submit(page, reply, { content, author, email }) {
  await typeInto(page, reply, 'content', content);
  await typeInto(page, reply, 'author', author);
  await typeInto(page, reply, 'email', email);
  const button = (
    await page.evaluateHandle((r) => window.parleyForm(r)?.shadowRoot?.querySelector('[part~="submit"]'), reply)
  ).asElement();
  check(button, 'no Post Comment button');
  await button.click();
}

async function count(backend, where) {
  return (await backend.rows(where)).length;
}

/** What the form says under its fields (a failure, "Retrying…"), or "" when it says nothing. */
const formStatus = (page) =>
  page.evaluate(() => window.parleyText(window.parleyForm(false)?.shadowRoot?.querySelector('[part~="status"]')));

/** The pending notice of the comment with this text, or "" when it has none. */
const pendingNotice = (page, content) =>
  page.evaluate(
    (t) =>
      window.parleyText(
        window.parleyCommentWith(t) && window.parleyOwn(window.parleyCommentWith(t), '[part~="pending-notice"]'),
      ),
    content,
  );

/**
 * The server stores the comment but answers after the browser's 15 s timeout; the retry meets the server's
 * duplicate check, which the adapter must recognise as its own first attempt. About 20 s each.
 */
async function postWithLostAnswer({ page, backend, content }) {
  await backend.slowNextAnswer(17);
  await submit(page, false, { content, author: 'Patient Reader', email: 'slow@example.com' });
  await waitWithin(
    // The slow answer and the retry, then as long again for a busy machine.
    40_000 + PATIENCE_MS,
    page,
    `the comment "${content}" after the retry`,
    (t) => Boolean(window.parleyCommentWith(t)),
    content,
  );
  const status = await formStatus(page);
  check(status === '', `the form says "${status}"`);
  const rows = await backend.rows({ content });
  check(rows.length === 1, `${rows.length} rows written`);
  return rows[0];
}

/** The visible text of WordPress's own comment list inside the section, or "" when it is not shown. */
const themeComments = (page) =>
  page.evaluate(() => {
    const list = document.querySelector('parley-comments .comment-list');
    return list?.checkVisibility() ? list.innerText.replace(/\s+/g, ' ').trim() : '';
  });

/**
 * Asks the server itself to change and to delete a comment as an anonymous reader would (no login, no cookie), by its
 * own API: WordPress's `POST`/`DELETE /wp/v2/comments/{id}`, Waline's `PUT`/`DELETE /api/comment/{id}`. The statuses.
 */
async function anonymousChanges(backend, id) {
  const { adapter, api } = backend.attributes;
  const path = adapter === 'wordpress' ? `${api}/wp/v2/comments/${id}` : `${api}/api/comment/${id}`;
  const body = JSON.stringify(adapter === 'wordpress' ? { content: 'Changed.' } : { comment: 'Changed.' });
  const headers = { 'Content-Type': 'application/json' };
  const edit = await fetch(path, { method: adapter === 'wordpress' ? 'POST' : 'PUT', headers, body });
  const remove = await fetch(path, { method: 'DELETE' });
  return [edit.status, remove.status];
}

/** Each test starts on a freshly loaded page of the thread; comments from earlier tests are on the server. */
const tests = [
  [
    'loads the thread: the first comment with its author, and the count',
    async ({ page }) => {
      await waitForComment(page, 'Welcome to the thread');
      const author = await page.evaluate(() =>
        window.parleyText(window.parleyOwn(window.parleyCommentWith('Welcome to the thread'), '[part~="author"]')),
      );
      check(author === 'Site Owner', `author shown as "${author}"`);
      const heading = await page.evaluate(() =>
        window.parleyText(window.parleyDeepAll(document, '[part~="count"]')[0]),
      );
      check(heading === '1 comment', `heading shows "${heading}"`);
    },
  ],
  [
    'posts a comment: it appears in the thread, and the database holds exactly one row of it',
    async ({ page, backend, text }) => {
      const content = text('A comment from the browser');
      await submit(page, false, { content, author: 'Browser Reader', email: 'reader@example.com' });
      await waitForComment(page, content);
      const pending = await page.evaluate(
        (t) => Boolean(window.parleyOwn(window.parleyCommentWith(t), '[part~="pending-notice"]')),
        content,
      );
      check(!pending, 'an approved comment is marked as awaiting moderation');
      const rows = await count(backend, { content });
      check(rows === 1, `${rows} rows written`);
    },
  ],
  [
    'posts a reply and a reply to the reply, each under the comment replied to',
    async ({ page, backend, text, seededId }) => {
      await waitForComment(page, 'Welcome to the thread');
      const replyButton = (
        await page.evaluateHandle(() =>
          window.parleyOwn(window.parleyCommentWith('Welcome to the thread'), '[part~="reply-button"]'),
        )
      ).asElement();
      await replyButton.click();
      await waitFor(page, 'the reply form', () => Boolean(window.parleyForm(true)));
      const reply = text('A reply from the browser');
      await submit(page, true, { content: reply, author: 'Replier', email: 'replier@example.com' });
      await waitFor(
        page,
        'the reply under the first comment',
        (t) =>
          Boolean(window.parleyReplies(window.parleyCommentWith('Welcome to the thread'))?.textContent?.includes(t)),
        reply,
      );
      const [replyRow] = await backend.rows({ content: reply });
      check(replyRow, 'the reply is not in the database');
      check(String(replyRow.parent) === String(seededId), `reply stored under ${replyRow.parent}, not ${seededId}`);

      const nestedButton = (
        await page.evaluateHandle((t) => window.parleyOwn(window.parleyCommentWith(t), '[part~="reply-button"]'), reply)
      ).asElement();
      await nestedButton.click();
      await waitFor(page, 'the reply form under the reply', () => Boolean(window.parleyForm(true)));
      const nested = text('A reply to the reply');
      await submit(page, true, { content: nested, author: 'Second Replier', email: 'second@example.com' });
      await waitFor(
        page,
        'the reply to the reply under the reply',
        (r, t) => Boolean(window.parleyReplies(window.parleyCommentWith(r))?.textContent?.includes(t)),
        reply,
        nested,
      );
      const nestedRows = await backend.rows({ content: nested });
      check(nestedRows.length === 1, `${nestedRows.length} rows for the reply to the reply`);
      check(
        String(nestedRows[0].parent) === String(replyRow.id),
        `reply to the reply stored under ${nestedRows[0].parent}`,
      );
      if ('root' in nestedRows[0])
        check(String(nestedRows[0].root) === String(seededId), `its thread root is ${nestedRows[0].root}`);

      await page.reload({ waitUntil: 'load' });
      await page.evaluate(PAGE_HELPERS);
      await waitFor(
        page,
        'the reply to the reply after a reload',
        (r, t) =>
          Boolean(
            window.parleyCommentWith(r) && window.parleyReplies(window.parleyCommentWith(r))?.textContent?.includes(t),
          ),
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
        page.evaluate(
          (t) =>
            window.parleyText(
              window.parleyCommentWith(t) && window.parleyOwn(window.parleyCommentWith(t), '[part~="pending-notice"]'),
            ),
          content,
        );
      check((await notice()) === 'Your comment is awaiting moderation.', `notice reads "${await notice()}"`);
      const rows = await backend.rows({ content });
      check(rows.length === 1 && rows[0].held, `${rows.length} rows, held: ${rows[0]?.held}`);

      await page.reload({ waitUntil: 'load' });
      await page.evaluate(PAGE_HELPERS);
      await waitFor(page, 'the held comment after a reload', (t) => Boolean(window.parleyCommentWith(t)), content);
      check(
        (await notice()) === 'Your comment is awaiting moderation.',
        'after a reload the held comment is not marked as awaiting moderation',
      );
    },
  ],
  [
    'explains a comment the server refuses, keeps the text, and writes nothing',
    async ({ page, backend, text }) => {
      const content = text('A comment from the browser');
      await waitForComment(page, content);
      await submit(page, false, { content, author: 'Browser Reader', email: 'reader@example.com' });
      await waitFor(page, 'a message about the duplicate', () =>
        /duplicate/i.test(window.parleyText(window.parleyForm(false).shadowRoot.querySelector('form'))),
      );
      const kept = await page.evaluate(() => window.parleyForm(false).shadowRoot.querySelector('#content').value);
      check(kept === content, `the comment field holds "${kept}"`);
      const rows = await count(backend, { content });
      check(rows === 1, `${rows} rows after the refused duplicate`);
    },
  ],
  [
    'a post stored but answered too late is shown as posted, not refused as a duplicate of itself',
    async ({ page, backend, text }) => {
      const content = text('Stored before the browser gave up');
      const row = await postWithLostAnswer({ page, backend, content });
      check(!row.held, 'the comment is held');
      const notice = await pendingNotice(page, content);
      check(notice === '', `a published comment is marked "${notice}"`);
    },
    'slowNextAnswer',
  ],
  [
    'a held post answered too late is shown to its author as awaiting moderation, also after a reload',
    async ({ page, backend, text }) => {
      const content = text('Held, and answered too late: parley-hold');
      const row = await postWithLostAnswer({ page, backend, content });
      check(row.held, 'the comment was not held');
      check(
        (await pendingNotice(page, content)) === 'Your comment is awaiting moderation.',
        `notice reads "${await pendingNotice(page, content)}"`,
      );
      await page.reload({ waitUntil: 'load' });
      await page.evaluate(PAGE_HELPERS);
      await waitForComment(page, content);
      check(
        (await pendingNotice(page, content)) === 'Your comment is awaiting moderation.',
        'after a reload it is not marked as awaiting moderation',
      );
    },
    'slowNextAnswer',
  ],
  [
    'a server that requires a captcha: the reader is told so, the site owner gets a hint, nothing is written',
    async ({ page, backend, text, warnings }) => {
      const content = text('Posted to a captcha-protected server');
      await waitForComment(page, 'Welcome to the thread');
      await backend.requireCaptcha(true);
      try {
        await submit(page, false, { content, author: 'Browser Reader', email: 'reader@example.com' });
        await waitFor(page, 'a message about the captcha', () =>
          /captcha/i.test(window.parleyText(window.parleyForm(false).shadowRoot.querySelector('form'))),
        );
      } finally {
        await backend.requireCaptcha(false);
      }
      const status = await formStatus(page);
      check(/not posted/.test(status), `the form says "${status}"`);
      check(
        warnings.some((warning) => warning.includes('TURNSTILE_SECRET')),
        `console warnings: ${JSON.stringify(warnings)}`,
      );
      const rows = await count(backend, { content });
      check(rows === 0, `${rows} rows written`);
    },
    'requireCaptcha',
  ],
  [
    'without JavaScript, the theme shows the comments in the section, and its form posts to wp-comments-post.php',
    async ({ page, backend, text }) => {
      await page.setJavaScriptEnabled(false);
      await page.goto(backend.themePage, { waitUntil: 'load' });
      await page.evaluate(PAGE_HELPERS);
      const shown = await themeComments(page);
      check(shown.includes('Welcome to the thread.'), `the theme's comments read "${shown}"`);
      check(
        await page.evaluate(() => document.querySelector('parley-comments #commentform')?.checkVisibility()),
        'the reply form is not shown',
      );
      const content = text('Posted without JavaScript');
      await page.type('#commentform #comment', content);
      await page.type('#commentform #author', 'Reader Without Scripts');
      await page.type('#commentform #email', 'noscript@example.com');
      const action = await page.evaluate(() => document.querySelector('#commentform').action);
      check(action.endsWith('/wp-comments-post.php'), `the form posts to ${action}`);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#commentform [type=submit]')]);
      const rows = await backend.rows({ content });
      check(rows.length === 1 && !rows[0].held, `${rows.length} rows written, held: ${rows[0]?.held}`);
      await page.evaluate(PAGE_HELPERS);
      const after = await themeComments(page);
      check(after.includes(content), `after posting, the theme's comments read "${after}"`);
    },
    'themePage',
  ],
  [
    'with JavaScript, Parley takes the theme’s comments over in place: its own thread, from the REST API',
    async ({ page, backend }) => {
      await page.goto(backend.themePage, { waitUntil: 'load' });
      await page.evaluate(PAGE_HELPERS);
      await waitForComment(page, 'Welcome to the thread');
      const heading = await page.evaluate(() =>
        window.parleyText(window.parleyDeepAll(document, '[part~="count"]')[0]),
      );
      check(/^\d+ comments?$/.test(heading), `heading shows "${heading}"`);
      const left = await themeComments(page);
      check(left === '', `the theme's comments still show: "${left}"`);
      await waitFor(page, 'Parley’s form', () => Boolean(window.parleyField(false, 'content')));
      check(
        !(await page.evaluate(() => document.querySelector('#commentform').checkVisibility())),
        'the theme’s form still shows beside Parley’s',
      );
    },
    'themePage',
  ],
  [
    'likes a comment and takes the like back: the button says so at once, and the server counts it',
    async ({ page, backend, seededId }) => {
      await waitForComment(page, 'Welcome to the thread');
      await waitFor(page, 'the like button', () => Boolean(window.parleyLikeOf('Welcome to the thread')));
      const state = () =>
        page.evaluate(() => {
          const button = window.parleyLikeOf('Welcome to the thread');
          return {
            hidden: button.hidden,
            pressed: button.getAttribute('aria-pressed'),
            text: window.parleyText(button),
          };
        });
      const press = async (pressed) => {
        await page.evaluate(() => window.parleyLikeOf('Welcome to the thread').click());
        await waitFor(
          page,
          `the like ${pressed ? 'counted' : 'taken back'}`,
          (pressed) => {
            const button = window.parleyLikeOf('Welcome to the thread');
            return !button.hasAttribute('aria-busy') && button.getAttribute('aria-pressed') === String(pressed);
          },
          pressed,
        );
        return state();
      };
      const before = await state();
      check(!before.hidden && before.pressed === 'false', `the button reads ${JSON.stringify(before)}`);
      check(/Like 0$/.test(before.text), `the button reads "${before.text}"`);
      const liked = await press(true);
      check(/Like 1$/.test(liked.text), `after a like the button reads "${liked.text}"`);
      const counted = await backend.likes(seededId);
      check(counted === 1, `the server counts ${counted} likes`);
      const undone = await press(false);
      check(/Like 0$/.test(undone.text), `after taking it back the button reads "${undone.text}"`);
      const left = await backend.likes(seededId);
      check(left === 0, `the server counts ${left} likes`);
    },
    'likes',
  ],
  [
    '<parley-count> from dist/parley-count.js: each thread\u2019s count as the database has it, all in one request, and no code of the section loaded',
    async ({ page, backend }) => {
      await backend.counts.prepare?.();
      const expected = await backend.counts.truth();
      // Requests of the section's page, opened before this test, are left behind.
      await page.goto('about:blank');
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(backend.counts.page, { waitUntil: 'load' });
      await waitFor(page, 'every count', () =>
        [...document.querySelectorAll('parley-count')].every((count) =>
          count.shadowRoot?.querySelector('[part=count]'),
        ),
      );
      const shown = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('parley-count')].map((count) => [
            count.getAttribute('post-id') ?? count.getAttribute('thread'),
            count.shadowRoot.querySelector('[part=count]').textContent,
          ]),
        ),
      );
      const words = (n) => (n === 0 ? 'No comments yet' : n === 1 ? '1 comment' : `${n} comments`);
      const wanted = Object.fromEntries(Object.entries(expected).map(([id, n]) => [id, words(n)]));
      check(
        JSON.stringify(shown) === JSON.stringify(wanted),
        `shown ${JSON.stringify(shown)}, the database has ${JSON.stringify(wanted)}`,
      );
      check(
        Object.values(expected).some((n) => n > 1),
        `no thread with two comments or more: ${JSON.stringify(expected)}`,
      );
      const asked = requests.filter((url) => url.startsWith(backend.origin));
      check(asked.length === 1, `${asked.length} requests to the backend:\n      ${asked.join('\n      ')}`);
      const scripts = requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname.slice(1));
      const ours = /^(parley-count|count-core-[a-z0-9]+|(rest|wordpress|waline)-count-[a-z0-9]+)\.js$/;
      check(
        scripts.every((file) => ours.test(file)),
        `scripts loaded: ${scripts.join(', ')}`,
      );
    },
    'counts',
  ],
  [
    'a comment written in Markdown shows formatted as the server keeps it (WordPress: its allowed HTML; Waline: its own rendering), also after a reload',
    async ({ page, open, text }) => {
      const marker = text('Written in Markdown');
      await waitFor(page, 'Write and Preview', () =>
        Boolean(window.parleyForm(false)?.shadowRoot?.querySelector('[part~="format"]')),
      );
      await submit(page, false, {
        content: `Some **loud** words and *soft* ones. ${marker}`,
        author: 'Markdown Reader',
        email: 'markdown@example.com',
      });
      const formatted = () =>
        page.evaluate((t) => {
          const body = window.parleyOwn(window.parleyCommentWith(t), '[part~="body"]');
          return {
            strong: window.parleyText(body?.querySelector('strong')),
            em: window.parleyText(body?.querySelector('em')),
            text: window.parleyText(body),
          };
        }, marker);
      await waitForComment(page, marker);
      const shown = await formatted();
      check(shown.strong === 'loud' && shown.em === 'soft', `the comment reads ${JSON.stringify(shown)}`);
      await open();
      await waitForComment(page, marker);
      const listed = await formatted();
      check(
        listed.strong === 'loud' && listed.em === 'soft',
        `after a reload the comment reads ${JSON.stringify(listed)}`,
      );
    },
  ],
  [
    'shows only the controls its server supports: no "Notify me…" box (neither mails on request), like buttons only where it counts likes',
    async ({ page, backend }) => {
      await waitForComment(page, 'Welcome to the thread');
      // The options come with the form: once Write / Preview shows, the checkbox would have too.
      await waitFor(page, 'the form options', () =>
        Boolean(window.parleyForm(false)?.shadowRoot?.querySelector('[part~="format"]')),
      );
      const notify = await page.evaluate(() => Boolean(window.parleyForm(false).shadowRoot.querySelector('#notify')));
      check(!notify, 'a "Notify me…" box is offered');
      if (backend.likes) return;
      // A backend without likes: give the like chunk time to arrive, had it been asked for.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const likes = await page.evaluate(
        () => window.parleyDeepAll(document, '[part~="like"]').filter((button) => button.checkVisibility()).length,
      );
      check(likes === 0, `${likes} like buttons shown`);
    },
  ],
  [
    'sorts the thread: Newest lists the latest top-level comment first, and the server agrees',
    async ({ page }) => {
      await waitForComment(page, 'Welcome to the thread');
      const select = await waitFor(page, 'the sort control', () =>
        Boolean(window.parleyDeepAll(document, '[part~="sort-select"]')[0]),
      ).then(() => page.evaluateHandle(() => window.parleyDeepAll(document, '[part~="sort-select"]')[0]));
      const topLevelTimes = () =>
        page.evaluate(() =>
          window
            .parleyDeepAll(document, '[part~="list"] > li > parley-comment')
            // The reader's own held comments are shown to them first, whatever the order: the server's are compared.
            .filter((host) => !window.parleyOwn(host, '[part~="pending-notice"]'))
            .map((host) => window.parleyOwn(host, 'time')?.getAttribute('datetime')),
        );
      try {
        await select.select('newest');
        await waitFor(
          page,
          'the newest first',
          () =>
            window.parleyCommentWith('Welcome to the thread') !==
            window.parleyDeepAll(document, '[part~="list"] > li > parley-comment')[0],
        );
        const times = (await topLevelTimes()).map((time) => Date.parse(time));
        check(times.length > 1, `${times.length} top-level comments`);
        check(
          times.every((time, index) => index === 0 || time <= times[index - 1]),
          `top-level comments in this order of time: ${times.map((time) => new Date(time).toISOString()).join(', ')}`,
        );
      } finally {
        await page.evaluate(() => localStorage.removeItem('parley:order'));
      }
    },
  ],
  [
    'sorts the thread by likes: Top lists the most liked top-level comment first, as the server counts them',
    async ({ page, backend, text }) => {
      // A comment of its own, at the end of the thread in time: liked once, it is the only comment with a like.
      const content = text('Liked the most');
      await submit(page, false, { content, author: 'Browser Reader', email: 'reader@example.com' });
      await waitForComment(page, content);
      // Liked from a fresh page, where it is a published comment of the server's like any other.
      await page.goto(page.url(), { waitUntil: 'load' });
      await page.evaluate(PAGE_HELPERS);
      await waitForComment(page, content);
      await waitFor(page, 'its like button', (content) => Boolean(window.parleyLikeOf(content)), content);
      await page.evaluate((content) => window.parleyLikeOf(content).click(), content);
      await waitFor(
        page,
        'the like counted',
        (content) => window.parleyLikeOf(content).getAttribute('aria-pressed') === 'true',
        content,
      );
      const id = await page.evaluate(
        (content) =>
          window
            .parleyParts(window.parleyCommentWith(content))
            .find((child) => child.matches('article'))
            .id.replace(/^comment-/, ''),
        content,
      );
      const likes = await backend.likes(id);
      check(likes === 1, `the server counts ${likes} likes on it`);
      const firstTopLevel = () =>
        page.evaluate(() => {
          const [first] = window.parleyDeepAll(document, '[part~="list"] > li > parley-comment');
          return window.parleyText(window.parleyOwn(first, '[part~="body"]'));
        });
      check((await firstTopLevel()) !== content, 'it is first already, oldest first');
      try {
        await waitFor(page, 'Top in the sort control', () =>
          Boolean(window.parleyDeepAll(document, '[part~="sort-select"] option[value="top"]')[0]),
        );
        const select = await page.evaluateHandle(() => window.parleyDeepAll(document, '[part~="sort-select"]')[0]);
        await select.select('top');
        await waitFor(
          page,
          'the liked comment first',
          (content) =>
            window.parleyCommentWith(content) ===
            window.parleyDeepAll(document, '[part~="list"] > li > parley-comment')[0],
          content,
        );
      } finally {
        await page.evaluate(() => localStorage.removeItem('parley:order'));
      }
    },
    'likes',
  ],
  [
    "a reader's own comment offers no Edit or Delete: the server lets no anonymous reader change it",
    async ({ page, backend, text }) => {
      const content = text('Mine, and not to be changed');
      await submit(page, false, { content, author: 'Browser Reader', email: 'reader@example.com' });
      await waitForComment(page, content);
      // Time enough for any editing code to arrive and draw.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const buttons = await page.evaluate(
        () => window.parleyDeepAll(document, '[part~="edit-button"], [part~="delete-button"]').length,
      );
      check(buttons === 0, `${buttons} Edit or Delete buttons shown`);
      const kept = await page.evaluate(() => localStorage.getItem('parley:editable'));
      check(kept === null, `the browser keeps an edit token: ${kept}`);
      const [row] = await backend.rows({ content });
      check(row, 'the comment is not in the database');
      const statuses = await anonymousChanges(backend, row.id);
      check(
        statuses.every((status) => status === 401 || status === 403),
        `an anonymous edit and delete were answered ${statuses.join(' and ')}, not 401 or 403`,
      );
      const after = await count(backend, { content });
      check(after === 1, `${after} rows of the comment after the anonymous attempts`);
    },
  ],
];
