#!/usr/bin/env node
// `npx parley-render`: a thread's comments section as HTML, for static-site builds (README: Server-side rendering).
import { parseArgs } from 'node:util';
import { renderSection } from '../build/ssr/render.js';

const usage = `Usage: parley-render --api URL [--adapter rest|wordpress|waline] [--thread PATH] [--post-id ID]
                     [--lang TAG] [--order oldest|newest] [--page-size N] [--max-depth N] [--timeout MS]
                     [--time-zone ZONE] [--style-nonce NONCE] [--fallback]
Prints <parley-comments> with the thread's first page rendered in it. Without --fallback, a backend that cannot
be reached fails the build; with it, the section is printed empty and the browser renders it. Dates are written
in UTC, or in --time-zone (e.g. Europe/Berlin); the browser writes them in the reader's zone when Parley loads.`;

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      api: { type: 'string' },
      adapter: { type: 'string' },
      thread: { type: 'string' },
      'post-id': { type: 'string' },
      lang: { type: 'string' },
      order: { type: 'string' },
      'page-size': { type: 'string' },
      'max-depth': { type: 'string' },
      timeout: { type: 'string' },
      'style-nonce': { type: 'string' },
      'time-zone': { type: 'string' },
      fallback: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  }));
} catch (error) {
  console.error(`parley-render: ${error.message}\n\n${usage}`);
  process.exit(2);
}
if (options.help || !options.api) {
  console.error(usage);
  process.exit(options.help ? 0 : 2);
}

const number = (value) => (value === undefined ? undefined : Number(value));
const section = {
  api: options.api,
  adapter: options.adapter,
  thread: options.thread,
  postId: options['post-id'],
  lang: options.lang,
  order: options.order,
  pageSize: number(options['page-size']),
  maxDepth: number(options['max-depth']),
};

try {
  const html = await renderSection({
    ...section,
    timeout: number(options.timeout),
    styleNonce: options['style-nonce'],
    timeZone: options['time-zone'],
  });
  process.stdout.write(`${html}\n`);
} catch (error) {
  const what = section.thread ?? (section.postId ? `post ${section.postId}` : 'the thread');
  const why = `could not load the comments of ${what} from ${section.api}: ${error.cause?.message ?? error.message}`;
  if (!options.fallback) {
    console.error(`parley-render: ${why}`);
    process.exit(1);
  }
  console.error(`parley-render: ${why}; the section is rendered in the browser instead (--fallback).`);
  const attributes = Object.entries({
    adapter: section.adapter,
    api: section.api,
    thread: section.thread,
    'post-id': section.postId,
    lang: section.lang,
    order: section.order,
    'page-size': options['page-size'],
    'max-depth': options['max-depth'],
  })
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${String(value).replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`)}"`)
    .join('');
  process.stdout.write(`<parley-comments${attributes}></parley-comments>\n`);
}
