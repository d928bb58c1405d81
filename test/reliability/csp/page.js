// Drives the strict-CSP page like a reader: waits for the comments, posts one, then reports to the test page that embeds it.
const section = document.querySelector('parley-comments');
const report = (result) => parent.postMessage({ parleyCsp: { ...result, violations: window.cspViolations } }, '*');
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 20));

async function until(test) {
  for (let i = 0; i < 200 && !test(); i++) await nextFrame();
  return test();
}

async function run() {
  await customElements.whenDefined('parley-comments');
  const shown = await until(() =>
    section.shadowRoot?.querySelector('parley-comment-list')?.shadowRoot?.querySelector('[part="body"]'),
  );
  await until(() => section.shadowRoot.querySelector('parley-comment-form')?.shadowRoot?.querySelector('textarea'));
  const form = section.shadowRoot.querySelector('parley-comment-form');
  const root = form.shadowRoot;
  const type = (name, value) => {
    const field = root.querySelector(`[name="${name}"]`);
    field.focus();
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };
  type('content', 'Posted under a strict policy');
  type('author', 'Strict');
  type('email', 'strict@example.com');
  const posted = new Promise((resolve) =>
    section.addEventListener('parley-posted', () => resolve(true), { once: true }),
  );
  const failed = new Promise((resolve) =>
    section.addEventListener('parley-error', () => resolve(false), { once: true }),
  );
  root.querySelector('[part="submit"]').click();
  const ok = await Promise.race([posted, failed, new Promise((resolve) => setTimeout(() => resolve(false), 5000))]);
  await nextFrame();
  const bodies = [
    ...section.shadowRoot.querySelector('parley-comment-list').shadowRoot.querySelectorAll('[part="body"]'),
  ].map((body) => body.textContent.trim());
  report({
    shown: Boolean(shown),
    posted: ok,
    bodies,
    chunks: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  });
}

run().catch((error) => report({ error: String(error) }));
