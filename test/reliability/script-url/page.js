// Drives a script-URL page like a reader: waits for the comments, posts one, then reports to the test page that embeds it.
const section = document.querySelector('parley-comments');
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 20));
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

async function until(test) {
  for (let i = 0; i < 200 && !test(); i++) await nextFrame();
  return test();
}

const bodies = () =>
  [
    ...(section.shadowRoot?.querySelector('parley-comment-list')?.shadowRoot?.querySelectorAll('[part="body"]') ?? []),
  ].map((body) => body.textContent.trim());

async function run() {
  await customElements.whenDefined('parley-comments');
  const shown = await until(() => bodies().length > 0);
  // The form comes once the comments are drawn.
  const drawn = await until(() =>
    section.shadowRoot.querySelector('parley-comment-form')?.shadowRoot?.querySelector('textarea'),
  );
  const form = section.shadowRoot.querySelector('parley-comment-form');
  if (!shown || !drawn) return report({ shown: Boolean(shown), posted: false, bodies: bodies() });
  const root = form.shadowRoot;
  const type = (name, value) => {
    const field = root.querySelector(`[name="${name}"]`);
    field.focus();
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  type('content', 'Posted from a real site');
  type('author', 'Visitor');
  type('email', 'visitor@example.com');
  const posted = new Promise((resolve) =>
    section.addEventListener('parley-posted', () => resolve(true), { once: true }),
  );
  const failed = new Promise((resolve) =>
    section.addEventListener('parley-error', () => resolve(false), { once: true }),
  );
  root.querySelector('[part="submit"]').click();
  const ok = await Promise.race([posted, failed, new Promise((resolve) => setTimeout(() => resolve(false), 5000))]);
  await until(() => bodies().includes('Posted from a real site'));
  report({ shown: true, posted: ok, bodies: bodies() });
}

run().catch((error) => report({ error: String(error) }));
