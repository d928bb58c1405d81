// Test-runner middleware for the strict-CSP page: the page with its policy header, the built bundle under a folder of its own, and a small REST backend.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const here = fileURLToPath(new URL('.', import.meta.url));
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

const comments = [
  { id: 'csp1', parentId: null, author: 'Policy', url: 'https://example.com', avatar: null, content: 'Rendered without inline code', createdAt: '2026-11-01T09:00:00Z', status: 'approved' },
];

async function readBody(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text);
}

/** Answers everything under /csp/; the bundle is served from dist/ at /csp/parley/, a folder it was not built for. */
export function cspPage() {
  return async (context, next) => {
    if (!context.path.startsWith('/csp/')) return next();
    const path = context.path.slice('/csp/'.length);
    context.set('Content-Security-Policy', POLICY);
    if (path === 'api/comments' && context.method === 'GET') {
      context.body = { comments, total: comments.length, next: null };
    } else if (path === 'api/comments' && context.method === 'POST') {
      const input = await readBody(context.req);
      const comment = { id: `csp${comments.length + 1}`, parentId: input.parentId, author: input.author, url: input.url, avatar: null, content: input.content, createdAt: '2026-11-20T12:00:00Z', status: 'approved' };
      comments.push(comment);
      context.status = 201;
      context.body = comment;
    } else if (path.startsWith('parley/') && /^[\w.-]+\.js$/.test(path.slice(7))) {
      context.type = 'text/javascript';
      context.body = readFileSync(dist + path.slice(7));
    } else if (['index.html', 'page.js', 'watch-violations.js'].includes(path)) {
      context.type = path.endsWith('.html') ? 'text/html' : 'text/javascript';
      context.body = readFileSync(here + path);
    } else {
      context.status = 404;
    }
  };
}
