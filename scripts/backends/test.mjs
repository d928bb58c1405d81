// `npm run test:backends`: builds dist/parley.js, starts real WordPress and Waline servers, runs the browser tests, stops them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { ensureChrome, ensureModules, root } from '../setup.mjs';

const state = process.env.PARLEY_BACKENDS_DIR ?? join(root, '.backends');
const PAGE_PORT = Number(process.env.PARLEY_PAGE_PORT ?? 8783);

const script = (name, ...args) =>
  execFileSync(join(root, 'scripts/backends', `${name}.sh`), args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

function isRunning(pidfile) {
  try {
    process.kill(Number(readFileSync(pidfile, 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts a backend unless it already runs; returns whether this run started it (and so must stop it). */
function start(name, pidfile) {
  const running = isRunning(join(state, name, pidfile));
  script(name, 'start');
  return !running;
}

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

const sqlText = (value) => `'${String(value).replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

function wordpressBackend() {
  const env = JSON.parse(readFileSync(join(state, 'wordpress/env.json'), 'utf8'));
  const postId = env.posts.open;
  return {
    name: 'WordPress',
    origin: env.url,
    attributes: { adapter: 'wordpress', api: env.api, 'post-id': String(postId) },
    /** The post as a theme prints it, Parley around WordPress's comments and form (wordpress/theme/comments.php). */
    themePage: `${env.url}/parley-open/?${new URLSearchParams({
      parley_test_theme: '1',
      parley_test_script: `http://127.0.0.1:${PAGE_PORT}/parley.js`,
    })}`,
    async seed() {
      script('wordpress', 'sql', `DELETE FROM wp_comments WHERE comment_post_ID = ${postId}`);
      const first = await post(`${env.api}/wp/v2/comments`, {
        post: postId,
        parent: 0,
        author_name: 'Site Owner',
        author_email: 'owner@example.com',
        author_url: '',
        content: 'Welcome to the thread.',
      });
      return first.id;
    },
    /** The next comment posted is stored, then answered only after `seconds` (parley-test-site.php). */
    async slowNextAnswer(seconds) {
      script(
        'wordpress',
        'sql',
        `INSERT INTO wp_options (option_name, option_value, autoload) VALUES ('parley_test_slow_answer', '${Number(seconds)}', 'no')
        ON DUPLICATE KEY UPDATE option_value = '${Number(seconds)}'`,
      );
    },
    /** `<parley-count>` for three posts, and how many approved comments each has in the database. */
    counts: {
      page: countsPage({ adapter: 'wordpress', api: env.api }, 'post-id', Object.values(env.posts).map(String)),
      async truth() {
        const ids = Object.values(env.posts).map(Number);
        const out = script(
          'wordpress',
          'sql',
          `SELECT comment_post_ID, COUNT(*) FROM wp_comments WHERE comment_approved = '1' AND comment_type IN ('comment', '') AND comment_post_ID IN (${ids.join(',')}) GROUP BY comment_post_ID`,
        );
        const counts = Object.fromEntries(ids.map((id) => [String(id), 0]));
        for (const [id, n] of out
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split('\t')))
          counts[id] = Number(n);
        return counts;
      },
    },
    async rows({ content }) {
      const out = script(
        'wordpress',
        'sql',
        `SELECT comment_ID, comment_parent, comment_approved FROM wp_comments WHERE comment_post_ID = ${postId} AND comment_content = ${sqlText(content)}`,
      );
      return out
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [id, parent, approved] = line.split('\t');
          return { id, parent, held: approved === '0' };
        });
    },
  };
}

function walineBackend() {
  const env = JSON.parse(readFileSync(join(state, 'waline/env.json'), 'utf8'));
  const thread = '/integration/';
  return {
    name: 'Waline',
    origin: env.url,
    attributes: { adapter: 'waline', api: env.api, thread },
    async seed() {
      script('waline', 'sql', 'DELETE FROM wl_Comment WHERE url = ?', thread);
      const answer = await post(`${env.api}/api/comment`, {
        url: thread,
        comment: 'Welcome to the thread.',
        nick: 'Site Owner',
        mail: 'owner@example.com',
        link: '',
      });
      if (answer.errno !== 0) throw new Error(`Waline refused the first comment: ${answer.errmsg}`);
      return answer.data.objectId;
    },
    /** The next comment posted is stored, then answered only after `seconds` (server.cjs). */
    async slowNextAnswer(seconds) {
      await fetch(`${env.url}/__parley_test?slow=${Number(seconds)}`);
    },
    /** How many likes Waline counts for a comment (its `like` column). */
    async likes(id) {
      const [row] = JSON.parse(script('waline', 'sql', 'SELECT `like` AS likes FROM wl_Comment WHERE id = ?', id));
      return Number(row?.likes ?? 0);
    },
    /** `<parley-count>` for the thread, one with two comments (a path with a comma), one without any. */
    counts: {
      page: countsPage({ adapter: 'waline', api: env.api }, 'thread', [thread, ...COUNTED_PATHS]),
      async prepare() {
        for (const path of COUNTED_PATHS) script('waline', 'sql', 'DELETE FROM wl_Comment WHERE url = ?', path);
        for (const comment of ['Counted once.', 'Counted twice.']) {
          const answer = await post(`${env.api}/api/comment`, {
            url: COUNTED_PATHS[0],
            comment,
            nick: 'Counter',
            mail: 'count@example.com',
            link: '',
          });
          if (answer.errno !== 0) throw new Error(`Waline refused a comment: ${answer.errmsg}`);
        }
      },
      async truth() {
        const paths = [thread, ...COUNTED_PATHS];
        const rows = JSON.parse(
          script(
            'waline',
            'sql',
            `SELECT url, COUNT(*) AS n FROM wl_Comment WHERE url IN (?, ?, ?) AND status NOT IN ('waiting', 'spam') GROUP BY url`,
            ...paths,
          ),
        );
        const counts = Object.fromEntries(paths.map((path) => [path, 0]));
        for (const { url, n } of rows) counts[url] = Number(n);
        return counts;
      },
    },
    /** Sets TURNSTILE_SECRET on the server, or takes it away (server.cjs). */
    async requireCaptcha(on) {
      await fetch(`${env.url}/__parley_test?captcha=${on ? 1 : 0}`);
    },
    async rows({ content }) {
      const rows = JSON.parse(
        script(
          'waline',
          'sql',
          'SELECT id, pid, rid, status FROM wl_Comment WHERE url = ? AND comment = ?',
          thread,
          content,
        ),
      );
      return rows.map((row) => ({ id: row.id, parent: row.pid, root: row.rid, held: row.status === 'waiting' }));
    },
  };
}

/** Paths of Waline threads only the counts use: one gets two comments, the other none. */
const COUNTED_PATHS = ['/integration/counted,a/', '/integration/never-commented/'];

/** The address of a page with one `<parley-count>` per thread (or post id), loading only dist/parley-count.js. */
const countsPage = (attributes, key, ids) =>
  `http://127.0.0.1:${PAGE_PORT}/counts?${new URLSearchParams({ ...attributes, key, ids: JSON.stringify(ids) })}`;

const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const types = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };

/** Serves dist/ and a page with one section, under a strict Content-Security-Policy with Trusted Types enforced. */
function servePages(connectOrigins) {
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    `connect-src ${connectOrigins.join(' ')}`,
    'img-src http: https: data:',
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html parley-rich-text',
  ].join('; ');
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://page.invalid');
    if (url.pathname === '/page') {
      const attributes = Object.entries(Object.fromEntries(url.searchParams))
        .map(([name, value]) => ` ${name.replace(/[^a-z-]/g, '')}="${escapeHtml(value)}"`)
        .join('');
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parley</title>
<script type="module" src="/parley.js"></script></head><body><main><parley-comments loading="eager"${attributes}></parley-comments></main></body></html>`);
      return;
    }
    if (url.pathname === '/counts') {
      const { key, ids, ...attributes } = Object.fromEntries(url.searchParams);
      const shared = Object.entries(attributes)
        .map(([name, value]) => ` ${name.replace(/[^a-z-]/g, '')}="${escapeHtml(value)}"`)
        .join('');
      const items = JSON.parse(ids)
        .map(
          (id) =>
            `<li><a href="/post/">${escapeHtml(id)}</a> <parley-count${shared} ${key === 'post-id' ? 'post-id' : 'thread'}="${escapeHtml(id)}" href="/post/"></parley-count></li>`,
        )
        .join('');
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Posts</title>
<script type="module" src="/parley-count.js"></script></head><body><main><ul>${items}</ul></main></body></html>`);
      return;
    }
    const file = normalize(join(root, 'dist', url.pathname));
    if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      // WordPress's own pages load the script across origins, as a theme that serves it from elsewhere would.
      'Access-Control-Allow-Origin': '*',
    });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(PAGE_PORT, '127.0.0.1', () => resolve(server)));
}

ensureModules();
const chrome = ensureChrome();
const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const totals = { passed: 0, failed: 0, skipped: 0 };
const started = [];
const backends = [];
let unstarted = 0;
for (const [name, pidfile, make] of [
  ['wordpress', 'php.pid', wordpressBackend],
  ['waline', 'waline.pid', walineBackend],
]) {
  try {
    if (start(name, pidfile)) started.push(name);
    backends.push(make());
  } catch (error) {
    console.log(`${name}: could not be started (${error.message.split('\n')[0]}); its tests are skipped.`);
    unstarted++;
  }
}

let server;
try {
  server = await servePages(backends.map((backend) => backend.origin));
  // Imported once the node modules are sure to be there (puppeteer-core).
  const { runIntegration, testsPerBackend } = await import('../../test/backends/integration/real-backends.mjs');
  totals.skipped += unstarted * testsPerBackend();
  const result = await runIntegration({
    chrome,
    backends,
    pageUrl: (attributes) => `http://127.0.0.1:${PAGE_PORT}/page?${new URLSearchParams(attributes)}`,
  });
  for (const key of Object.keys(totals)) totals[key] += result[key];
} catch (error) {
  console.error(error);
  totals.failed++;
} finally {
  server?.close();
  for (const name of started) script(name, 'stop');
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
