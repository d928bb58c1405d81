// The benchmark's local server: the bundles under test, their pages, and a mock Parley REST backend, on 127.0.0.1 only.
// @ts-check
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateThread } from './thread.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @typedef {object} BenchClient
 * @property {string} dir      folder whose files are served under `/{name}/`
 * @property {string} script   file in `dir` the page loads as a module
 */

/**
 * Starts the server on a free port of 127.0.0.1.
 * @param {{ clients: Record<string, BenchClient>, probe: string }} options
 *   `clients` by name (each page is `/{name}.html`); `probe` is the path of the in-page measuring script.
 * @returns {Promise<{ origin: string, warm: (sizes: number[]) => Promise<void>, close: () => Promise<void> }>}
 */
export async function startServer({ clients, probe }) {
  /** Compressed bodies by key: threads of 5,000 comments are worth generating and gzipping once. */
  const cache = new Map();
  /** @param {string} key @param {() => Promise<Buffer | string>} produce */
  const cached = async (key, produce) => {
    if (!cache.has(key)) {
      const raw = Buffer.from(await produce());
      cache.set(key, { raw, gzip: gzipSync(raw, { level: 6 }) });
    }
    return cache.get(key);
  };

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const route = routeOf(url, clients, probe);
      if (!route || request.method !== 'GET') {
        response.writeHead(route ? 405 : 404, { 'Content-Type': 'text/plain' }).end('not here');
        return;
      }
      const body = await cached(route.key, route.produce);
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      response.writeHead(200, {
        'Content-Type': route.type,
        'Cache-Control': 'no-store',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        Vary: 'Accept-Encoding',
      });
      response.end(gzip ? body.gzip : body.raw);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The bench server has no TCP address.');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    /** Generates and compresses the first page of each thread ahead, so no measured run waits for it. */
    warm: async (/** @type {number[]} */ sizes) => {
      for (const size of sizes) {
        const url = new URL('/api/comments', origin);
        url.search = new URLSearchParams({ thread: `bench-${size}`, limit: String(size), order: 'oldest' }).toString();
        const route = routeOf(url, clients, probe);
        if (route) await cached(route.key, route.produce);
      }
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * What a URL asks for: a key to cache the answer under, its content type, and how to make it.
 * @param {URL} url @param {Record<string, BenchClient>} clients @param {string} probe
 * @returns {{ key: string, type: string, produce: () => Promise<Buffer | string> } | undefined}
 */
function routeOf(url, clients, probe) {
  const path = url.pathname;
  if (path === '/api/comments') {
    const params = new URLSearchParams(url.searchParams);
    params.sort();
    const key = `api?${params}`;
    return { key, type: TYPES['.json'], produce: async () => JSON.stringify(commentPage(url.searchParams)) };
  }
  if (path === '/probe.js') return { key: path, type: TYPES['.js'], produce: () => readFile(probe) };
  const page = /^\/([a-z-]+)\.html$/.exec(path);
  if (page && Object.hasOwn(clients, page[1])) {
    const script = `/${page[1]}/${clients[page[1]].script}`;
    return { key: path, type: TYPES['.html'], produce: async () => pageHtml(script) };
  }
  const file = /^\/([a-z-]+)\/(.+)$/.exec(path);
  if (file && Object.hasOwn(clients, file[1])) {
    const root = normalize(clients[file[1]].dir);
    const target = normalize(join(root, decodeURIComponent(file[2])));
    if (!target.startsWith(root + sep)) return undefined;
    const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(target))] ?? 'application/octet-stream';
    return { key: path, type, produce: () => readFile(target) };
  }
  return undefined;
}

/** The page every run loads: the probe first (it must see the elements being defined), then the bundle. */
function pageHtml(/** @type {string} */ script) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley benchmark</title>
<link rel="icon" href="data:,">
<script src="/probe.js"></script>
<script type="module" src="${script}"></script>
</head>
<body>
<article>
<h1>A post with many comments</h1>
<p>The section below is mounted by the benchmark.</p>
</article>
<main id="stage"></main>
</body>
</html>
`;
}

/**
 * One page of the Parley REST protocol with its `likes` extension: `thread` is `bench-{N}` for the first N generated
 * comments, each with a like count, so Parley draws a like button on every comment.
 * @param {URLSearchParams} params
 */
function commentPage(params) {
  const size = /^bench-(\d+)$/.exec(params.get('thread') ?? '');
  const all = size ? generateThread(Number(size[1])).map((comment, i) => ({ ...comment, likes: (i * 7) % 23 })) : [];
  if (params.get('order') === 'newest') all.reverse();
  const limit = Math.max(1, Number(params.get('limit')) || 50);
  const start = Number(params.get('cursor')) || 0;
  const end = start + limit;
  return { comments: all.slice(start, end), total: all.length, next: end < all.length ? String(end) : null };
}
