// Test-runner middleware for the script-URL pages: the built bundle under the URLs real sites give it (a `?ver=` query,
// a hash, a deep folder, twice on one page), each page with its own small REST backend.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { answerRest } from '../rest-page.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** The `src` of each page's script tags, relative to the page. */
export const scriptUrlCases = {
  query: ['parley/parley.js?ver=0.1.0'],
  hash: ['parley/parley.js#x'],
  nested: ['assets/js/vendor/parley/parley.js'],
  'nested-query': ['wp-content/plugins/parley/dist/parley.js?ver=0.1.0'],
  twice: ['parley/parley.js', 'parley/parley.js?ver=0.1.0'],
};

const threads = new Map();
const commentsOf = (name) => {
  if (!threads.has(name)) {
    threads.set(name, [
      {
        id: `${name}1`,
        parentId: null,
        author: 'Host',
        url: null,
        avatar: null,
        content: `First comment on ${name}`,
        createdAt: '2026-11-01T09:00:00Z',
        status: 'approved',
      },
    ]);
  }
  return threads.get(name);
};

const page = (name) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Parley loaded as ${scriptUrlCases[name].join(' and ')}</title>
    <script src="/script-url/watch-errors.js"></script>
    ${scriptUrlCases[name].map((src) => `<script type="module" src="./${src}"></script>`).join('\n    ')}
    <script type="module" src="/script-url/page.js"></script>
  </head>
  <body>
    <parley-comments api="./api" thread="/${name}" loading="eager"></parley-comments>
  </body>
</html>
`;

/** Answers everything under /script-url/: /script-url/NAME/ is the page of a case, any file of dist/ is found in any folder below it. */
export function scriptUrlPages() {
  return async (context, next) => {
    if (!context.path.startsWith('/script-url/')) return next();
    const path = context.path.slice('/script-url/'.length);
    const [name, ...rest] = path.split('/');
    const file = rest.at(-1);
    if (['page.js', 'watch-errors.js', 'reader-page.js'].includes(path)) {
      context.type = 'text/javascript';
      context.body = readFileSync(path === 'reader-page.js' ? `${here}../reader-page.js` : here + path);
    } else if (!(name in scriptUrlCases)) {
      context.status = 404;
    } else if (rest.join('/') === '') {
      context.type = 'text/html';
      context.body = page(name);
    } else if (await answerRest(context, rest.join('/'), commentsOf(name), name)) {
      // The case's own backend answered.
    } else if (rest.length > 1 && /^[\w.-]+\.js$/.test(file) && existsSync(dist + file)) {
      context.type = 'text/javascript';
      context.body = readFileSync(dist + file);
    } else {
      context.status = 404;
    }
  };
}
