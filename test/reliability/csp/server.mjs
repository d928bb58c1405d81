// Test-runner middleware for the strict-CSP pages: each page with its policy header, the built bundle under a folder of its own, and small backends.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerRest } from '../rest-page.mjs';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The WordPress pages run under Trusted Types with named policies: one page allows both of Parley's names,
 * the other Lit's only, so the policy for HTML bodies is refused.
 */
const WORDPRESS_POLICIES = {
  named: `${STRICT}; trusted-types lit-html parley-rich-text`,
  refused: `${STRICT}; trusted-types lit-html`,
};

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));
const wordpressRecording = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/backends/wordpress.json', import.meta.url)), 'utf8'),
);

const comments = [
  {
    id: 'csp1',
    parentId: null,
    author: 'Policy',
    url: 'https://example.com',
    avatar: null,
    content: 'Rendered without inline code',
    createdAt: '2026-11-01T09:00:00Z',
    status: 'approved',
  },
];

/** Serves the built bundle at `parley/` and the page's own files; false for any other path. */
function serveFile(context, path, files) {
  if (path.startsWith('parley/') && /^[\w.-]+\.js$/.test(path.slice(7))) {
    context.type = 'text/javascript';
    context.body = readFileSync(dist + path.slice(7));
    return true;
  }
  if (path === 'reader-page.js') {
    context.type = 'text/javascript';
    context.body = readFileSync(`${here}../reader-page.js`);
    return true;
  }
  if (!files.includes(path)) return false;
  context.type = path.endsWith('.html') ? 'text/html' : 'text/javascript';
  context.body = readFileSync(here + path);
  return true;
}

/** The REST page posts under a strict policy. */
async function restPage(context, path) {
  if (await answerRest(context, path, comments, 'csp')) return true;
  return serveFile(context, path, ['index.html', 'page.js', 'watch-violations.js']);
}

/** The WordPress pages show the recorded thread of a real WordPress: HTML bodies, names with entities. */
function wordpressPage(context, path) {
  if (path === 'wp-json/wp/v2/comments' && context.method === 'GET') {
    const { response } = wordpressRecording.exchanges['list-all-oldest'];
    context.set('X-WP-Total', response.headers['x-wp-total']);
    context.set('X-WP-TotalPages', response.headers['x-wp-totalpages']);
    // Without the avatars: the page's policy allows no image from another origin, and the test asks none.
    const listed = JSON.parse(response.body).map(({ author_avatar_urls: _avatars, ...comment }) => comment);
    context.body = listed;
    return true;
  }
  return serveFile(context, path, ['wordpress.html', 'wordpress-page.js', 'watch-violations.js']);
}

/** Answers everything under /csp/ (the REST page) and /csp-wordpress/{named,refused}/. */
export function cspPage() {
  return async (context, next) => {
    let served;
    if (context.path.startsWith('/csp/')) {
      context.set('Content-Security-Policy', STRICT);
      served = await restPage(context, context.path.slice('/csp/'.length));
    } else {
      const [, variant, path] = /^\/csp-wordpress\/(\w+)\/(.*)$/.exec(context.path) ?? [];
      if (!Object.hasOwn(WORDPRESS_POLICIES, variant ?? '')) return next();
      context.set('Content-Security-Policy', WORDPRESS_POLICIES[variant]);
      served = wordpressPage(context, path);
    }
    if (!served) context.status = 404;
  };
}
