// The npm package on a server (Next, Astro and Nuxt import components while rendering): it loads without a DOM.
// Runs in Node on the built package (`npm run build`, then `npm run test:node`).
import { test } from 'node:test';
import assert from 'node:assert/strict';

test('the package imports in Node, where there is no DOM', async () => {
  assert.equal(typeof globalThis.HTMLElement, 'undefined', 'this test must run where there is no DOM');
  const parley = await import('parley-comments');
  assert.equal(typeof parley.ParleyComments, 'function');
  assert.equal(typeof parley.ParleyComment, 'function');
  assert.equal(typeof parley.WordPressBackend, 'function');
});

test('importing it leaves the server without a pretend DOM', async () => {
  await import('parley-comments');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
});
