// Drives a script-URL page like a reader: waits for the comments, posts one, then reports to the test page that embeds it.
import { bodies, formOf, post, until } from './reader-page.js';

const section = document.querySelector('parley-comments');
const report = (result) =>
  parent.postMessage(
    {
      parleyScriptUrl: {
        ...result,
        errors: window.pageErrors,
        // Lit records each copy of itself that runs: one copy of Parley's core runs one copy of Lit.
        litCopies: globalThis.litElementVersions?.length ?? 0,
        scripts: performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.endsWith('.js')),
      },
    },
    '*',
  );

async function run() {
  await customElements.whenDefined('parley-comments');
  const shown = await until(() => bodies(section).length > 0);
  const form = await formOf(section);
  if (!shown || !form) return report({ shown: Boolean(shown), posted: false, bodies: bodies(section) });
  const ok = await post(section, form, {
    content: 'Posted from a real site',
    author: 'Visitor',
    email: 'visitor@example.com',
  });
  await until(() => bodies(section).includes('Posted from a real site'));
  report({ shown: true, posted: ok, bodies: bodies(section) });
}

run().catch((error) => report({ error: String(error) }));
