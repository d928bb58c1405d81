// Drives the strict-CSP page like a reader: waits for the comments, posts one, then reports to the test page that embeds it.
import { bodies, formOf, nextFrame, post, until } from './reader-page.js';

const section = document.querySelector('parley-comments');
const report = (result) => parent.postMessage({ parleyCsp: { ...result, violations: window.cspViolations } }, '*');

async function run() {
  await customElements.whenDefined('parley-comments');
  const shown = await until(() => bodies(section).length > 0);
  const form = await formOf(section);
  const ok = await post(section, form, {
    content: 'Posted under a strict policy',
    author: 'Strict',
    email: 'strict@example.com',
  });
  await nextFrame();
  report({
    shown: Boolean(shown),
    posted: ok,
    bodies: bodies(section),
    chunks: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  });
}

run().catch((error) => report({ error: String(error) }));
